#!/usr/bin/env node
// The release, rehearsed: `npm publish --dry-run` of every tarball `npm run pack:all` wrote into
// release/, against an empty registry on 127.0.0.1 (nothing leaves the machine), and the file list
// npm would upload checked: the n8n files of package.json, README, LICENSE, no sources, tests or
// maps, and in a per-service package no other service's folder. CI runs it; so does publish.yml
// before it publishes. Exits 1 on any problem.
// Usage: node scripts/release-check.js   (after npm run pack:all)
const { execFile } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const { RELEASE_DIR, STAGE_DIR, SERVICES, PACK } = require('./packages');

function publishDryRun(tarball, registry) {
	return new Promise((resolve, reject) => {
		execFile(
			'npm',
			['publish', '--dry-run', '--json', '--access', 'public', '--fetch-retries=0', `--registry=${registry}`, tarball],
			{ cwd: RELEASE_DIR, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error) return reject(new Error(`npm publish --dry-run ${path.basename(tarball)} failed: ${stderr || error.message}`));
				const result = JSON.parse(stdout.slice(stdout.indexOf('{')));
				resolve(Object.values(result)[0]);
			},
		);
	});
}

function problemsOf(entry, files) {
	const problems = [];
	const manifest = JSON.parse(readFileSync(path.join(STAGE_DIR, entry.name, 'package.json'), 'utf8').toString());
	for (const file of ['package.json', 'README.md', 'LICENSE', ...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
		if (!files.includes(file)) problems.push(`${file} would not be published`);
	}
	for (const file of files) {
		if (/\.(ts|map)$|(^|\/)(test|src)\//.test(file)) problems.push(`${file} would be published (source, test or map)`);
	}
	const service = SERVICES.find((candidate) => candidate.name === entry.name);
	if (service) {
		for (const other of SERVICES.filter((candidate) => candidate !== service)) {
			const foreign = files.filter((file) => file.startsWith(`dist/nodes/${other.folder}/`) || file === `dist/credentials/${other.credential}.credentials.js`);
			if (foreign.length) problems.push(`${foreign.length} file(s) of ${other.service} (${foreign[0]}, …)`);
		}
	}
	return problems;
}

async function main() {
	const listFile = path.join(RELEASE_DIR, 'packages.json');
	if (!existsSync(listFile)) throw new Error('release/packages.json is missing: run `npm run pack:all` first');
	const packages = JSON.parse(readFileSync(listFile, 'utf8'));
	const expected = [PACK.name, ...SERVICES.map((service) => service.name)];
	const names = packages.map((entry) => entry.name);
	if (JSON.stringify([...names].sort()) !== JSON.stringify([...expected].sort())) throw new Error(`release/ holds ${names.join(', ')}; expected ${expected.join(', ')}`);
	// an empty registry: npm asks whether the version exists, and is told it does not
	const server = http.createServer((request, response) => response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found"}'));
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const registry = `http://127.0.0.1:${server.address().port}/`;
	const problems = [];
	try {
		for (const entry of packages) {
			const result = await publishDryRun(path.join(RELEASE_DIR, entry.filename), registry);
			const files = result.files.map((file) => file.path).sort();
			if (JSON.stringify(files) !== JSON.stringify(entry.files)) problems.push(`${entry.name}: npm publish would upload other files than pack:all checked`);
			if (entry.name !== PACK.name) problems.push(...problemsOf(entry, files).map((problem) => `${entry.name}: ${problem}`));
			if (!files.length || result.version !== entry.version) problems.push(`${entry.name}: empty or wrong version`);
			console.log(`${problems.length ? '…' : '✅'} ${result.id}: ${files.length} files, ${(result.size / 1000).toFixed(1)} kB`);
		}
	} finally {
		server.close();
	}
	if (problems.length) {
		console.error(`release check: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`release check: npm publish --dry-run of all ${packages.length} tarballs would upload complete packages`);
}

main().catch((error) => {
	console.error(`release check failed: ${error.message}`);
	process.exit(1);
});
