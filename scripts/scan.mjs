#!/usr/bin/env node
// n8n's pre-verification scan (@n8n/scan-community-package) on this pack before it is published.
// Its CLI only scans a version already on the registry (it fetches the tarball and the source its
// provenance names), so this calls the same analysis on the two things that scan would read:
//   - the source: package.json, nodes/ and credentials/ (`SOURCE_FILE_PATTERNS`, what the scan
//     reads from the provenance-attested commit);
//   - the tarball that `npm publish` would upload: its compiled .js and package.json.
// Usage: node scripts/scan.mjs [path/to/package.tgz …]   (without a tarball it packs one)
//        node scripts/scan.mjs --release                (every tarball of release/, after npm run pack:all)
// Exits 1 on any finding.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'scan');
rmSync(WORK, { recursive: true, force: true });
mkdirSync(path.join(WORK, 'tmp'), { recursive: true });
// the scanner makes a temp folder when loaded: keep it in ours
process.env.TMPDIR = path.join(WORK, 'tmp');
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import('@n8n/scan-community-package/scanner/scanner.mjs');

const RELEASE = path.join(ROOT, 'release');
let tarballs = process.argv.slice(2).filter((arg) => !arg.startsWith('--')).map((file) => path.resolve(file));
if (process.argv.includes('--release')) {
	tarballs = readdirSync(RELEASE).filter((file) => file.endsWith('.tgz')).map((file) => path.join(RELEASE, file));
	if (!tarballs.length) throw new Error('release/ has no tarballs: run `npm run pack:all` first');
}
if (!tarballs.length) {
	console.log('packing (prepack builds)…');
	execFileSync('npm', ['pack', '--pack-destination', WORK], { cwd: ROOT, stdio: "pipe" });
	tarballs = [path.join(WORK, readdirSync(WORK).find((file) => file.endsWith('.tgz')))];
}

const legs = [{ name: `source (${SOURCE_FILE_PATTERNS.join(', ')})`, result: await analyzePackage(ROOT, SOURCE_FILE_PATTERNS) }];
for (const tarball of tarballs) {
	const packageDir = path.join(WORK, path.basename(tarball, '.tgz'));
	mkdirSync(packageDir);
	execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	legs.push({ name: `tarball ${path.basename(tarball)} (**/*.js, package.json)`, result: await analyzePackage(packageDir, ['**/*.js', 'package.json']) });
}
let failed = false;
for (const { name, result } of legs) {
	console.log(`${result.passed ? '✅' : '❌'} ${name}: ${result.passed ? 'no findings' : result.message}`);
	if (result.details) console.log(result.details);
	failed ||= !result.passed;
}
rmSync(path.join(WORK, 'tmp'), { recursive: true, force: true });
process.exit(failed ? 1 : 0);
