#!/usr/bin/env node
// The figures the README and docs quote, checked against what the suites measured (they write
// .cache/figures/<name>.json through test/helpers/figures.ts). `node scripts/figures.js` fails on a
// figure that differs or was not measured; `--write` puts the measured figures into the documents.
// Run it after `npm test` (CI does).
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const FIGURES_DIR = path.join(ROOT, '.cache', 'figures');

const count = (value) => value.toLocaleString('en-US');
const kilobytes = (bytes) => (bytes / 1000).toFixed(1);

/**
 * Each check: a document, a pattern whose first group is the figure, the measured figure
 * (`<file>.<key>`), how the document writes it, and for sizes a relative tolerance (the tarball
 * grows by bytes with every change; a size off by more than 5% is drift).
 */
const CHECKS = [
	{ file: 'README.md', pattern: /All ([\d,]+) documented operations/, figure: 'input.operations', format: count },
	{ file: 'README.md', pattern: /\*\*([\d,]+) cases over all [\d,]+ operations\*\*/, figure: 'input.cases', format: count },
	{ file: 'README.md', pattern: /\*\*[\d,]+ cases over all ([\d,]+) operations\*\*/, figure: 'input.operations', format: count },
	{ file: 'README.md', pattern: /\*\*([\d,]+) fault cases survived\*\*/, figure: 'faults.cases', format: count },
	{ file: 'README.md', pattern: /\*\*([\d,]+) paths, 0 leaks\*\*/, figure: 'secrets.paths', format: count },
	{ file: 'README.md', pattern: /the package is ([\d.]+) kB packed/, figure: 'pack.packedBytes', format: kilobytes, tolerance: 0.05 },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qebot-pack` \| ([\d.]+) kB \|/, figure: 'release.n8n-nodes-qebot-pack:bytes', format: kilobytes, tolerance: 0.05 },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qebot-pack` \| [\d.]+ kB \| (\d+) \|/, figure: 'release.n8n-nodes-qebot-pack:files', format: String },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qebot` \| ([\d.]+) kB \|/, figure: 'release.n8n-nodes-qebot:bytes', format: kilobytes, tolerance: 0.05 },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qebot` \| [\d.]+ kB \| (\d+) \|/, figure: 'release.n8n-nodes-qebot:files', format: String },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qbench` \| ([\d.]+) kB \|/, figure: 'release.n8n-nodes-qbench:bytes', format: kilobytes, tolerance: 0.05 },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qbench` \| [\d.]+ kB \| (\d+) \|/, figure: 'release.n8n-nodes-qbench:files', format: String },
	{ file: 'README.md', pattern: /\| `n8n-nodes-crmrpc` \| ([\d.]+) kB \|/, figure: 'release.n8n-nodes-crmrpc:bytes', format: kilobytes, tolerance: 0.05 },
	{ file: 'README.md', pattern: /\| `n8n-nodes-crmrpc` \| [\d.]+ kB \| (\d+) \|/, figure: 'release.n8n-nodes-crmrpc:files', format: String },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qbd-connect` \| ([\d.]+) kB \|/, figure: 'release.n8n-nodes-qbd-connect:bytes', format: kilobytes, tolerance: 0.05 },
	{ file: 'README.md', pattern: /\| `n8n-nodes-qbd-connect` \| [\d.]+ kB \| (\d+) \|/, figure: 'release.n8n-nodes-qbd-connect:files', format: String },
	{ file: 'docs/reliability-input.md', pattern: /Figures: ([\d,]+) bad-input cases/, figure: 'input.cases', format: count },
	{ file: 'docs/reliability-input.md', pattern: /bad-input cases: (\d+) across/, figure: 'input.cases', format: String },
	{ file: 'docs/reliability-input.md', pattern: /([\d,]+) failure paths scanned/, figure: 'secrets.paths', format: count },
	{ file: 'docs/reliability-faults.md', pattern: /= \*\*([\d,]+) fault cases\*\*/, figure: 'faults.cases', format: count },
	{ file: 'docs/performance.md', pattern: /([\d.]+) kB\s+packed/, figure: 'pack.packedBytes', format: kilobytes, tolerance: 0.05 },
];

function measured(figure) {
	const [name, key] = figure.split('.');
	const file = path.join(FIGURES_DIR, `${name}.json`);
	if (!existsSync(file)) return undefined;
	return JSON.parse(readFileSync(file, 'utf8'))[key];
}

const write = process.argv.includes('--write');
const problems = [];
const documents = new Map();
for (const check of CHECKS) {
	const full = path.join(ROOT, check.file);
	if (!documents.has(full)) documents.set(full, readFileSync(full, 'utf8'));
	const text = documents.get(full);
	const match = check.pattern.exec(text);
	if (!match) {
		problems.push(`${check.file}: the sentence ${check.pattern} is gone (update scripts/figures.js with the document)`);
		continue;
	}
	const value = measured(check.figure);
	if (value === undefined) {
		problems.push(`${check.file}: ${check.figure} was not measured (run npm test first)`);
		continue;
	}
	const expected = check.format(value);
	if (match[1] === expected) continue;
	if (check.tolerance && Math.abs(Number(match[1]) - Number(expected)) <= check.tolerance * Number(expected)) continue;
	if (write) {
		const start = match.index + match[0].indexOf(match[1]);
		documents.set(full, text.slice(0, start) + expected + text.slice(start + match[1].length));
		console.log(`${check.file}: ${match[1]} → ${expected} (${check.figure})`);
	} else {
		problems.push(`${check.file}: says ${match[1]}, the suites measured ${expected} (${check.figure})`);
	}
}
if (write) for (const [full, text] of documents) writeFileSync(full, text);
if (problems.length) {
	console.error(`figures: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
	if (!write) console.error('`node scripts/figures.js --write` puts the measured figures into the documents.');
	process.exit(1);
}
console.log(`figures: ${CHECKS.length} figures in README and docs match what the suites measured`);
