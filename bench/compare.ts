// Before/after table of two real-n8n runs (scenario 2 of two results.json files):
//   npx ts-node --transpile-only bench/compare.ts <before/results.json> [after/results.json]
// prints, per comparison, ours / HTTP Request (wall time and CPU) and evaluations per item, before and after.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { BenchResults, N8nComparison } from './report';

const load = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as BenchResults).n8n?.comparisons ?? [];
const [beforeFile, afterFile = path.join(__dirname, 'results.json')] = process.argv.slice(2);
if (!beforeFile) throw new Error('usage: bench/compare.ts <before results.json> [after results.json]');
const before = new Map(load(beforeFile).map((row) => [row.key, row]));
const after = load(afterFile);
// lists: evaluations per run (per page they are what HTTP Request's pagination expressions cost)
const evaluations = (row: N8nComparison | undefined) => {
	if (!row) return '—';
	const [ours, http] = row.variants;
	return row.kind === 'list' ? `${ours.evaluationsPerRun.toFixed(0)} / ${http.evaluationsPerRun.toFixed(0)} per run` : `${ours.evaluationsPerItem.toFixed(0)} / ${http.evaluationsPerItem.toFixed(0)}`;
};
const ratio = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));

const lines = [
	'| work | ours / HTTP, time: before → after | CPU: before → after | evaluations ours / HTTP (per item): before → after |',
	'|---|---:|---:|---:|',
];
for (const row of after) {
	const old = before.get(row.key);
	lines.push(
		`| ${row.label}${row.kind === 'per-item' ? ` × ${row.size.toLocaleString('en-US')}` : ''} | ${ratio(old?.ratio)} → **${ratio(row.ratio)}** | ${ratio(old?.cpuRatio)} → **${ratio(row.cpuRatio)}** | ${evaluations(old)} → **${evaluations(row)}** |`,
	);
}
process.stdout.write(`${lines.join('\n')}\n`);
