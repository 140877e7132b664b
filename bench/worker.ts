// One measurement in a fresh process (started by child.ts): reads the task from argv, prints
// `BENCH_RESULT {json}`. Talks only to the sandboxes the parent serves on 127.0.0.1.
import './ts-first';
import '../test/helpers/environment';

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

import { RESULT_PREFIX } from './child';
import { LIST_JOBS, runNodeList, runRawList, runRawListFreshConnections, type ListApi } from './lists';
import { getOneNode, getOneRaw } from './getone';
import { pollScenario } from './polls';
import type { IDataObject } from 'n8n-workflow';

const gc = () => (global as { gc?: () => void }).gc?.();

async function timed(run: () => Promise<number>): Promise<{ ms: number; count: number }> {
	gc();
	const start = process.hrtime.bigint();
	const count = await run();
	return { ms: Number(process.hrtime.bigint() - start) / 1e6, count };
}

/**
 * The variants in turn, the order rotating each round, after one warm-up run of each.
 * Returns each variant's times and item count.
 */
async function interleaved(variants: Record<string, () => Promise<number>>, repeats: number) {
	const names = Object.keys(variants);
	for (const name of names) await variants[name]();
	const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
	const counts: Record<string, number> = {};
	for (let i = 0; i < repeats; i++) {
		const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
		for (const name of order) {
			const { ms, count } = await timed(variants[name]);
			times[name].push(ms);
			counts[name] = count;
		}
	}
	return { times, counts };
}

/** Peak memory of one run: kernel peak RSS, and the heap sampled every 2 ms (after a GC'd baseline). */
async function peakMemory(run: () => Promise<number>) {
	gc();
	const before = process.memoryUsage();
	const maxRssBefore = process.resourceUsage().maxRSS * 1024;
	let peakHeap = before.heapUsed;
	let peakExternal = before.external + before.arrayBuffers;
	const sample = () => {
		const now = process.memoryUsage();
		peakHeap = Math.max(peakHeap, now.heapUsed);
		peakExternal = Math.max(peakExternal, now.external + now.arrayBuffers);
	};
	const sampler = setInterval(sample, 2);
	const start = process.hrtime.bigint();
	const count = await run();
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	sample();
	clearInterval(sampler);
	// the output is still held (lastOutput): what stays after a GC is the output itself
	gc();
	const retainedHeap = process.memoryUsage().heapUsed - before.heapUsed;
	return {
		retainedHeap,
		count,
		ms,
		baselineRss: before.rss,
		baselineHeap: before.heapUsed,
		peakRss: process.resourceUsage().maxRSS * 1024,
		maxRssBeforeRun: maxRssBefore,
		peakHeapGrowth: peakHeap - before.heapUsed,
		peakExternalGrowth: peakExternal - (before.external + before.arrayBuffers),
	};
}

/** Runs `run` under the V8 CPU profiler (inspector), writing a .cpuprofile to `file`. */
async function profiled(file: string, run: () => Promise<number>) {
	const session = new Session();
	session.connect();
	const post = async (method: string, params?: object) =>
		await new Promise<any>((resolve, reject) => session.post(method, params, (error, value) => (error ? reject(error) : resolve(value))));
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', { interval: 200 });
	await post('Profiler.start');
	const measured = await timed(run);
	const { profile } = await post('Profiler.stop');
	writeFileSync(file, JSON.stringify(profile));
	session.disconnect();
	return measured;
}

async function main() {
	const task = JSON.parse(process.argv[2]) as IDataObject & { kind: string };
	let result: unknown;
	switch (task.kind) {
		case 'list-time': {
			const api = task.api as ListApi;
			const credentials = task.credentials as IDataObject;
			result = await interleaved(
				{
					node: async () => await runNodeList(api, credentials),
					raw: async () => await runRawList(api, credentials),
					...(task.freshConnections ? { rawFresh: async () => await runRawListFreshConnections(api, credentials) } : {}),
				},
				Number(task.repeats),
			);
			break;
		}
		case 'list-memory': {
			const api = task.api as ListApi;
			const credentials = task.credentials as IDataObject;
			// the baseline is taken after every module is loaded, right before the measured run
			let bytes = 0;
			let held: unknown;
			const run =
				task.variant === 'node'
					? async () => await runNodeList(api, credentials)
					: async () => {
							const raw = await LIST_JOBS[api].raw(credentials);
							bytes = raw.bytes;
							held = raw.records;
							return raw.records.length;
						};
			result = { ...(await peakMemory(run)), bytes };
			void held;
			break;
		}
		case 'list-profile': {
			// one warm-up run, then the CPU profile of the second (see profile.ts)
			const api = task.api as ListApi;
			const run = task.variant === 'node' ? runNodeList : runRawList;
			await run(api, task.credentials as IDataObject);
			result = await profiled(String(task.file), async () => await run(api, task.credentials as IDataObject));
			break;
		}
		case 'get-one': {
			const credentials = task.credentials as IDataObject;
			const ids = task.ids as number[];
			result = await interleaved(
				{ node: async () => await getOneNode(credentials, ids), raw: async () => await getOneRaw(credentials, ids) },
				Number(task.repeats),
			);
			break;
		}
		case 'get-one-profile': {
			const credentials = task.credentials as IDataObject;
			const ids = task.ids as number[];
			await getOneNode(credentials, ids);
			result = await profiled(String(task.file), async () => await getOneNode(credentials, ids));
			break;
		}
		case 'poll':
			result = await pollScenario(task);
			break;
		default:
			throw new Error(`unknown task ${task.kind}`);
	}
	process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		process.exit(1);
	},
);
