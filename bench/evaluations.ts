// In-process: expression evaluations per item (and time) of each per-item case through n8n-core,
// our node and the floor nodes of bench/floor (every shape that has them), with the expressions that were evaluated.
//   npx ts-node --transpile-only bench/evaluations.ts [case-key …] [--detail]
// The same counts come out of the real n8n run (bench/n8n.ts); this is the quick loop for changes.
import './ts-first';
import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';

import { Harness } from '../test/helpers/harness';
import { CrmRpcSandbox } from '../test/sandbox/crmrpc';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { QebotSandbox } from '../test/sandbox/qebot';
import { PACK, PER_ITEM_CASES, WRITE_ITEMS, signature, type PerItemApi, type PerItemCase, type PerItemContext } from './per-item';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const counter = require('./count-expressions') as { install: () => void; counts: Record<string, Record<string, number>>; totals: () => Record<string, number>; reset: () => void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const floor = require('./floor/factory') as {
	VARIANTS: Array<{ api: PerItemApi; file: string; name: string; label: string; credential: string }>;
	NODES: Record<string, new () => INodeType>;
	CREDENTIALS: Record<string, new () => any>;
	CREDENTIAL_APIS: Record<string, PerItemApi>;
};

export interface InProcessCount {
	key: string;
	node: string;
	items: number;
	perItem: number;
	ms: number;
	requests: number;
	/** the distinct requests of the last run (method, path with ids as :n, body keys) */
	signatures: string[];
	/** expression text → evaluations per item */
	detail: Record<string, number>;
}

/** The floor variants (factory entries) run beside ours for a case: its API's, all or those it names. */
const floorsOf = (perItem: PerItemCase) =>
	perItem.floor ? floor.VARIANTS.filter((variant) => variant.api === perItem.api && (!perItem.floor!.variants || perItem.floor!.variants.includes(variant.file))) : [];

export async function countInProcess(keys: string[] = [], repeats = 3): Promise<InProcessCount[]> {
	counter.install();
	const cases = PER_ITEM_CASES.filter((perItem) => keys.length === 0 || keys.includes(perItem.key));
	// each node that deletes gets its own records: (warm-up + repeats) slices of 500 per node
	const deleters = (api: PerItemApi) => Math.max(1, ...cases.filter((perItem) => perItem.api === api && perItem.deletes).map((perItem) => 1 + floorsOf(perItem).length));
	const deletable = (api: PerItemApi) => deleters(api) * (repeats + 1) * WRITE_ITEMS;
	const qbench = new QBenchSandbox(undefined, 1000 + deletable('qbench') + 200);
	const qebot = new QebotSandbox(undefined, undefined, 10);
	const crmrpc = new CrmRpcSandbox(undefined, undefined, 1000);
	for (let i = 0; i < 1000 + deletable('qebot'); i++) qebot.addBrand({ name: `Bench Brand ${i + 1}` });
	await qbench.start();
	await qebot.start();
	await crmrpc.start();
	const results: InProcessCount[] = [];
	try {
		const contexts: Record<string, PerItemContext & { credentials: IDataObject; sandbox: { log: unknown[]; clearLog(): void } }> = {
			qbench: { url: qbench.url, ids: [...qbench.customers.keys()].slice(0, 1000), deletable: [...qbench.customers.keys()].slice(1000), credentials: qbench.demoCredentials() as IDataObject, sandbox: qbench },
			qebot: { url: qebot.url, ids: [...qebot.brands.keys()].slice(3, 1003), deletable: [...qebot.brands.keys()].slice(1003), credentials: qebot.demoCredentials() as IDataObject, sandbox: qebot },
			crmrpc: { url: crmrpc.url, ids: crmrpc.companies.filter((row) => row.profile_id === 1).map((row) => Number(row.id)), deletable: [], credentials: crmrpc.demoCredentials() as IDataObject, sandbox: crmrpc },
		};
		// the CrmRpc floor has no login: it gets a token the sandbox knows, as HTTP Request in the real-n8n run
		const crmToken = 'bench-crm-token';
		crmrpc.tokens.set(crmToken, true);
		const floorData: Record<PerItemApi, ICredentialDataDecryptedObject> = {
			qbench: qbench.demoCredentials() as ICredentialDataDecryptedObject,
			qebot: qebot.demoCredentials() as ICredentialDataDecryptedObject,
			crmrpc: { baseUrl: crmrpc.url, accessToken: crmToken },
		};
		const floorCredentials = Object.fromEntries(Object.keys(floor.CREDENTIALS).map((name) => [name, floorData[floor.CREDENTIAL_APIS[name]]]));
		const apis = [...new Set(cases.map((perItem) => perItem.api))] as PerItemApi[];
		const harness = new Harness(
			[...apis.map((api) => PACK[api].node()), ...Object.values(floor.NODES).map((Node) => new Node())],
			[...apis.map((api) => PACK[api].credential()), ...Object.values(floor.CREDENTIALS).map((Type) => new Type())],
			{
				qBenchApi: qbench.demoCredentials() as ICredentialDataDecryptedObject,
				qebotApi: qebot.demoCredentials() as ICredentialDataDecryptedObject,
				crmRpcApi: crmrpc.demoCredentials() as ICredentialDataDecryptedObject,
				...floorCredentials,
			},
		);
		const runs: Array<{ key: string; node: string; type: string; parameters: IDataObject; items: (run: number) => IDataObject[]; sandbox: { log: unknown[]; clearLog(): void } }> = [];
		for (const perItem of cases) {
			const context = contexts[perItem.api];
			const ours = perItem.ours();
			// run `index` of the n-th node of this case uses slice n × (repeats + 1) + index (matters for deletes only)
			const items = (nth: number) => (run: number) => perItem.input(context, nth * (repeats + 1) + run);
			runs.push({ key: perItem.key, node: `${perItem.key} ours`, type: ours.type, parameters: ours.parameters, items: items(0), sandbox: context.sandbox });
			floorsOf(perItem).forEach((variant, index) => {
				runs.push({ key: perItem.key, node: `${perItem.key} ${variant.file}`, type: variant.name, parameters: perItem.floor!.parameters, items: items(index + 1), sandbox: context.sandbox });
			});
		}
		for (const run of runs) {
			const times: number[] = [];
			let requests = 0;
			let signatures: string[] = [];
			let items = 0;
			// one warm-up run, then `repeats` counted runs
			for (let index = 0; index <= repeats; index++) {
				if (index === 1) counter.reset();
				run.sandbox.clearLog();
				const input = run.items(index);
				const started = performance.now();
				const result = await harness.run(run.type, run.parameters, { items: input, name: run.node });
				times.push(performance.now() - started);
				if (result.error) throw new Error(`${run.node}: ${result.error.message} ${result.error.description ?? ''}`);
				if (result.items.length !== input.length) throw new Error(`${run.node}: ${result.items.length} items out of ${input.length}`);
				const sent = (run.sandbox.log as Array<Record<string, any>>).filter((entry) => entry.path !== '/auth');
				requests = sent.length;
				signatures = [...new Set(sent.map(signature))].sort();
				items = input.length;
			}
			const perRun = items * repeats;
			const detail = Object.fromEntries(Object.entries(counter.counts[run.node] ?? {}).map(([text, count]) => [text, count / perRun]));
			const total = Object.values(detail).reduce((sum, value) => sum + value, 0);
			const sorted = times.slice(1).sort((a, b) => a - b);
			results.push({ key: run.key, node: run.node, items, perItem: total, ms: sorted[Math.floor(sorted.length / 2)], requests, signatures, detail });
		}
	} finally {
		await qbench.stop();
		await qebot.stop();
		await crmrpc.stop();
	}
	return results;
}

if (require.main === module) {
	const args = process.argv.slice(2);
	const detail = args.includes('--detail');
	countInProcess(args.filter((arg) => !arg.startsWith('--')))
		.then((results) => {
			for (const result of results) {
				process.stdout.write(`${result.node.padEnd(32)} ${result.perItem.toFixed(2).padStart(6)} evaluations/item  ${result.ms.toFixed(0).padStart(6)} ms  ${result.requests} requests  ${result.signatures.join(' | ')}\n`);
				if (detail) for (const [text, count] of Object.entries(result.detail)) process.stdout.write(`      ${count.toFixed(2).padStart(5)} × ${text}\n`);
			}
		})
		.catch((error) => {
			process.stderr.write(`${(error as Error).stack}\n`);
			process.exit(1);
		});
}
