#!/usr/bin/env node
// `prepack` (npm pack, npm publish): the package is built from the sources, never packed from
// whatever dist/ holds. Refuses with one clear line when the dev dependencies are missing, and
// fails when the build does not produce every file package.json's `n8n` field names.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
if (!existsSync(path.join(ROOT, 'node_modules', 'typescript'))) {
	console.error('prepack: the package is built from the sources and the build needs the dev dependencies: run `npm ci` first, then `npm run pack:all` (all five packages) or `npm pack`.');
	process.exit(1);
}
execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
const manifest = require(path.join(ROOT, 'package.json'));
const missing = [...manifest.n8n.nodes, ...manifest.n8n.credentials].filter((file) => !existsSync(path.join(ROOT, file)));
if (missing.length) {
	console.error(`prepack: the build did not produce ${missing.join(', ')}; not packing an incomplete package.`);
	process.exit(1);
}
