// Scenario 5: how long n8n takes to load the pack (every node and credential module, in a fresh
// process, from the built dist/), and how big the published package is.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');

// In the child: n8n-workflow first (n8n has it loaded already), then every module of the
// manifest, each class instantiated as n8n does to read its description.
const LOADER = `
const path = require('path');
const manifest = require(path.join(process.cwd(), 'package.json')).n8n;
const t0 = process.hrtime.bigint();
require('n8n-workflow');
const t1 = process.hrtime.bigint();
let classes = 0;
for (const file of [...manifest.credentials, ...manifest.nodes]) {
	const exported = require(path.join(process.cwd(), file));
	// the class named like the file (QBench.node.js → QBench), as n8n's loader picks it
	new exported[path.basename(file).split('.')[0]]();
	classes++;
}
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({ workflowMs: Number(t1 - t0) / 1e6, packMs: Number(t2 - t1) / 1e6, classes, files: manifest.credentials.length + manifest.nodes.length }));
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function build() {
	await run('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
}

export async function coldLoad(repeats: number) {
	await build();
	const samples: Array<{ workflowMs: number; packMs: number; classes: number; files: number }> = [];
	for (let i = 0; i < repeats; i++) {
		const { stdout } = await run(process.execPath, ['-e', LOADER], { cwd: ROOT });
		samples.push(JSON.parse(stdout.trim()));
	}
	return {
		repeats,
		files: samples[0].files,
		classes: samples[0].classes,
		packMs: median(samples.map((sample) => sample.packMs)),
		workflowMs: median(samples.map((sample) => sample.workflowMs)),
		packRuns: samples.map((sample) => sample.packMs),
	};
}

export async function packedSize() {
	// the bench built dist/ already; prepack would build again and print before the JSON
	const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
	const [info] = JSON.parse(stdout) as Array<{ size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string; size: number }> }>;
	const byKind: Record<string, number> = {};
	for (const file of info.files) {
		const kind = path.extname(file.path).slice(1) || 'other';
		byKind[kind] = (byKind[kind] ?? 0) + file.size;
	}
	return { size: info.size, unpackedSize: info.unpackedSize, entryCount: info.entryCount, bytesByExtension: byKind };
}
