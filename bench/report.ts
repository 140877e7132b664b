// Turns bench/results.json into bench/RESULTS.md (a table per scenario) and bench/results.svg.
// The analysis text lives in bench/notes.md and is appended as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface MemorySample {
	count: number;
	ms: number;
	baselineRss: number;
	baselineHeap: number;
	peakRss: number;
	maxRssBeforeRun: number;
	peakHeapGrowth: number;
	peakExternalGrowth: number;
	retainedHeap: number;
}

export interface ListResult {
	api: string;
	label: string;
	records: number;
	pages: number;
	requests: Record<string, number>;
	repeats: number;
	nodeMs: number;
	rawMs: number;
	ratio: number;
	/** bytes of all page bodies */
	bytes: number;
	/** the raw loop with a new connection per request (smallest size only) */
	rawFreshMs?: number;
	nodeRuns: number[];
	rawRuns: number[];
	rawFreshRuns?: number[];
	sandboxMsPerRun: number;
	/** self time of one profiled node run by owner of the code (ms) */
	profile?: Record<string, number>;
	memory: { node: MemorySample; raw: MemorySample };
}

export interface N8nListResult {
	label: string;
	records: number;
	pages: number;
	repeats: number;
	/** median execution time of the workflow's nodes after the trigger, from n8n's run data */
	oursMs: number;
	httpMs: number;
	httpOnlyMs: number;
	oursItems: number;
	httpItems: number;
	oursRequests: number;
	httpRequests: number;
	oursRuns: number[];
	httpRuns: number[];
}

export interface BenchResults {
	date: string;
	quick: boolean;
	machine: string;
	totalSeconds?: number;
	/** 1-minute load average at the start and the end of the run */
	loadAverage?: { start: number; end: number };
	lists?: ListResult[];
	polls?: any[];
	getOne?: {
		items: number;
		repeats: number;
		nodeMs: number;
		rawMs: number;
		ratio: number;
		perItemOverheadMs: number;
		requestsPerRun: number;
		nodeRuns: number[];
		rawRuns: number[];
	};
	load?: { repeats: number; files: number; classes: number; packMs: number; workflowMs: number; packRuns: number[] };
	pack?: { size: number; unpackedSize: number; entryCount: number; bytesByExtension: Record<string, number> };
	n8n?: { version: string; lists: N8nListResult[]; skipped?: string };
}

const HERE = __dirname;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const n = (value: number) => value.toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function machine(): string {
	const cpus = os.cpus();
	return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

function listsTable(lists: ListResult[]): string[] {
	const lines = [
		'| list | records | pages | requests node / raw | node (median) | raw HTTP, keep-alive (median) | ratio | ≤ 1.15 | node − raw per page | per record | raw HTTP, new connection per request | ratio to that | sandbox share per run |',
		'|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|---:|---:|---:|',
	];
	for (const row of lists) {
		lines.push(
			`| ${row.label} | ${n(row.records)} | ${n(row.pages)} | ${row.requests.node} / ${row.requests.raw} ${mark(row.requests.node === row.pages && row.requests.raw === row.pages)} | ${ms(row.nodeMs)} | ${ms(row.rawMs)} | **${row.ratio.toFixed(3)}** | ${mark(row.ratio <= 1.15)} | ${ms((row.nodeMs - row.rawMs) / row.pages)} | ${(((row.nodeMs - row.rawMs) / row.records) * 1000).toFixed(1)} µs | ${row.rawFreshMs ? ms(row.rawFreshMs) : '—'} | ${row.rawFreshMs ? (row.nodeMs / row.rawFreshMs).toFixed(3) : '—'} | ${ms(row.sandboxMsPerRun)} |`,
		);
	}
	const profiled = lists.filter((row) => row.profile);
	if (profiled.length) {
		const owners = [...new Set(profiled.flatMap((row) => Object.keys(row.profile!)))].sort();
		lines.push('', '**Where the node\'s time goes** (CPU profile of one warm run, self time by owner of the code):', '');
		lines.push(`| list | records | ${owners.join(' | ')} |`, `|---|---:|${owners.map(() => '---:').join('|')}|`);
		for (const row of profiled) {
			lines.push(`| ${row.label} | ${n(row.records)} | ${owners.map((owner) => ms(row.profile![owner] ?? 0)).join(' | ')} |`);
		}
	}
	lines.push('', '**Peak memory** (each variant alone in a fresh process, one run; peak heap growth = highest heap sampled every 2 ms minus the GC\'d heap before the run, garbage included; output held = heap after a GC with the output still referenced):', '');
	lines.push('| list | records | data received | node: peak RSS | raw: peak RSS | node: peak heap growth | raw: peak heap growth | node / raw peak | node: output held | raw: output held | node peak per record |');
	lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const row of lists) {
		const { node, raw } = row.memory;
		const bytes = row.bytes;
		lines.push(
			`| ${row.label} | ${n(row.records)} | ${bytes ? mb(bytes) : '—'} | ${mb(node.peakRss)} | ${mb(raw.peakRss)} | ${mb(node.peakHeapGrowth)} | ${mb(raw.peakHeapGrowth)} | ${(node.peakHeapGrowth / raw.peakHeapGrowth).toFixed(2)} | ${mb(node.retainedHeap)} | ${mb(raw.retainedHeap)} | ${(node.peakHeapGrowth / row.records).toFixed(0)} B |`,
		);
	}
	return lines;
}

function n8nTable(result: NonNullable<BenchResults['n8n']>): string[] {
	if (result.skipped) return [`Skipped: ${result.skipped}`];
	const lines = [
		`n8n ${result.version}, both workflows imported into and executed by the same n8n (\`n8n execute --id\`); times are the nodes' \`executionTime\` from the run data (trigger excluded), median of interleaved runs.`,
		'',
		'| list | records | our node | HTTP Request + Split Out | (HTTP Request alone) | ours / HTTP | ours faster | items ours / HTTP | requests ours / HTTP |',
		'|---|---:|---:|---:|---:|---:|:-:|---:|---:|',
	];
	for (const row of result.lists) {
		lines.push(
			`| ${row.label} | ${n(row.records)} | ${ms(row.oursMs)} | ${ms(row.httpMs)} | ${ms(row.httpOnlyMs)} | **${(row.oursMs / row.httpMs).toFixed(2)}** | ${mark(row.oursMs < row.httpMs)} | ${n(row.oursItems)} / ${n(row.httpItems)} | ${row.oursRequests} / ${row.httpRequests} |`,
		);
	}
	return lines;
}

function pollsTable(polls: any[]): string[] {
	const lines = [
		'| trigger | idle polls | requests per idle poll | idle poll (median) | state after idle | polls with 1,000 new | requests per such poll | such poll (median) | state after each burst | duplicates / missed / re-emitted |',
		'|---|---:|---:|---:|---:|---:|---:|---:|---|---:|',
	];
	for (const poll of polls) {
		const states = poll.burst.stateBytesAfterEach as number[];
		lines.push(
			`| ${poll.label} | ${poll.idle.polls} | ${poll.idle.requestsPerPoll} | ${ms(poll.idle.medianMs)} | ${kb(poll.idle.stateBytes)} | ${poll.burst.bursts} | ${poll.burst.requestsPerPoll} | ${ms(poll.burst.medianMs)} | ${states.map(kb).join(', ')} | ${poll.burst.duplicates} / ${poll.burst.missing} / ${poll.burst.itemsInPollAfterBurst} |`,
		);
	}
	return lines;
}

/** A horizontal bar chart of the time ratios (and memory ratios of scenario 1). */
export function chart(results: BenchResults): string {
	const rows: Array<{ label: string; value: number; kind: 'time' | 'memory' | 'n8n' }> = [];
	for (const row of results.lists ?? []) rows.push({ label: `${row.api} ${n(row.records)}: time`, value: row.ratio, kind: 'time' });
	for (const row of results.lists ?? []) {
		rows.push({ label: `${row.api} ${n(row.records)}: heap`, value: row.memory.node.peakHeapGrowth / row.memory.raw.peakHeapGrowth, kind: 'memory' });
	}
	if (results.getOne) rows.push({ label: `get-one × ${n(results.getOne.items)}: time`, value: results.getOne.ratio, kind: 'time' });
	for (const row of results.n8n?.lists ?? []) rows.push({ label: `n8n ${row.label.split(' ')[0]} ${n(row.records)}`, value: row.oursMs / row.httpMs, kind: 'n8n' });
	const colors = { time: '#2f6fb0', memory: '#7a4fb0', n8n: '#2f9a5a' };
	const left = 190;
	const width = 420;
	const rowHeight = 22;
	const top = 56;
	const max = Math.max(2, ...rows.map((row) => row.value));
	const x = (value: number) => left + (value / max) * width;
	const height = top + rows.length * rowHeight + 44;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 150}" height="${height}" font-family="sans-serif" font-size="12">`,
		`<rect width="100%" height="100%" fill="#fff"/>`,
		`<text x="10" y="20" font-size="14" font-weight="bold">n8n-nodes-qebot-pack vs baseline (ratio, lower is better)</text>`,
	];
	rows.forEach((row, index) => {
		const y = top + index * rowHeight;
		parts.push(`<text x="${left - 6}" y="${y + 14}" text-anchor="end">${row.label}</text>`);
		parts.push(`<rect x="${left}" y="${y + 3}" width="${Math.max(1, x(row.value) - left).toFixed(1)}" height="${rowHeight - 7}" fill="${colors[row.kind]}"/>`);
		parts.push(`<text x="${(x(row.value) + 4).toFixed(1)}" y="${y + 14}">${row.value.toFixed(2)}</text>`);
	});
	const bottom = top + rows.length * rowHeight;
	for (const [value, label, anchor] of [
		[1, 'baseline 1.0', 'end'],
		[1.15, '1.15 goal', 'start'],
	] as const) {
		parts.push(`<line x1="${x(value)}" y1="${top - 4}" x2="${x(value)}" y2="${bottom}" stroke="#c33" stroke-dasharray="4 3"/>`);
		parts.push(`<text x="${x(value) + (anchor === 'end' ? -3 : 3)}" y="${top - 8}" text-anchor="${anchor}" fill="#c33">${label}</text>`);
	}
	parts.push(
		`<text x="10" y="${height - 24}" fill="#555">blue: node vs raw HTTP, time · purple: node vs raw HTTP, peak heap growth</text>`,
		`<text x="10" y="${height - 8}" fill="#555">green: our node vs HTTP Request (+ Split Out) in a real n8n, execution time</text>`,
		'</svg>',
	);
	return `${parts.join('\n')}\n`;
}

export function writeReport(results: BenchResults) {
	const out = [
		'# Benchmark results',
		'',
		`Generated by \`npm run bench\`${results.quick ? ' (quick mode: BENCH_QUICK=1)' : ''} on ${results.date.slice(0, 16).replace('T', ' ')} UTC; machine: ${results.machine}. Whole run: ${results.totalSeconds?.toFixed(0) ?? '?'} s${results.loadAverage ? `; 1-minute load average ${results.loadAverage.start.toFixed(1)} at the start, ${results.loadAverage.end.toFixed(1)} at the end (2 cores: above 2, other work competed)` : ''}. Raw numbers: [results.json](results.json).`,
		'',
		'![ratios](results.svg)',
		'',
	];
	if (results.lists) {
		out.push('## 1. Return All in-process: node (n8n-core) vs raw HTTP loop', '');
		out.push(
			'Each list fetched by our node through n8n-core\'s WorkflowExecute/RoutingNode (the test Harness) and by a hand-written loop on node\'s `http` (keep-alive) fetching exactly the same pages with the same auth. Times: median of interleaved runs in one warm process after a warm-up run of each; the sandbox runs in the parent process, and "sandbox share" is its busy time per run (included in both variants).',
			'',
			...listsTable(results.lists),
			'',
		);
	}
	if (results.n8n) out.push('## 2. In a real n8n: our node vs the HTTP Request node', '', ...n8nTable(results.n8n), '');
	if (results.polls) {
		out.push('## 3. Polling triggers', '');
		out.push('After activation: idle polls (nothing new), then polls each after 1,000 new records (each followed by one more poll that must emit nothing). State = the workflow static data n8n stores, JSON bytes.', '');
		out.push(...pollsTable(results.polls), '');
	}
	if (results.getOne) {
		const g = results.getOne;
		out.push('## 4. Get-one over many input items', '');
		out.push('QBench Customer › Get with the id taken from each input item by expression; n8n\'s declarative engine sends the requests of all items at once, so the raw baseline does too (all in flight, answers in item order).', '');
		out.push('| items | requests per run | node (median) | raw HTTP (median) | ratio | overhead per item |', '|---:|---:|---:|---:|---:|---:|');
		out.push(`| ${n(g.items)} | ${g.requestsPerRun} | ${ms(g.nodeMs)} | ${ms(g.rawMs)} | **${g.ratio.toFixed(2)}** | ${(g.perItemOverheadMs * 1000).toFixed(0)} µs |`, '');
	}
	if (results.load || results.pack) {
		out.push('## 5. Load time and package size', '');
		if (results.load) {
			const l = results.load;
			out.push(`Cold load of all ${l.files} node and credential modules from \`dist/\` (each class instantiated, as n8n does to read descriptions), in ${l.repeats} fresh processes; \`n8n-workflow\` is required first and timed apart because n8n has it loaded already.`, '');
			out.push('| modules | our modules (median) | n8n-workflow itself |', '|---:|---:|---:|', `| ${l.files} files, ${l.classes} classes | ${ms(l.packMs)} | ${ms(l.workflowMs)} |`, '');
		}
		if (results.pack) {
			const p = results.pack;
			const kinds = Object.entries(p.bytesByExtension)
				.sort((a, b) => b[1] - a[1])
				.map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
				.join(', ');
			out.push('| packed (`npm pack`) | unpacked | files | by extension |', '|---:|---:|---:|---|', `| ${kb(p.size)} | ${kb(p.unpackedSize)} | ${p.entryCount} | ${kinds} |`, '');
		}
	}
	const notes = path.join(HERE, 'notes.md');
	if (existsSync(notes)) out.push(readFileSync(notes, 'utf8').trim(), '');
	writeFileSync(path.join(HERE, 'RESULTS.md'), out.join('\n'));
	writeFileSync(path.join(HERE, 'results.svg'), chart(results));
}

// `npx ts-node --transpile-only bench/report.ts` renders the last results again
if (require.main === module) writeReport(JSON.parse(readFileSync(path.join(HERE, 'results.json'), 'utf8')) as BenchResults);
