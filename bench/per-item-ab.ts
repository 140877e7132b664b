// The per-item shapes of bench/per-item.ts, this build against an older build of the pack, in ONE
// process through n8n-core, runs alternating, so both meet the same machine load (a real n8n run
// moves ±0.3 in ratio between runs; this compares our own code's cost, not n8n's).
//   npx ts-node --transpile-only bench/per-item-ab.ts <older build's dist folder> [runs] [case-key …]
// Build the older one from a commit: `git worktree add /tmp/old <commit>`, then in it (with a
// node_modules) `npx tsc -p tsconfig.build.json`; its dist/ is the folder to give.
import './ts-first';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { Harness } from '../test/helpers/harness';
import { CrmRpcSandbox } from '../test/sandbox/crmrpc';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { QebotSandbox } from '../test/sandbox/qebot';
import { median, OLDER_SUFFIX, olderNode } from './older-build';
import { PACK, PER_ITEM_CASES, type PerItemApi, type PerItemContext } from './per-item';

/** Writes only (deletes need records of their own per run): the shapes compared. */
const DEFAULT_KEYS = ['qbench-get', 'qbench-create', 'qbench-update', 'qebot-get', 'qebot-create', 'qebot-update', 'crmrpc-get'];

/** Where the older build named a parameter otherwise (CrmRpc's Get found its company by two fields before the picker). */
function olderParameters(key: string, parameters: IDataObject): IDataObject {
	if (key !== 'crmrpc-get') return parameters;
	const { companyId, ...rest } = parameters;
	return { ...rest, companySearchBy: 'id', companySearchValue: (companyId as IDataObject).value };
}

/** This build with Simplify off: what the older build returned (Simplify came with issue 23, on by default). */
const SIMPLIFY_OFF: Record<string, IDataObject> = { 'qebot-create': { leadSimplify: false }, 'crmrpc-get': { companySimplify: false } };

async function main() {
	const [dist, runsArg, ...keyArgs] = process.argv.slice(2);
	if (!dist) throw new Error('usage: bench/per-item-ab.ts <older build dist folder> [runs] [case-key …]');
	const runs = Math.max(3, Math.min(41, Number(runsArg ?? 9)));
	const keys = keyArgs.length ? keyArgs : DEFAULT_KEYS;
	const cases = PER_ITEM_CASES.filter((perItem) => keys.includes(perItem.key) && !perItem.deletes);
	const qbench = new QBenchSandbox(undefined, 1200);
	const qebot = new QebotSandbox(undefined, undefined, 10);
	const crmrpc = new CrmRpcSandbox(undefined, undefined, 1000);
	for (let i = 0; i < 1000; i++) qebot.addBrand({ name: `Bench Brand ${i + 1}` });
	await Promise.all([qbench.start(), qebot.start(), crmrpc.start()]);
	try {
		const contexts: Record<PerItemApi, PerItemContext> = {
			qbench: { url: qbench.url, ids: [...qbench.customers.keys()].slice(0, 1000), deletable: [] },
			qebot: { url: qebot.url, ids: [...qebot.brands.keys()].slice(3, 1003), deletable: [] },
			crmrpc: { url: crmrpc.url, ids: crmrpc.companies.filter((row) => row.profile_id === 1).map((row) => Number(row.id)), deletable: [] },
		};
		const apis = Object.keys(PACK) as PerItemApi[];
		const harness = new Harness(
			[...apis.map((api) => PACK[api].node()), ...apis.map((api) => olderNode(dist, api))],
			apis.map((api) => PACK[api].credential()),
			{
				qBenchApi: qbench.demoCredentials() as ICredentialDataDecryptedObject,
				qebotApi: qebot.demoCredentials() as ICredentialDataDecryptedObject,
				crmRpcApi: crmrpc.demoCredentials() as ICredentialDataDecryptedObject,
			},
		);
		for (const perItem of cases) {
			const ours = perItem.ours();
			const input = perItem.input(contexts[perItem.api], 0);
			const variants: Array<[string, string, IDataObject]> = [
				['older', `${ours.type}${OLDER_SUFFIX}`, olderParameters(perItem.key, ours.parameters)],
				['this', ours.type, ours.parameters],
			];
			if (SIMPLIFY_OFF[perItem.key]) variants.push(['this, Simplify off', ours.type, { ...ours.parameters, ...SIMPLIFY_OFF[perItem.key] }]);
			const times: Record<string, number[]> = Object.fromEntries(variants.map(([name]) => [name, []]));
			for (let run = 0; run < runs + 1; run++) {
				// each round in another order; the first round warms every variant up
				const order = run % 2 ? [...variants].reverse() : variants;
				for (const [name, type, parameters] of order) {
					const started = process.hrtime.bigint();
					const { items, error } = await harness.run(type, parameters, { items: input });
					const ms = Number(process.hrtime.bigint() - started) / 1e6;
					if (error || items.length !== input.length) throw new Error(`${perItem.key} ${name}: ${error?.message ?? `${items.length} items`}`);
					if (run > 0) times[name].push(ms);
				}
			}
			const older = median(times.older);
			const columns = variants.map(([name]) => `${name} ${median(times[name]).toFixed(0)} ms (${(median(times[name]) / older).toFixed(2)})`);
			process.stdout.write(`${perItem.label} × ${input.length}, ${runs} runs each, medians: ${columns.join(', ')}\n`);
		}
	} finally {
		await Promise.all([qbench.stop(), qebot.stop(), crmrpc.stop()]);
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exitCode = 1;
});
