// Lead › Get Many with Limit 50 over 10,000 leads (issue 24): this build against an older build of
// the pack, in ONE process, runs alternating, so both meet the same machine load.
//   npx ts-node --transpile-only bench/lead-limit.ts <older build's dist folder> [runs]
// Build the older one from a commit: `git worktree add /tmp/old <commit>`, then in it
// `npm ci && npx tsc -p tsconfig.build.json` (its dist/ is the folder to give).
import './ts-first';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { QebotApi } from '../credentials/QebotApi.credentials';
import { Qebot } from '../nodes/Qebot/Qebot.node';
import { Harness } from '../test/helpers/harness';
import { QebotSandbox } from '../test/sandbox/qebot';
import { median, olderNode } from './older-build';

const LEADS = 10_000;
const LIMIT = 50;

async function main() {
	const [dist, runsArg] = process.argv.slice(2);
	if (!dist) throw new Error('usage: bench/lead-limit.ts <older build dist folder> [runs]');
	const runs = Math.max(3, Math.min(50, Number(runsArg ?? 11)));
	const sandbox = new QebotSandbox(undefined, undefined, LEADS);
	await sandbox.start();
	try {
		const harness = new Harness([new Qebot(), olderNode(dist, 'qebot')], [new QebotApi()], {
			qebotApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject,
		});
		// the older build names Simplify `simplify`, this one `leadSimplify`: both off, whole leads
		const parameters = { resource: 'lead', operation: 'getAll', returnAll: false, limit: LIMIT, simplify: false, leadSimplify: false };
		const times: Record<string, number[]> = { qebot: [], qebotOlder: [] };
		for (let run = 0; run < runs + 1; run++) {
			for (const node of run % 2 ? ['qebot', 'qebotOlder'] : ['qebotOlder', 'qebot']) {
				const started = process.hrtime.bigint();
				const { items, error } = await harness.run(node, parameters);
				const ms = Number(process.hrtime.bigint() - started) / 1e6;
				if (error || items.length !== LIMIT) throw new Error(`${node}: ${error?.message ?? `${items.length} items`}`);
				// the first round warms both up
				if (run > 0) times[node].push(ms);
			}
		}
		const now = median(times.qebot);
		const before = median(times.qebotOlder);
		process.stdout.write(
			`Lead › Get Many, Limit ${LIMIT} of ${LEADS} leads, ${runs} runs each, medians: older build ${before.toFixed(0)} ms, this build ${now.toFixed(0)} ms, ratio ${(now / before).toFixed(2)}\n`,
		);
	} finally {
		await sandbox.stop();
	}
}

main().catch((error) => {
	process.stderr.write(`${(error as Error).stack}\n`);
	process.exit(1);
});
