#!/usr/bin/env node
// `npm run pack:all`: builds once, then writes the five tarballs into release/:
//   n8n-nodes-qebot-pack-<v>.tgz   the repository's own package (all four services)
//   n8n-nodes-qebot-<v>.tgz, n8n-nodes-qbench-<v>.tgz, n8n-nodes-crmrpc-<v>.tgz,
//   n8n-nodes-qbd-connect-<v>.tgz  one service each: its node(s), credential, icons, codex files
//                                   and the files of nodes/shared they require, nothing else
// Each per-service package is staged in release/.stage/<name>/ with its own package.json (peer
// n8n-workflow only, no dependencies, no scripts), README (the community-node template's
// sections) and LICENSE, then packed with `npm pack` (why a dot folder: STAGE_DIR in packages.js).
// Every tarball is checked (its n8n files exist, every relative require resolves inside it,
// nothing but n8n-workflow, luxon, zod and Node built-ins is required) and described in
// release/packages.json (size, file count, files).
// Usage: node scripts/pack-all.js [--no-build]
const { execFileSync } = require('node:child_process');
const { builtinModules } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, RELEASE_DIR, STAGE_DIR, SERVICES, PACK } = require('./packages');
const { serviceReadme } = require('./package-readme');

const ALLOWED_EXTERNAL = ['n8n-workflow', 'luxon', 'zod'];
const rootManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function npm(args, cwd) {
	return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The relative requires of a compiled file, resolved to absolute paths. */
function relativeRequires(file) {
	const out = [];
	for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)) {
		if (!spec.startsWith('.')) continue;
		const base = path.resolve(path.dirname(file), spec);
		const found = [base, `${base}.js`, path.join(base, 'index.js')].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
		if (!found) throw new Error(`${path.relative(ROOT, file)} requires ${spec}, which the build does not have`);
		out.push(found);
	}
	return out;
}

/** The compiled files `entries` need, transitively (the shared code a service uses and no more). */
function closure(entries) {
	const seen = new Set();
	const queue = [...entries];
	for (let guard = 0; queue.length && guard < 10_000; guard++) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...relativeRequires(file));
	}
	return [...seen].sort();
}

function copyInto(stage, file) {
	const target = path.join(stage, path.relative(ROOT, file));
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.copyFileSync(file, target);
}

function serviceManifest(service) {
	const manifest = {
		name: service.name,
		version: rootManifest.version,
		description: `n8n community node for ${service.about}`,
		license: rootManifest.license,
		keywords: ['n8n-community-node-package', 'n8n', ...service.keywords],
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: 1,
			strict: true,
			credentials: [`dist/credentials/${service.credential}.credentials.js`],
			nodes: service.nodes.map((node) => `dist/nodes/${service.folder}/${node}.node.js`),
		},
		peerDependencies: { 'n8n-workflow': '*' },
		peerDependenciesMeta: { 'n8n-workflow': { optional: true } },
		author: rootManifest.author,
		repository: rootManifest.repository,
		homepage: rootManifest.homepage,
		engines: rootManifest.engines,
	};
	return manifest;
}

/** Stages one service's package; returns its folder. */
function stageService(service) {
	const stage = path.join(STAGE_DIR, service.name);
	fs.mkdirSync(stage, { recursive: true });
	const manifest = serviceManifest(service);
	const entries = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((file) => path.join(ROOT, file));
	for (const file of closure(entries)) copyInto(stage, file);
	// icons (light and dark) and the codex file of each node
	const nodeDir = path.join(ROOT, 'dist', 'nodes', service.folder);
	for (const entry of fs.readdirSync(nodeDir)) {
		const isIcon = entry.endsWith('.svg') || entry.endsWith('.png');
		const isCodex = service.nodes.some((node) => entry === `${node}.node.json`);
		if (isIcon || isCodex) copyInto(stage, path.join(nodeDir, entry));
	}
	fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
	fs.writeFileSync(path.join(stage, 'README.md'), serviceReadme(service, manifest));
	fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(stage, 'LICENSE'));
	return stage;
}

function pack(dir, extraArgs = []) {
	const output = npm(['pack', '--json', '--pack-destination', RELEASE_DIR, ...extraArgs], dir);
	const [result] = JSON.parse(output.slice(output.indexOf('[')));
	return result;
}

/** Unpacks a tarball and checks it is a complete, self-contained community node package. */
function check(result) {
	const tarball = path.join(RELEASE_DIR, result.filename);
	const dir = path.join(RELEASE_DIR, 'check', result.name);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
	const problems = [];
	const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	if (Object.keys(manifest.dependencies ?? {}).length) problems.push('has runtime dependencies');
	if (JSON.stringify(Object.keys(manifest.peerDependencies ?? {})) !== '["n8n-workflow"]') problems.push('peer dependencies other than n8n-workflow');
	if (!manifest.keywords?.includes('n8n-community-node-package')) problems.push('keyword n8n-community-node-package missing');
	if (manifest.workspaces) problems.push('a workspaces field (one package per repository folder)');
	for (const file of ['README.md', 'LICENSE']) if (!fs.existsSync(path.join(dir, file))) problems.push(`${file} missing`);
	const n8nFiles = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
	if (!manifest.n8n?.nodes?.length) problems.push('no nodes in package.json n8n.nodes');
	for (const file of n8nFiles) if (!fs.existsSync(path.join(dir, file))) problems.push(`${file} (in package.json n8n) is not in the tarball`);
	const jsFiles = result.files.map((entry) => entry.path).filter((file) => file.endsWith('.js'));
	for (const file of jsFiles) {
		const full = path.join(dir, file);
		for (const [, spec] of fs.readFileSync(full, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)) {
			if (spec.startsWith('.')) {
				const base = path.resolve(path.dirname(full), spec);
				if (![base, `${base}.js`, path.join(base, 'index.js')].some((candidate) => fs.existsSync(candidate))) problems.push(`${file} requires ${spec}, not in the tarball`);
			} else if (!builtinModules.includes(spec.replace(/^node:/, '')) && !ALLOWED_EXTERNAL.includes(spec)) {
				problems.push(`${file} requires ${spec} (not provided by n8n)`);
			}
		}
	}
	// icons the nodes and credentials name must be in the package
	for (const file of jsFiles) {
		const full = path.join(dir, file);
		for (const [, icon] of fs.readFileSync(full, 'utf8').matchAll(/['"]file:([^'"]+)['"]/g)) {
			if (!fs.existsSync(path.resolve(path.dirname(full), icon))) problems.push(`${file} names icon ${icon}, not in the tarball`);
		}
	}
	if (problems.length) throw new Error(`${result.filename}:\n  ${problems.join('\n  ')}`);
	return { name: result.name, version: result.version, filename: result.filename, size: result.size, unpackedSize: result.unpackedSize, entryCount: result.entryCount, files: result.files.map((entry) => entry.path).sort() };
}

function main() {
	if (!process.argv.includes('--no-build')) {
		console.log('building…');
		npm(['run', 'build'], ROOT);
	}
	if (!fs.existsSync(path.join(ROOT, 'dist', 'nodes'))) throw new Error('dist/nodes is missing: the build did not run');
	fs.rmSync(RELEASE_DIR, { recursive: true, force: true });
	fs.mkdirSync(RELEASE_DIR, { recursive: true });
	const packages = [];
	// the pack: the repository's own package.json (the build just ran: no prepack needed)
	packages.push(check(pack(ROOT, ['--ignore-scripts'])));
	for (const service of SERVICES) packages.push(check(pack(stageService(service))));
	fs.rmSync(path.join(RELEASE_DIR, 'check'), { recursive: true, force: true });
	fs.writeFileSync(path.join(RELEASE_DIR, 'packages.json'), `${JSON.stringify(packages, null, 2)}\n`);
	for (const entry of packages) {
		console.log(`${entry.filename.padEnd(34)} ${(entry.size / 1000).toFixed(1).padStart(6)} kB packed  ${String(entry.entryCount).padStart(3)} files`);
	}
	console.log(`${packages.length} tarballs in ${path.relative(process.cwd(), RELEASE_DIR) || '.'}/ (${PACK.name} and one package per service)`);
}

try {
	main();
} catch (error) {
	console.error(`pack:all failed: ${error.stderr ?? ''}${error.message}`);
	process.exit(1);
}
