// Scenario 2: our nodes and n8n's HTTP Request node doing the same work in ONE real n8n process
// (`n8n execute-batch`, workflows interleaved): lists (QBench paged, Qebot one big list, HTTP
// Request + Split Out so both end with one item per record) and per-item work (get × 1,000,
// create / update / delete × 500; CrmRpc get as a POST with a JSON body), plus the floor: minimal
// declarative nodes (bench/floor, loaded with N8N_CUSTOM_EXTENSIONS) doing QBench's customer get,
// create, update and delete, Qebot's brand get, lead create, brand update and delete, and CrmRpc's
// company get.
// Times are each measured node's `executionTime` from the run data; the expressions n8n evaluates
// are counted per node by bench/count-expressions.js, preloaded into that n8n.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { CACHE_DIR, N8N_VERSION, NODE_VERSION, n8nEnv, packThePack, userFolderWithPack, n8nCli, ensureN8n, type N8nInstall } from '../test/e2e/n8n';
import { manualWorkflow, type StepNode } from '../test/e2e/workflows';
import { CrmRpcSandbox } from '../test/sandbox/crmrpc';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { QebotSandbox } from '../test/sandbox/qebot';
import type { FakeServer } from '../test/sandbox/server';
import { PACK, PER_ITEM_CASES, WRITE_ITEMS, signature, type PerItemApi, type PerItemCase, type PerItemContext } from './per-item';
import { HTTP_ONE_EXPRESSION, type FloorKind, type N8nComparison, type N8nVariant } from './report';

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const CREDENTIAL_IDS = {
	qBenchList: 'benchQBenchList01',
	qBenchItems: 'benchQBenchItems1',
	qebotList: 'benchQebotList001',
	qebotItems: 'benchQebotItems01',
	crmRpc: 'benchCrmRpcCred01',
	bearerQBench: 'benchBearerQBench',
	bearerCrmRpc: 'benchBearerCrmRpc',
	basic: 'benchBasicCred001',
	floor: 'benchFloorCred001',
	floorFn: 'benchFloorFnCred1',
	floorBase: 'benchFloorBaseCr1',
	floorQebotFn: 'benchFloorQebotF1',
	floorQebotBase: 'benchFloorQebotB1',
	floorCrmRpcFn: 'benchFloorCrmRpF1',
	floorCrmRpcBase: 'benchFloorCrmRpB1',
};

/**
 * The floor variants run in the real n8n (bench/floor/factory.js; `file` as in its VARIANTS), by the API whose
 * requests they make; a case's `floor.variants` picks some. `kind`: built as ours is (likeOurs: base URL in
 * requestDefaults, credentials by an authenticate function) or without the base URL expression (noBase).
 */
const FLOORS: Array<{ api: PerItemApi; file: string; type: string; name: string; credential: [string, string]; kind?: FloorKind }> = [
	{ api: 'qbench', file: 'BenchFloorParam', type: 'CUSTOM.benchFloorParam', name: 'floor: $parameter URL', credential: ['benchFloorApi', CREDENTIAL_IDS.floor] },
	{ api: 'qbench', file: 'BenchFloorPreSend', type: 'CUSTOM.benchFloorPreSend', name: 'floor: preSend URL', credential: ['benchFloorApi', CREDENTIAL_IDS.floor] },
	{ api: 'qbench', file: 'BenchFloorFnAuth', type: 'CUSTOM.benchFloorFnAuth', name: 'floor: preSend URL, auth function', credential: ['benchFloorFnApi', CREDENTIAL_IDS.floorFn], kind: 'likeOurs' },
	{ api: 'qbench', file: 'BenchFloorWide', type: 'CUSTOM.benchFloorWide', name: 'floor: as above + 80 hidden fields', credential: ['benchFloorFnApi', CREDENTIAL_IDS.floorFn] },
	{ api: 'qbench', file: 'BenchFloorNoBase', type: 'CUSTOM.benchFloorNoBase', name: 'floor: base URL and token by auth function', credential: ['benchFloorBaseApi', CREDENTIAL_IDS.floorBase], kind: 'noBase' },
	{ api: 'qebot', file: 'BenchFloorQebotFnAuth', type: 'CUSTOM.benchFloorQebotFnAuth', name: 'floor: preSend URL, Basic auth function', credential: ['benchFloorQebotFnApi', CREDENTIAL_IDS.floorQebotFn], kind: 'likeOurs' },
	{ api: 'qebot', file: 'BenchFloorQebotNoBase', type: 'CUSTOM.benchFloorQebotNoBase', name: 'floor: base URL and Basic header by auth function', credential: ['benchFloorQebotBaseApi', CREDENTIAL_IDS.floorQebotBase], kind: 'noBase' },
	{ api: 'crmrpc', file: 'BenchFloorCrmRpcFnAuth', type: 'CUSTOM.benchFloorCrmRpcFnAuth', name: 'floor: body by routing.send, token by auth function', credential: ['benchFloorCrmRpcFnApi', CREDENTIAL_IDS.floorCrmRpcFn], kind: 'likeOurs' },
	{ api: 'crmrpc', file: 'BenchFloorCrmRpcNoBase', type: 'CUSTOM.benchFloorCrmRpcNoBase', name: 'floor: base URL and token by auth function', credential: ['benchFloorCrmRpcBaseApi', CREDENTIAL_IDS.floorCrmRpcBase], kind: 'noBase' },
];

/** The floor nodes run beside ours for a case: its API's, all or those it names. */
const floorsOf = (perItem: PerItemCase) =>
	perItem.floor ? FLOORS.filter((floor) => floor.api === perItem.api && (!perItem.floor!.variants || perItem.floor!.variants.includes(floor.file))) : [];

/** Variants of a per-item comparison: ours, HTTP Request, the floors. Each deletes its own records: run r of variant v uses slice r × this + v. */
const variantCount = (perItem: PerItemCase, floors: boolean) => 2 + (perItem.httpOneExpression ? 1 : 0) + (floors ? floorsOf(perItem).length : 0);

interface VariantPlan {
	name: string;
	label: string;
	/** floor nodes: which way of building it this is */
	floor?: FloorKind;
	/** the nodes after the input nodes; the first is the one whose expressions are counted */
	steps: (slot: number) => StepNode[];
}

interface ComparisonPlan {
	key: string;
	/** gets: the record id of an output item, per variant name (floors answer like ours) */
	recordId?: PerItemCase['recordId'];
	label: string;
	kind: 'list' | 'per-item';
	/** records (lists) or input items (per item) */
	size: number;
	pages: number;
	sandbox: FakeServer;
	variants: VariantPlan[];
}

/** Manual Trigger → Items (Edit Fields, raw JSON) → Split Out → steps: `items` become the input items. */
function withInput(items: unknown[], steps: StepNode[]): StepNode[] {
	return [
		{ name: 'Items', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { mode: 'raw', jsonOutput: JSON.stringify({ items }), options: {} } },
		{ name: 'Split Items', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'items', options: {} } },
		...steps,
	];
}

const httpStep = (name: string, parameters: Record<string, unknown>, credential: [string, string]): StepNode => ({
	name,
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	credentials: { [credential[0]]: credential[1] },
	parameters,
});

function listComparisons(qbench: QBenchSandbox, qebot: QebotSandbox, records: number): ComparisonPlan[] {
	return [
		{
			key: 'qbench-list',
			label: 'QBench customers, Return All (pages of 50)',
			kind: 'list',
			size: records,
			pages: Math.ceil(records / 50),
			sandbox: qbench,
			variants: [
				{
					name: 'ours',
					label: 'QBench',
					steps: () => [{ name: 'qbench-list ours', type: 'qBench', parameters: { resource: 'customer', operation: 'getAll', returnAll: true }, credentials: { qBenchApi: CREDENTIAL_IDS.qBenchList } }],
				},
				{
					name: 'http',
					label: 'HTTP Request (own pagination) + Split Out',
					steps: () => [
						httpStep('qbench-list http', {
							method: 'GET',
							url: `${qbench.url}/qbench/api/v1/customer`,
							authentication: 'genericCredentialType',
							genericAuthType: 'httpHeaderAuth',
							sendQuery: true,
							queryParameters: { parameters: [{ name: 'page_size', value: '50' }] },
							options: {
								pagination: {
									pagination: {
										paginationMode: 'updateAParameterInEachRequest',
										parameters: { parameters: [{ type: 'qs', name: 'page_num', value: '={{ $pageCount + 1 }}' }] },
										paginationCompleteWhen: 'other',
										completeExpression: '={{ $pageCount >= $response.body.total_pages }}',
										limitPagesFetched: false,
									},
								},
							},
						}, ['httpHeaderAuth', CREDENTIAL_IDS.bearerQBench]),
						{ name: 'qbench-list split', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'data', options: {} } },
					],
				},
			],
		},
		{
			key: 'qebot-list',
			label: 'Qebot leads, Return All (one list)',
			kind: 'list',
			size: records,
			pages: 1,
			sandbox: qebot,
			variants: [
				{
					name: 'ours',
					label: 'Qebot',
					steps: () => [{ name: 'qebot-list ours', type: 'qebot', parameters: { resource: 'lead', operation: 'getAll', returnAll: true, leadSimplify: false }, credentials: { qebotApi: CREDENTIAL_IDS.qebotList } }],
				},
				{
					name: 'http',
					label: 'HTTP Request + Split Out',
					steps: () => [
						httpStep('qebot-list http', { method: 'GET', url: `${qebot.url}/api/v1/crm/leads`, authentication: 'genericCredentialType', genericAuthType: 'httpBasicAuth', options: {} }, ['httpBasicAuth', CREDENTIAL_IDS.basic]),
						{ name: 'qebot-list split', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'leads', options: {} } },
					],
				},
			],
		},
	];
}

function perItemComparisons(contexts: Record<PerItemApi, PerItemContext & { sandbox: FakeServer }>, floors: boolean): ComparisonPlan[] {
	const oursCredential: Record<PerItemApi, Record<string, string>> = {
		qbench: { qBenchApi: CREDENTIAL_IDS.qBenchItems },
		qebot: { qebotApi: CREDENTIAL_IDS.qebotItems },
		crmrpc: { crmRpcApi: CREDENTIAL_IDS.crmRpc },
	};
	const httpCredential: Record<PerItemApi, [string, string]> = {
		qbench: ['httpHeaderAuth', CREDENTIAL_IDS.bearerQBench],
		qebot: ['httpBasicAuth', CREDENTIAL_IDS.basic],
		crmrpc: ['httpHeaderAuth', CREDENTIAL_IDS.bearerCrmRpc],
	};
	return PER_ITEM_CASES.map((perItem) => {
		const context = contexts[perItem.api];
		const input = (slot: number) => perItem.input(context, slot);
		const ours = perItem.ours();
		const variants: VariantPlan[] = [
			{
				name: 'ours',
				label: `${PACK[perItem.api].nodeName}`,
				steps: (slot) => withInput(input(slot), [{ name: `${perItem.key} ours`, type: ours.type, parameters: ours.parameters, credentials: oursCredential[perItem.api] }]),
			},
			{
				name: 'http',
				label: 'HTTP Request',
				steps: (slot) => withInput(input(slot), [httpStep(`${perItem.key} http`, perItem.http(context), httpCredential[perItem.api])]),
			},
];
		const oneExpression = perItem.httpOneExpression;
		if (oneExpression) {
			variants.push({
				name: HTTP_ONE_EXPRESSION,
				label: HTTP_ONE_EXPRESSION,
				steps: (slot) => withInput(input(slot), [httpStep(`${perItem.key} http one expression`, oneExpression(context), httpCredential[perItem.api])]),
			});
		}
		if (floors && perItem.floor) {
			const parameters = perItem.floor.parameters;
			for (const floor of floorsOf(perItem)) {
				variants.push({
					name: floor.name,
					label: floor.name,
					floor: floor.kind,
					steps: (slot) =>
						withInput(input(slot), [
							{ name: `${perItem.key} ${floor.name}`, type: floor.type, parameters, credentials: { [floor.credential[0]]: floor.credential[1] } },
						]),
				});
			}
		}
		return { key: perItem.key, label: perItem.label, kind: 'per-item', size: perItem.items, pages: perItem.items, sandbox: context.sandbox, variants, recordId: perItem.recordId };
	});
}

/** Records every sandbox request with its time, so requests can be told apart by execution. */
function stampRequests(sandbox: FakeServer) {
	const log = sandbox.log as unknown as Array<Record<string, unknown>>;
	const push = log.push.bind(log);
	log.push = (...entries) => push(...entries.map((entry) => Object.assign(entry, { at: Date.now() })));
}

export interface RealN8nResult {
	version: string;
	/** the expression engine that n8n used ("vm": isolated-vm, n8n 2.x's default) */
	expressionEngine?: string;
	repeats: { list: number; perItem: number };
	order: string[];
	comparisons: N8nComparison[];
	skipped?: string;
}

export async function inRealN8n(quick: boolean, log: (message: string) => void): Promise<RealN8nResult> {
	const ready = path.join(CACHE_DIR, `n8n-${N8N_VERSION}-node-${NODE_VERSION}`, '.ready');
	const repeats = { list: quick ? 2 : 5, perItem: Number(process.env.BENCH_N8N_REPEATS ?? (quick ? 1 : 7)) };
	if (!existsSync(ready)) {
		// installing takes minutes and may be under way elsewhere: `npm run test:e2e` installs it
		return { version: N8N_VERSION, repeats, order: [], comparisons: [], skipped: `n8n ${N8N_VERSION} is not installed yet (${ready} missing): run \`npm run test:e2e\` once` };
	}
	const only = (process.env.BENCH_N8N_ONLY ?? '').split(',').filter(Boolean);
	const install: N8nInstall = await ensureN8n();
	log('scenario 2: packing the pack and installing it into a fresh n8n user folder');
	const userFolder = await userFolderWithPack(await packThePack());
	const env = n8nEnv(install, {
		userFolder,
		port: 5790,
		extra: {
			N8N_CUSTOM_EXTENSIONS: path.join(__dirname, 'floor'),
			N8N_LOG_LEVEL: 'warn',
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
			EXECUTIONS_DATA_SAVE_ON_ERROR: 'none',
		},
	});
	const records = 10_000;
	// records to delete: one slice of 500 per run and variant of the comparison that deletes most
	const slots = (api: PerItemApi) => repeats.perItem * Math.max(2, ...PER_ITEM_CASES.filter((perItem) => perItem.api === api && perItem.deletes).map((perItem) => variantCount(perItem, true)));
	const qbenchList = new QBenchSandbox(undefined, records);
	const qebotList = new QebotSandbox(undefined, undefined, records);
	const qbench = new QBenchSandbox(undefined, 1000 + slots('qbench') * WRITE_ITEMS);
	const qebot = new QebotSandbox(undefined, undefined, 10);
	for (let i = 0; i < 1000 + slots('qebot') * WRITE_ITEMS; i++) qebot.addBrand({ name: `Bench Brand ${i + 1}` });
	const crmrpc = new CrmRpcSandbox(undefined, undefined, 1500);
	const sandboxes = [qbenchList, qebotList, qbench, qebot, crmrpc];
	for (const sandbox of sandboxes) {
		await sandbox.start();
		stampRequests(sandbox);
	}
	const crmToken = 'bench-crm-token';
	crmrpc.tokens.set(crmToken, true);
	const work = mkdtempSync(path.join(tmpdir(), 'bench-n8n-'));
	try {
		const floorData = qbench.demoCredentials();
		const credentials = [
			{ id: CREDENTIAL_IDS.qBenchList, name: 'bench QBench list', type: 'qBenchApi', data: qbenchList.demoCredentials() },
			{ id: CREDENTIAL_IDS.qBenchItems, name: 'bench QBench items', type: 'qBenchApi', data: qbench.demoCredentials() },
			{ id: CREDENTIAL_IDS.qebotList, name: 'bench Qebot list', type: 'qebotApi', data: qebotList.demoCredentials() },
			{ id: CREDENTIAL_IDS.qebotItems, name: 'bench Qebot items', type: 'qebotApi', data: qebot.demoCredentials() },
			{ id: CREDENTIAL_IDS.crmRpc, name: 'bench CrmRpc', type: 'crmRpcApi', data: crmrpc.demoCredentials() },
			{ id: CREDENTIAL_IDS.bearerQBench, name: 'bench bearer QBench', type: 'httpHeaderAuth', data: { name: 'Authorization', value: `Bearer ${qbench.token}` } },
			{ id: CREDENTIAL_IDS.bearerCrmRpc, name: 'bench bearer CrmRpc', type: 'httpHeaderAuth', data: { name: 'Authorization', value: `Bearer ${crmToken}` } },
			{ id: CREDENTIAL_IDS.basic, name: 'bench basic', type: 'httpBasicAuth', data: { user: qebot.email, password: qebot.apiKey } },
			{ id: CREDENTIAL_IDS.floor, name: 'bench floor', type: 'benchFloorApi', data: floorData },
			{ id: CREDENTIAL_IDS.floorFn, name: 'bench floor fn', type: 'benchFloorFnApi', data: floorData },
			{ id: CREDENTIAL_IDS.floorBase, name: 'bench floor base', type: 'benchFloorBaseApi', data: floorData },
			{ id: CREDENTIAL_IDS.floorQebotFn, name: 'bench floor Qebot fn', type: 'benchFloorQebotFnApi', data: qebot.demoCredentials() },
			{ id: CREDENTIAL_IDS.floorQebotBase, name: 'bench floor Qebot base', type: 'benchFloorQebotBaseApi', data: qebot.demoCredentials() },
			// the token HTTP Request uses: the floor has no login
			{ id: CREDENTIAL_IDS.floorCrmRpcFn, name: 'bench floor CrmRpc fn', type: 'benchFloorCrmRpcFnApi', data: { baseUrl: crmrpc.url, accessToken: crmToken } },
			{ id: CREDENTIAL_IDS.floorCrmRpcBase, name: 'bench floor CrmRpc base', type: 'benchFloorCrmRpcBaseApi', data: { baseUrl: crmrpc.url, accessToken: crmToken } },
		];
		const credentialsFile = path.join(work, 'credentials.json');
		writeFileSync(credentialsFile, JSON.stringify(credentials));
		await n8nCli(install, env, ['import:credentials', `--input=${credentialsFile}`]);

		const contexts: Record<PerItemApi, PerItemContext & { sandbox: FakeServer }> = {
			qbench: { url: qbench.url, ids: [...qbench.customers.keys()].slice(0, 1000), deletable: [...qbench.customers.keys()].slice(1000), sandbox: qbench },
			qebot: { url: qebot.url, ids: [...qebot.brands.keys()].slice(3, 1003), deletable: [...qebot.brands.keys()].slice(1003), sandbox: qebot },
			crmrpc: { url: crmrpc.url, ids: crmrpc.companies.filter((row) => row.profile_id === 1).map((row) => Number(row.id)), deletable: [], sandbox: crmrpc },
		};
		const plans = [...listComparisons(qbenchList, qebotList, records), ...perItemComparisons(contexts, true)].filter(
			(plan) => only.length === 0 || only.includes(plan.key),
		);

		// the batch: runs × comparisons × variants, interleaved; ids sort in execution order
		const workflowsDir = path.join(work, 'workflows');
		mkdirSync(workflowsDir);
		const workflows: Array<{ id: string; plan: ComparisonPlan; variant: VariantPlan; run: number; measured: string[] }> = [];
		const maxRuns = Math.max(repeats.list, repeats.perItem);
		for (let run = 0; run < maxRuns; run++) {
			plans.forEach((plan, planIndex) => {
				if (run >= (plan.kind === 'list' ? repeats.list : repeats.perItem)) return;
				// alternate which variant goes first
				const variants = (run + planIndex) % 2 === 0 ? plan.variants : [...plan.variants].reverse();
				for (const variant of variants) {
					const slot = run * plan.variants.length + plan.variants.indexOf(variant);
					const steps = variant.steps(slot);
					const id = `bw${String(workflows.length).padStart(14, '0')}`;
					workflows.push({ id, plan, variant, run, measured: steps.filter((step) => !['Items', 'Split Items'].includes(step.name)).map((step) => step.name) });
					writeFileSync(path.join(workflowsDir, `${id}.json`), JSON.stringify(manualWorkflow(id, `bench ${plan.key} ${variant.name} ${run}`, steps)));
				}
			});
		}
		await n8nCli(install, env, ['import:workflow', '--separate', `--input=${workflowsDir}`]);

		log(`scenario 2: ${workflows.length} workflows in one \`n8n execute-batch\``);
		const snapshots = path.join(work, 'snapshots');
		mkdirSync(snapshots);
		const countsFile = path.join(work, 'expressions.json');
		const outFile = path.join(work, 'batch.out');
		const out = openSync(outFile, 'w');
		const modulesDir = path.dirname(path.dirname(path.dirname(install.n8n)));
		try {
			const child = spawn(
				install.node,
				[
					// BENCH_N8N_CPU_PROF=<dir> writes a CPU profile of the n8n process (where a per-item difference goes)
					...(process.env.BENCH_N8N_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_N8N_CPU_PROF}`] : []),
					'--require', path.join(__dirname, 'count-expressions.js'), install.n8n, 'execute-batch', `--ids=${workflows.map((workflow) => workflow.id).join(',')}`, `--snapshot=${snapshots}`, `--output=${path.join(work, 'batch.json')}`],
				{ env: { ...env, BENCH_N8N_WORKFLOW_DIR: path.join(modulesDir, 'n8n-workflow'), BENCH_N8N_CORE_DIR: path.join(modulesDir, 'n8n-core'), BENCH_EXPRESSION_COUNTS: countsFile }, stdio: ['ignore', out, out] },
			);
			const timer = setTimeout(() => child.kill('SIGKILL'), 20 * 60_000);
			await new Promise((resolve) => child.on('exit', resolve));
			clearTimeout(timer);
		} finally {
			closeSync(out);
		}
		if (!existsSync(countsFile)) throw new Error(`n8n execute-batch wrote no expression counts:\n${readFileSync(outFile, 'utf8').slice(-3000)}`);
		const measuredInN8n = JSON.parse(readFileSync(countsFile, 'utf8')) as {
			engine: string;
			expressions: Record<string, Record<string, number>>;
			cpu: Record<string, Array<{ cpuMs: number; wallMs: number }>>;
		};
		const counts = measuredInN8n.expressions;
		// runs of one node name come in execution order: the n-th execution of a workflow gets the n-th entry
		const cpuTaken: Record<string, number> = {};
		const cpuOf = (name: string) => measuredInN8n.cpu[name]?.[(cpuTaken[name] = (cpuTaken[name] ?? -1) + 1)]?.cpuMs ?? NaN;

		// read each execution: times, items, its window (for the sandbox log), the order it ran in
		const executed = workflows.map((workflow) => {
			const file = path.join(snapshots, `${workflow.id}-snapshot.json`);
			if (!existsSync(file)) throw new Error(`workflow ${workflow.plan.key} ${workflow.variant.name} run ${workflow.run} did not finish:\n${readFileSync(outFile, 'utf8').slice(-3000)}`);
			const result = JSON.parse(readFileSync(file, 'utf8'));
			const error = result?.data?.resultData?.error;
			if (error) throw new Error(`${workflow.plan.key} ${workflow.variant.name}: ${error.message} ${error.description ?? ''}`);
			const runData = result.data.resultData.runData;
			const times = workflow.measured.map((name) => Number(runData[name]?.[0]?.executionTime ?? NaN));
			const last = runData[workflow.measured[workflow.measured.length - 1]]?.[0]?.data?.main?.[0] ?? [];
			const idOf = workflow.plan.recordId ? (workflow.variant.name === 'http' ? workflow.plan.recordId.http : workflow.plan.recordId.ours) : undefined;
			const records = idOf ? (last as Array<{ json: IDataObject }>).map((item) => String(idOf(item.json))) : undefined;
			return { ...workflow, times, cpu: [] as number[], records, items: last.length as number, from: Date.parse(result.startedAt), to: Date.parse(result.stoppedAt) };
		});
		executed.sort((a, b) => a.from - b.from);
		for (const execution of executed) execution.cpu = execution.measured.map(cpuOf);
		for (const plan of plans) {
			for (const execution of executed.filter((candidate) => candidate.plan === plan)) {
				const requests = (plan.sandbox.log as unknown as Array<Record<string, any>>).filter((entry) => entry.path !== '/auth' && entry.at >= execution.from && entry.at <= execution.to + 5);
				Object.assign(execution, { requests: requests.length, signatures: [...new Set(requests.map(signature))].sort() });
			}
		}

		const comparisons: N8nComparison[] = plans.map((plan) => {
			const runsOf = (variant: VariantPlan) => executed.filter((execution) => execution.plan === plan && execution.variant === variant) as Array<(typeof executed)[number] & { requests: number; signatures: string[] }>;
			const variants: N8nVariant[] = plan.variants.map((variant) => {
				const runs = runsOf(variant);
				const counted = counts[runs[0].measured[0]] ?? {};
				const evaluations = Object.values(counted).reduce((sum, value) => sum + value, 0) / runs.length;
				return {
					name: variant.name,
					label: variant.label,
					...(variant.floor ? { floor: variant.floor } : {}),
					ms: median(runs.map((execution) => execution.times.reduce((sum, value) => sum + value, 0))),
					firstNodeMs: median(runs.map((execution) => execution.times[0])),
					runs: runs.map((execution) => execution.times.reduce((sum, value) => sum + value, 0)),
					cpuMs: median(runs.map((execution) => execution.cpu.reduce((sum, value) => sum + value, 0))),
					cpuRuns: runs.map((execution) => execution.cpu.reduce((sum, value) => sum + value, 0)),
					items: runs[0].items,
					requests: runs[0].requests,
					evaluationsPerRun: evaluations,
					evaluationsPerItem: evaluations / plan.size,
					expressions: Object.fromEntries(Object.entries(counted).map(([text, count]) => [text, count / runs.length / plan.size])),
					signatures: runs[0].signatures,
				};
			});
			const [ours, http] = variants;
			// ours and every floor made as many requests as HTTP Request, of the same shapes
			for (const variant of variants) variant.sameRequests = variant.requests === http.requests && JSON.stringify(variant.signatures) === JSON.stringify(http.signatures);
			// gets: every variant returned the same records in the same order (the first run's)
			const records = plan.variants.map((variant) => JSON.stringify(runsOf(variant)[0].records ?? null));
			const sameItems = variants.every((variant) => variant.items === ours.items) && ours.items === plan.size && records.every((list) => list === records[0]);
			const sameRequests = variants.every((variant) => variant.sameRequests);
			const row: N8nComparison = { key: plan.key, label: plan.label, kind: plan.kind, size: plan.size, pages: plan.pages, ratio: ours.ms / http.ms, cpuRatio: ours.cpuMs / http.cpuMs, sameItems, sameRequests, variants };
			log(`  ${plan.label}: ours ${ours.ms.toFixed(0)} ms, CPU ${ours.cpuMs.toFixed(0)} ms (${ours.evaluationsPerItem.toFixed(1)} evaluations/item), HTTP Request ${http.ms.toFixed(0)} ms, CPU ${http.cpuMs.toFixed(0)} ms (${http.evaluationsPerItem.toFixed(1)}), ratio ${row.ratio.toFixed(2)}, CPU ratio ${row.cpuRatio.toFixed(2)}; items ${variants.map((variant) => variant.items).join('/')}; requests ${variants.map((variant) => variant.requests).join('/')}${sameRequests ? '' : ` (REQUESTS DIFFER: ${variants.filter((variant) => !variant.sameRequests).map((variant) => variant.name).join(', ')})`}`);
			return row;
		});
		return { version: N8N_VERSION, expressionEngine: measuredInN8n.engine, repeats, order: executed.map((execution) => `${execution.plan.key} ${execution.variant.name}`), comparisons };
	} finally {
		for (const sandbox of sandboxes) await sandbox.stop();
		rmSync(work, { recursive: true, force: true });
		rmSync(userFolder, { recursive: true, force: true });
	}
}
