// Scenario 2: the same list in a real n8n, our node versus n8n's HTTP Request node (v4.2, with its
// own pagination) followed by Split Out (so both end with one item per record). Both workflows are
// imported into and executed by the same n8n (`n8n execute --id`); times come from the run data.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CACHE_DIR, N8N_VERSION, NODE_VERSION, n8nEnv, packThePack, parseRawOutput, userFolderWithPack, n8nCli, ensureN8n, type N8nInstall } from '../test/e2e/n8n';
import { manualWorkflow, type StepNode } from '../test/e2e/workflows';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { QebotSandbox } from '../test/sandbox/qebot';
import type { N8nListResult } from './report';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Sum of the executionTime of the nodes after the trigger (ms), and the items of the last node. */
function timing(result: any, nodes: string[]) {
	const runData = result?.data?.resultData?.runData ?? {};
	const error = result?.data?.resultData?.error;
	if (error) throw new Error(`workflow failed: ${error.message}`);
	const perNode = nodes.map((name) => Number(runData[name]?.[0]?.executionTime ?? NaN));
	const last = runData[nodes[nodes.length - 1]]?.[0]?.data?.main?.[0] ?? [];
	return { total: perNode.reduce((sum, value) => sum + value, 0), first: perNode[0], items: last.length as number };
}

interface Comparison {
	label: string;
	records: number;
	pages: number;
	sandbox: QBenchSandbox | QebotSandbox;
	ours: StepNode[];
	http: StepNode[];
}

const CREDENTIAL_IDS = { qBenchApi: 'benchQBenchCred01', qebotApi: 'benchQebotCred001', bearer: 'benchBearerCred01', basic: 'benchBasicCred001' };

function comparisons(qbench: QBenchSandbox, qebot: QebotSandbox, records: number): Comparison[] {
	const qbenchUrl = `${qbench.url}/qbench/api/v1/customer`;
	return [
		{
			label: 'QBench customers, pages of 50',
			records,
			pages: Math.ceil(records / 50),
			sandbox: qbench,
			ours: [{ name: 'QBench', type: 'qBench', parameters: { resource: 'customer', operation: 'getAll', returnAll: true }, credentials: { qBenchApi: CREDENTIAL_IDS.qBenchApi } }],
			http: [
				{
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					credentials: { httpHeaderAuth: CREDENTIAL_IDS.bearer },
					parameters: {
						method: 'GET',
						url: qbenchUrl,
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
					},
				},
				{ name: 'Split Out', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'data', options: {} } },
			],
		},
		{
			label: 'Qebot leads, one list',
			records,
			pages: 1,
			sandbox: qebot,
			ours: [{ name: 'Qebot', type: 'qebot', parameters: { resource: 'lead', operation: 'getAll', returnAll: true, simplify: false }, credentials: { qebotApi: CREDENTIAL_IDS.qebotApi } }],
			http: [
				{
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					credentials: { httpBasicAuth: CREDENTIAL_IDS.basic },
					parameters: { method: 'GET', url: `${qebot.url}/api/v1/crm/leads`, authentication: 'genericCredentialType', genericAuthType: 'httpBasicAuth', options: {} },
				},
				{ name: 'Split Out', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'leads', options: {} } },
			],
		},
	];
}

export async function inRealN8n(quick: boolean, log: (message: string) => void) {
	const ready = path.join(CACHE_DIR, `n8n-${N8N_VERSION}-node-${NODE_VERSION}`, '.ready');
	if (!existsSync(ready)) {
		// installing takes minutes and may be under way elsewhere: `npm run test:e2e` installs it
		return { version: N8N_VERSION, lists: [], skipped: `n8n ${N8N_VERSION} is not installed yet (${ready} missing): run \`npm run test:e2e\` once` };
	}
	const install: N8nInstall = await ensureN8n();
	log('scenario 2: packing the pack and installing it into a fresh n8n user folder');
	const userFolder = await userFolderWithPack(await packThePack());
	const env = n8nEnv(install, { userFolder, port: 5790 });
	const records = 10_000;
	const repeats = quick ? 2 : 5;
	const qbench = new QBenchSandbox(undefined, records);
	const qebot = new QebotSandbox(undefined, undefined, records);
	await qbench.start();
	await qebot.start();
	try {
		const work = mkdtempSync(path.join(tmpdir(), 'bench-n8n-'));
		const credentials = [
			{ id: CREDENTIAL_IDS.qBenchApi, name: 'bench QBench', type: 'qBenchApi', data: qbench.demoCredentials() },
			{ id: CREDENTIAL_IDS.qebotApi, name: 'bench Qebot', type: 'qebotApi', data: qebot.demoCredentials() },
			{ id: CREDENTIAL_IDS.bearer, name: 'bench bearer', type: 'httpHeaderAuth', data: { name: 'Authorization', value: `Bearer ${qbench.token}` } },
			{ id: CREDENTIAL_IDS.basic, name: 'bench basic', type: 'httpBasicAuth', data: { user: qebot.email, password: qebot.apiKey } },
		];
		const credentialsFile = path.join(work, 'credentials.json');
		writeFileSync(credentialsFile, JSON.stringify(credentials));
		await n8nCli(install, env, ['import:credentials', `--input=${credentialsFile}`]);
		const list = comparisons(qbench, qebot, records);
		const workflowsDir = mkdtempSync(path.join(work, 'workflows-'));
		list.forEach((comparison, index) => {
			for (const [variant, steps] of [
				['ours', comparison.ours],
				['http', comparison.http],
			] as const) {
				const id = `benchWorkflow${index}${variant}`.padEnd(16, '0');
				writeFileSync(path.join(workflowsDir, `${id}.json`), JSON.stringify(manualWorkflow(id, `bench ${comparison.label} ${variant}`, steps)));
			}
		});
		await n8nCli(install, env, ['import:workflow', '--separate', `--input=${workflowsDir}`]);

		const execute = async (id: string) => {
			// the run data holds every item; n8n exits before a pipe is drained, so stdout goes to a file
			const outFile = path.join(work, `${id}.out`);
			const out = openSync(outFile, 'w');
			try {
				const child = spawn(install.node, [install.n8n, 'execute', `--id=${id}`, '--rawOutput'], { env, stdio: ['ignore', out, 'ignore'] });
				const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
				await new Promise((resolve) => child.on('exit', resolve));
				clearTimeout(timer);
			} finally {
				closeSync(out);
			}
			const result = parseRawOutput(readFileSync(outFile, 'utf8'));
			rmSync(outFile);
			return result;
		};

		const results: N8nListResult[] = [];
		for (const [index, comparison] of list.entries()) {
			const ids = { ours: `benchWorkflow${index}ours`.padEnd(16, '0'), http: `benchWorkflow${index}http`.padEnd(16, '0') };
			const oursRuns: number[] = [];
			const httpRuns: number[] = [];
			const httpOnlyRuns: number[] = [];
			const requests = { ours: 0, http: 0 };
			const items = { ours: 0, http: 0 };
			for (let i = 0; i < repeats; i++) {
				// alternate which goes first
				const order = i % 2 === 0 ? (['ours', 'http'] as const) : (['http', 'ours'] as const);
				for (const variant of order) {
					comparison.sandbox.clearLog();
					const result = await execute(ids[variant]);
					const nodes = comparison[variant].map((step) => step.name);
					const timed = timing(result, nodes);
					requests[variant] = comparison.sandbox.log.length;
					items[variant] = timed.items;
					if (variant === 'ours') oursRuns.push(timed.total);
					else {
						httpRuns.push(timed.total);
						httpOnlyRuns.push(timed.first);
					}
				}
			}
			comparison.sandbox.clearLog();
			const row: N8nListResult = {
				label: comparison.label,
				records,
				pages: comparison.pages,
				repeats,
				oursMs: median(oursRuns),
				httpMs: median(httpRuns),
				httpOnlyMs: median(httpOnlyRuns),
				oursItems: items.ours,
				httpItems: items.http,
				oursRequests: requests.ours,
				httpRequests: requests.http,
				oursRuns,
				httpRuns,
			};
			log(`  ${comparison.label}: ours ${row.oursMs} ms, HTTP Request + Split Out ${row.httpMs} ms; items ${items.ours}/${items.http}; requests ${requests.ours}/${requests.http}`);
			results.push(row);
		}
		return { version: N8N_VERSION, lists: results };
	} finally {
		await qbench.stop();
		await qebot.stop();
	}
}
