// A plain `npm pack` on a fresh clone (what `npm publish` does too): prepack builds, and the tarball holds
// exactly what n8n loads: the built nodes and credentials with the modules they require, the files
// package.json's `n8n` field names, icons, codex files, README and LICENSE. No sources, tests, maps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { manifest, ROOT } from './built';
import { recordFigure } from '../helpers/figures';

jest.setTimeout(5 * 60_000);

interface PackResult {
	filename: string;
	size: number;
	unpackedSize: number;
	files: Array<{ path: string; size: number }>;
}

let work: string;
let clone: string;
let packed: PackResult;

/** Every file under `dir` (relative to `base`). */
function filesUnder(base: string, dir: string): string[] {
	const full = path.join(base, dir);
	return readdirSync(full).flatMap((entry) =>
		statSync(path.join(full, entry)).isDirectory() ? filesUnder(base, path.join(dir, entry)) : [path.join(dir, entry)],
	);
}

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'qebot-pack-test-'));
	clone = path.join(work, 'clone');
	execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
	// dev dependencies of the checkout under test (a fresh `npm ci` would take minutes)
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
	// a plain `npm pack`: prepack builds (the repository's .npmrc no longer turns scripts off)
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
		cwd: clone,
		encoding: 'utf8',
		stdio: 'pipe',
		maxBuffer: 64 * 1024 * 1024,
	});
	// prepack's build logs come first; npm's JSON starts at a line holding only `[`
	packed = (JSON.parse(output.slice(output.search(/^\[$/m))) as PackResult[])[0];
});

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds exactly the built pack, its assets, README and LICENSE', () => {
	const sources = [...filesUnder(clone, 'nodes'), ...filesUnder(clone, 'credentials')];
	const expected = [
		'LICENSE',
		'README.md',
		'package.json',
		...sources.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => path.join('dist', file.replace(/\.ts$/, '.js'))),
		...sources.filter((file) => /\.(svg|png|json)$/.test(file)).map((file) => path.join('dist', file)),
	].sort();
	expect(packed.files.map((file) => file.path).sort()).toEqual(expected);
	recordFigure('pack', { packedBytes: packed.size, unpackedBytes: packed.unpackedSize, files: packed.files.length });
});

test("every file of package.json's n8n field ships, with a codex file per node", () => {
	const shipped = new Set(packed.files.map((file) => file.path));
	for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect([file, shipped.has(file)]).toEqual([file, true]);
	for (const file of manifest.n8n.nodes) {
		const codex = file.replace(/\.js$/, '.json');
		expect([codex, shipped.has(codex)]).toEqual([codex, true]);
	}
	expect(packed.files.filter((file) => /\.(ts|map)$|(^|\/)test\//.test(file.path))).toEqual([]);
});

test('package.json: no main, prepack builds, n8n-workflow is a peer and nothing is a runtime dependency', () => {
	expect(manifest.main).toBeUndefined();
	expect((manifest.scripts as Record<string, string>).prepack).toBe('node scripts/prepack.js');
	expect(manifest.dependencies).toBeUndefined();
	expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	// a plain `npm install <tarball>` must not pull a second n8n-workflow (see the README's tarball route)
	expect(manifest.peerDependenciesMeta).toEqual({ 'n8n-workflow': { optional: true } });
});

test('without the dev dependencies, `npm pack` refuses with one clear line and writes no tarball', () => {
	const bare = path.join(work, 'bare');
	execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, bare]);
	let failure: { status?: number; stderr?: string } = {};
	try {
		execFileSync('npm', ['pack', '--pack-destination', bare], { cwd: bare, encoding: 'utf8', stdio: 'pipe' });
	} catch (error) {
		failure = error as typeof failure;
	}
	expect(failure.status).not.toBe(0);
	expect(failure.stderr).toContain('run `npm ci` first');
	expect(readdirSync(bare).filter((file) => file.endsWith('.tgz'))).toEqual([]);
});
