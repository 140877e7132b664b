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

/** How a floor node is built: as ours (base URL in requestDefaults, credentials by an authenticate function), or with the base URL set by that function too. */
export type FloorKind = 'likeOurs' | 'noBase';

/** One variant of a real-n8n comparison: our node, HTTP Request, or a floor node. */
export interface N8nVariant {
	name: string;
	label: string;
	/** floor nodes built as ours or without the base URL expression (results before the Qebot and CrmRpc floors have none) */
	floor?: FloorKind;
	/** median execution time of the measured nodes (ms), from n8n's run data */
	ms: number;
	/** the first measured node alone (HTTP Request without Split Out) */
	firstNodeMs: number;
	runs: number[];
	/** median CPU time of the n8n process while the measured nodes ran (ms): steady when the machine is busy */
	cpuMs: number;
	cpuRuns: number[];
	items: number;
	requests: number;
	/** expressions n8n evaluated for the measured node, per run and per item (or record) */
	evaluationsPerRun: number;
	evaluationsPerItem: number;
	/** expression text → evaluations per item */
	expressions: Record<string, number>;
	/** the distinct requests (method, path with numbers as :n, body keys) */
	signatures: string[];
	/** as many requests as HTTP Request's, of the same shapes (results before the floors of every shape have none) */
	sameRequests?: boolean;
}

export interface N8nComparison {
	key: string;
	label: string;
	kind: 'list' | 'per-item';
	/** records of the list, or input items */
	size: number;
	pages: number;
	/** ours / HTTP Request (+ Split Out for lists), medians */
	ratio: number;
	/** the same with CPU times */
	cpuRatio: number;
	sameItems: boolean;
	sameRequests: boolean;
	/** ours, http, then the floor nodes (QBench's and Qebot's shapes, CrmRpc's get) */
	variants: N8nVariant[];
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
	n8n?: { version: string; expressionEngine?: string; repeats?: { list: number; perItem: number }; order?: string[]; comparisons: N8nComparison[]; skipped?: string };
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

const evaluations = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

/** Results without `floor` (QBench's floors only): the floor node built as ours is, and the one without the base URL expression, by name. */
const FLOOR_NAMES: Record<string, FloorKind> = { 'floor: preSend URL, auth function': 'likeOurs', 'floor: base URL and token by auth function': 'noBase' };
const floorKind = (variant: N8nVariant): FloorKind | undefined => variant.floor ?? FLOOR_NAMES[variant.name];

/** The second HTTP Request of creates and updates: the body as ONE JSON expression per item (issue 24's peer). */
export const HTTP_ONE_EXPRESSION = 'HTTP Request, body as one JSON expression';

/** Creates and updates against HTTP Request whose body is one JSON expression: what a user who knows n8n builds. */
function oneExpressionSummary(rows: N8nComparison[]): string[] {
	const lines = [
		'**Against HTTP Request with the body as ONE JSON expression** (`{ "key": {{ JSON.stringify($json.field) }}, … }`, one evaluation per item however many fields; the table above uses a body parameter per field, one evaluation each). Same run, same requests.',
		'',
		'| shape | evaluations per item: ours / one-expression HTTP | **ours / one-expression HTTP** | CPU ours / one-expression HTTP | floor built like ours / one-expression HTTP |',
		'|---|---:|---:|---:|---:|',
	];
	for (const row of rows) {
		const ours = row.variants[0];
		const peer = row.variants.find((variant) => variant.name === HTTP_ONE_EXPRESSION);
		if (!peer) continue;
		const floor = row.variants.find((variant) => floorKind(variant) === 'likeOurs');
		lines.push(
			`| ${row.label} | **${evaluations(ours.evaluationsPerItem)}** / ${evaluations(peer.evaluationsPerItem)} | **${(ours.ms / peer.ms).toFixed(2)}** | ${(ours.cpuMs / peer.cpuMs).toFixed(2)} | ${floor ? (floor.ms / peer.ms).toFixed(2) : '—'} |`,
		);
	}
	return lines;
}

/** Per shape with floor nodes: ours against the floor node built the same way, evaluations and ratios to HTTP Request side by side. */
function floorSummary(rows: N8nComparison[]): string[] {
	const lines = [
		"**How far each shape is from the engine's floor**: ours against the minimal declarative node built the same way (base URL in `requestDefaults`, token or Basic header by an `authenticate` function, ID by a preSend, fields by plain `routing.send`), and against the same node with the base URL set by the `authenticate` function instead; ratios are to HTTP Request in the same run. Every variant is in the floor tables below.",
		'',
		'| shape | evaluations per item: ours / floor / floor without base URL expression | **ours / HTTP** | floor / HTTP | floor without base URL expression / HTTP | CPU: ours / floor / floor without base URL expression (each / HTTP) |',
		'|---|---:|---:|---:|---:|---:|',
	];
	for (const row of rows) {
		const [ours, http] = row.variants;
		const floor = row.variants.find((variant) => floorKind(variant) === 'likeOurs');
		const noBase = row.variants.find((variant) => floorKind(variant) === 'noBase');
		if (!floor || !noBase) continue;
		const cpu = (variant: N8nVariant) => (variant.cpuMs / http.cpuMs).toFixed(2);
		lines.push(
			`| ${row.label} | **${evaluations(ours.evaluationsPerItem)}** / ${evaluations(floor.evaluationsPerItem)} / ${evaluations(noBase.evaluationsPerItem)} | **${row.ratio.toFixed(2)}** | ${(floor.ms / http.ms).toFixed(2)} | ${(noBase.ms / http.ms).toFixed(2)} | ${cpu(ours)} / ${cpu(floor)} / ${cpu(noBase)} |`,
		);
	}
	return lines;
}

function n8nTable(result: NonNullable<BenchResults['n8n']>): string[] {
	if (result.skipped) return [`Skipped: ${result.skipped}`];
	const repeats = result.repeats ? ` (${result.repeats.list} runs of each list, ${result.repeats.perItem} of each per-item workflow)` : '';
	// results.json of an older bench (lists only, `n8n execute` per run) has no comparisons
	const comparisons = result.comparisons ?? [];
	const lists = comparisons.filter((row) => row.kind === 'list');
	const perItem = comparisons.filter((row) => row.kind === 'per-item');
	const lines = [
		`n8n ${result.version}${result.expressionEngine ? ` (expression engine \`${result.expressionEngine}\`${result.expressionEngine === 'vm' ? ', isolated-vm: n8n 2.x\'s default' : ''})` : ''}: every workflow below was imported into one n8n and run by ONE \`n8n execute-batch\` process, our node's and HTTP Request's workflows interleaved (alternating which goes first)${repeats}. Times are the measured nodes' \`executionTime\` from the run data (trigger and input nodes excluded), medians; "CPU" is the CPU time the n8n process used while those nodes ran (medians; \`process.cpuUsage()\` around \`WorkflowExecute.runNode\`, sandboxes run in another process), which stays steady when other work on the machine stretches wall times. "Evaluations" are the \`={{…}}\` expressions n8n resolved for that node (node parameters, \`$parameter\` reads, requestDefaults, routing templates, credential \`authenticate\`), counted inside that n8n by \`bench/count-expressions.js\`. "Same items": as many output items as input items (records for lists), and for gets the same records in the same order as HTTP Request's answers; "same requests": the count and the shape (method, path with ids as :n, body keys) of what reached the sandbox.`,
		'',
	];
	if (lists.length) {
		lines.push('| list | records | requests ours / HTTP | our node | HTTP Request + Split Out | (HTTP Request alone) | **ours / HTTP** | ≤ 1.0 | CPU ours / HTTP | evaluations per run: ours / HTTP | same items, same requests |');
		lines.push('|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|:-:|');
		for (const row of lists) {
			const [ours, http] = row.variants;
			lines.push(
				`| ${row.label} | ${n(row.size)} | ${ours.requests} / ${http.requests} | ${ms(ours.ms)} | ${ms(http.ms)} | ${ms(http.firstNodeMs)} | **${row.ratio.toFixed(2)}** | ${mark(row.ratio <= 1)} | ${ms(ours.cpuMs)} / ${ms(http.cpuMs)} = ${row.cpuRatio.toFixed(2)} | ${n(Math.round(ours.evaluationsPerRun))} / ${n(Math.round(http.evaluationsPerRun))} | ${mark(row.sameItems)} ${mark(row.sameRequests)} |`,
			);
		}
		lines.push('');
	}
	if (perItem.length) {
		lines.push('| per item (id or fields by expression) | items | our node | HTTP Request | **ours / HTTP** | ≤ 1.0 | CPU ours / HTTP | evaluations per item: ours / HTTP | ours per item | HTTP per item | same items, same requests |');
		lines.push('|---|---:|---:|---:|---:|:-:|---:|---:|---:|---:|:-:|');
		for (const row of perItem) {
			const [ours, http] = row.variants;
			lines.push(
				`| ${row.label} | ${n(row.size)} | ${ms(ours.ms)} | ${ms(http.ms)} | **${row.ratio.toFixed(2)}** | ${mark(row.ratio <= 1)} | ${ms(ours.cpuMs)} / ${ms(http.cpuMs)} = ${row.cpuRatio.toFixed(2)} | **${evaluations(ours.evaluationsPerItem)}** / ${evaluations(http.evaluationsPerItem)} | ${((ours.ms / row.size) * 1000).toFixed(0)} µs | ${((http.ms / row.size) * 1000).toFixed(0)} µs | ${mark(row.sameItems)} ${mark(row.sameRequests)} |`,
			);
		}
		lines.push('');
		const withFloor = perItem.filter((row) => row.variants.length > 2);
		if (withFloor.length) lines.push(...floorSummary(withFloor), '');
		if (perItem.some((row) => row.variants.some((variant) => variant.name === HTTP_ONE_EXPRESSION))) lines.push(...oneExpressionSummary(perItem), '');
		for (const row of withFloor) {
			const http = row.variants[1];
			lines.push(`**The floor of n8n's declarative engine** for ${row.label}: minimal declarative nodes (\`bench/floor/\`, not shipped) making the same request in the same run.`, '');
			lines.push('| node | time | / HTTP Request | CPU | / HTTP Request | evaluations per item | same requests | which |', '|---|---:|---:|---:|---:|---:|:-:|---|');
			for (const variant of row.variants) {
				const which = Object.entries(variant.expressions)
					.sort((a, b) => b[1] - a[1])
					.map(([text, count]) => `${evaluations(count)} × \`${text.replace(/\|/g, '\\|')}\``)
					.join(', ');
				const same = variant.sameRequests === undefined ? '—' : mark(variant.sameRequests);
				lines.push(`| ${variant.name === 'ours' ? `**ours** (${variant.label})` : variant.label} | ${ms(variant.ms)} | ${(variant.ms / http.ms).toFixed(2)} | ${ms(variant.cpuMs)} | ${(variant.cpuMs / http.cpuMs).toFixed(2)} | ${evaluations(variant.evaluationsPerItem)} | ${same} | ${which} |`);
			}
			lines.push('');
		}
		lines.push('Expressions our node evaluated per item, by text:', '');
		for (const row of perItem) {
			const ours = row.variants[0];
			const which = Object.entries(ours.expressions)
				.sort((a, b) => b[1] - a[1])
				.map(([text, count]) => `${evaluations(count)} × \`${text.replace(/\|/g, '\\|')}\``)
				.join(', ');
			lines.push(`- ${row.label}: ${which}`);
		}
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
	for (const row of results.n8n?.comparisons ?? []) rows.push({ label: `n8n ${row.key}`, value: row.ratio, kind: 'n8n' });
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
		`<text x="10" y="${height - 8}" fill="#555">green: our node vs HTTP Request (+ Split Out for lists) in one real n8n run, execution time</text>`,
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
