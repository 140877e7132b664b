// Profiles one Return All run: `npx ts-node --transpile-only bench/profile.ts qebot 10000 node`
// writes the .cpuprofile of a warm run into a temp folder (open it in Chrome DevTools) and prints the top self-time functions.
import './ts-first';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CrmRpcSandbox } from '../test/sandbox/crmrpc';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { QebotSandbox } from '../test/sandbox/qebot';
import { inChild } from './child';
import type { ListApi } from './lists';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per function of a .cpuprofile, biggest first. */
export function topFunctions(file: string, count = 25) {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<string, number>();
	profile.samples.forEach((id, index) => {
		const frame = byId.get(id)!.callFrame;
		const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//, '')}:${frame.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
	});
	const total = [...self.values()].reduce((sum, value) => sum + value, 0);
	return [...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([name, msValue]) => `${msValue.toFixed(0).padStart(6)} ms ${((100 * msValue) / total).toFixed(1).padStart(5)}%  ${name}`);
}

/** Where a profile's self time went, by owner of the code: ours, n8n, the HTTP client … (ms). */
export function breakdown(file: string): Record<string, number> {
	const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const totals: Record<string, number> = {};
	profile.samples.forEach((id, index) => {
		const { functionName, url } = byId.get(id)!.callFrame;
		// the profiler's own stop call is sampled too
		if (functionName === 'dispatch' && !url) return;
		const owner = ownerOf(functionName, url);
		totals[owner] = (totals[owner] ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000;
	});
	return totals;
}

function ownerOf(functionName: string, url: string): string {
	if (functionName === '(garbage collector)') return 'garbage collection';
	if (functionName === '(idle)') return 'idle (waiting for the API)';
	if (/\/main\/(nodes|credentials)\//.test(url)) return 'our nodes and credentials';
	if (/\/main\/test\//.test(url)) return 'test harness (credential expressions)';
	if (/\/main\/bench\//.test(url)) return 'benchmark driver';
	if (/node_modules\/(n8n-core|n8n-workflow|@n8n|luxon|lodash)/.test(url)) return 'n8n (workflow engine, expressions)';
	if (/node_modules\/(axios|follow-redirects|form-data|proxy-from-env)|node:(_)?http|node:net|node:internal\/(stream|http|net)|node:stream|node:events|node:domain/.test(url) || (!url && /connect|write|read|Socket|Parser|execute/i.test(functionName))) {
		return 'HTTP client (axios, sockets, parsing)';
	}
	return 'other (node runtime, JSON)';
}

async function main() {
	const [api, recordsText = '10000', variant = 'node'] = process.argv.slice(2) as [ListApi, string, string];
	const records = Number(recordsText);
	const sandbox =
		api === 'qbench' ? new QBenchSandbox(undefined, records) : api === 'crmrpc' ? new CrmRpcSandbox(undefined, undefined, records) : new QebotSandbox(undefined, undefined, records);
	await sandbox.start();
	const dir = mkdtempSync(path.join(tmpdir(), `bench-${api}-${records}-${variant}-`));
	try {
		const file = path.join(dir, 'run.cpuprofile');
		const result = await inChild({ kind: 'list-profile', api, variant, credentials: sandbox.demoCredentials(), file });
		console.log(JSON.stringify(result));
	} finally {
		await sandbox.stop();
	}
	const [file] = readdirSync(dir);
	console.log(`${path.join(dir, file)}\n${topFunctions(path.join(dir, file)).join('\n')}`);
	console.log(breakdown(path.join(dir, file)));
}

if (require.main === module) void main();
