// `npm run bench`: the pack measured side by side with raw HTTP and with n8n's HTTP Request node.
// BENCH_QUICK=1 runs a small version (10,000 records, fewer repeats) in a couple of minutes;
// BENCH_ONLY=1,3 runs only the listed scenarios; in scenario 2 (real n8n) BENCH_N8N_ONLY=qbench-get,…
// runs only those comparisons and BENCH_N8N_REPEATS=n sets the runs per per-item workflow.
// Results: bench/results.json, bench/RESULTS.md, bench/results.svg. Everything talks to sandboxes
// on 127.0.0.1. `npx ts-node --transpile-only bench/evaluations.ts --detail` counts the expressions
// of the per-item cases in-process (n8n-core's legacy engine), the quick loop for node changes.
import './ts-first';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { CrmRpcSandbox } from '../test/sandbox/crmrpc';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { QebotSandbox } from '../test/sandbox/qebot';
import { inChild } from './child';
import { LIST_APIS, LIST_JOBS } from './lists';
import { coldLoad, packedSize } from './load';
import { inRealN8n } from './n8n';
import { breakdown } from './profile';
import { machine, writeReport, type BenchResults, type ListResult } from './report';

export const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean).map(Number);
const wanted = (scenario: number) => ONLY.length === 0 || ONLY.includes(scenario);

const SIZES = QUICK ? [10_000] : [10_000, 100_000];
const repeatsFor = (records: number) => (QUICK ? 3 : records >= 100_000 ? 3 : 7);

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function log(message: string) {
	process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function listSandboxes(records: number) {
	const sandboxes = {
		qbench: new QBenchSandbox(undefined, records),
		crmrpc: new CrmRpcSandbox(undefined, undefined, records),
		qebot: new QebotSandbox(undefined, undefined, records),
	};
	for (const sandbox of Object.values(sandboxes)) await sandbox.start();
	return sandboxes;
}

/** Scenario 1: Return All through the node in-process versus the raw loop. */
async function scenario1(results: BenchResults) {
	results.lists = [];
	for (const records of SIZES) {
		log(`scenario 1: seeding sandboxes with ${records} records`);
		const sandboxes = await listSandboxes(records);
		try {
			for (const api of LIST_APIS) {
				const job = LIST_JOBS[api];
				const sandbox = sandboxes[api];
				const credentials = sandbox.demoCredentials();
				const pageRequests = () => sandbox.log.filter((entry) => entry.path !== '/auth').length;

				// request counts and peak memory: one clean child per variant, one run each
				const memory: Record<string, any> = {};
				const requests: Record<string, number> = {};
				for (const variant of ['node', 'raw'] as const) {
					sandbox.clearLog();
					memory[variant] = await inChild({ kind: 'list-memory', api, variant, credentials });
					requests[variant] = pageRequests();
					if (memory[variant].count !== records) throw new Error(`${api} ${variant}: ${memory[variant].count} of ${records} records`);
				}
				sandbox.clearLog();

				// time: node and raw interleaved in one warm child; the parent's busy time is the sandbox's
				const repeats = repeatsFor(records);
				log(`scenario 1: ${api} × ${records}: ${repeats} interleaved repeats`);
				const busyBefore = performance.eventLoopUtilization();
				// the new-connection variant only at the smallest size: it explains, it is not the goal
				const freshConnections = records === SIZES[0];
				const { times } = await inChild<{ times: Record<string, number[]> }>({ kind: 'list-time', api, credentials, repeats, freshConnections });
				const busy = performance.eventLoopUtilization(busyBefore);
				sandbox.clearLog();
				const runs = Object.keys(times).length * (repeats + 1);
				const nodeMs = median(times.node);
				const rawMs = median(times.raw);
				const rawFreshMs = times.rawFresh ? median(times.rawFresh) : undefined;

				// where the node's time goes (one warm profiled run), at the smallest size only
				let profile: Record<string, number> | undefined;
				if (records === SIZES[0]) {
					const dir = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
					const file = path.join(dir, `${api}.cpuprofile`);
					await inChild({ kind: 'list-profile', api, variant: 'node', credentials, file });
					profile = breakdown(file);
					rmSync(dir, { recursive: true, force: true });
					sandbox.clearLog();
				}
				results.lists.push({
					api,
					bytes: memory.raw.bytes,
					label: job.label,
					records,
					pages: job.pages(records),
					requests,
					repeats,
					nodeMs,
					rawMs,
					ratio: nodeMs / rawMs,
					rawFreshMs,
					nodeRuns: times.node,
					rawRuns: times.raw,
					rawFreshRuns: times.rawFresh,
					sandboxMsPerRun: busy.active / runs,
					profile,
					memory: memory as ListResult['memory'],
				});
				log(`  ${api} × ${records}: node ${nodeMs.toFixed(0)} ms, raw ${rawMs.toFixed(0)} ms, ratio ${(nodeMs / rawMs).toFixed(3)}, requests ${requests.node}/${requests.raw} (pages ${job.pages(records)})`);
			}
		} finally {
			for (const sandbox of Object.values(sandboxes)) await sandbox.stop();
		}
	}
}

/** Scenario 3: polling triggers, idle and with bursts of new records. */
async function scenario3(results: BenchResults) {
	results.polls = [];
	for (const trigger of ['qebot', 'crmrpc', 'qbdconnect']) {
		log(`scenario 3: ${trigger} trigger`);
		results.polls.push(
			await inChild({ kind: 'poll', trigger, idlePolls: QUICK ? 10 : 50, bursts: QUICK ? 3 : 10, burstSize: 1000 }),
		);
	}
}

/** Scenario 4: 1,000 items through QBench Customer › Get versus raw HTTP. */
async function scenario4(results: BenchResults) {
	const sandbox = new QBenchSandbox(undefined, 1000);
	await sandbox.start();
	try {
		const ids = [...sandbox.customers.keys()];
		const repeats = QUICK ? 3 : 7;
		log(`scenario 4: ${ids.length} items, ${repeats} interleaved repeats`);
		const { times } = await inChild<{ times: Record<string, number[]> }>({
			kind: 'get-one',
			credentials: sandbox.demoCredentials(),
			ids,
			repeats,
		});
		const requestsPerRun = sandbox.log.length / (2 * (repeats + 1));
		const nodeMs = median(times.node);
		const rawMs = median(times.raw);
		results.getOne = {
			items: ids.length,
			repeats,
			nodeMs,
			rawMs,
			ratio: nodeMs / rawMs,
			perItemOverheadMs: (nodeMs - rawMs) / ids.length,
			requestsPerRun,
			nodeRuns: times.node,
			rawRuns: times.raw,
		};
		log(`  node ${nodeMs.toFixed(0)} ms, raw ${rawMs.toFixed(0)} ms, ${(((nodeMs - rawMs) / ids.length) * 1000).toFixed(0)} µs per item`);
	} finally {
		await sandbox.stop();
	}
}

async function main() {
	const started = Date.now();
	const loadAtStart = loadavg()[0];
	const resultsFile = path.join(__dirname, 'results.json');
	// a partial run (BENCH_ONLY) replaces only its scenarios in the last results
	const previous = ONLY.length && existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults) : {};
	const results: BenchResults = {
		...previous,
		date: new Date().toISOString(),
		quick: QUICK,
		machine: machine(),
	};
	if (wanted(1)) await scenario1(results);
	if (wanted(3)) await scenario3(results);
	if (wanted(4)) await scenario4(results);
	if (wanted(5)) {
		log('scenario 5: cold load and packed size');
		results.load = await coldLoad(QUICK ? 5 : 9);
		results.pack = await packedSize();
	}
	if (wanted(2)) {
		log('scenario 2: real n8n');
		results.n8n = await inRealN8n(QUICK, log);
	}
	results.totalSeconds = (Date.now() - started) / 1000;
	// other work on the machine skews every number: say how busy it was
	results.loadAverage = { start: loadAtStart, end: loadavg()[0] };
	writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
	writeReport(results);
	log(`done in ${results.totalSeconds.toFixed(0)} s: bench/RESULTS.md, bench/results.svg`);
}

main().catch((error) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exit(1);
});
