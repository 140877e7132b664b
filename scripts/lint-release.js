#!/usr/bin/env node
// n8n's community-node lint rules (the repository's eslint config, @n8n/node-cli's) on the
// package.json of every per-service package `npm run pack:all` staged in release/.stage/: no runtime
// dependencies, peer n8n-workflow only, no lifecycle scripts, files, author, homepage, name, version.
// (The pack's package.json is the repository's own: `npm run lint` covers it, and the sources.)
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const { ROOT, STAGE_DIR, SERVICES } = require('./packages');

let failed = false;
for (const service of SERVICES) {
	const dir = path.join(STAGE_DIR, service.name);
	if (!existsSync(path.join(dir, 'package.json'))) throw new Error(`${dir} is missing: run \`npm run pack:all\` first`);
	try {
		execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--config', path.join(ROOT, 'eslint.config.mjs'), '--max-warnings', '0', 'package.json'], { cwd: dir, stdio: 'inherit' });
		console.log(`✅ ${service.name}: package.json passes n8n's community-node rules`);
	} catch {
		console.log(`❌ ${service.name}: see above`);
		failed = true;
	}
}
process.exit(failed ? 1 : 0);
