// `npm run pack:all` on a fresh clone: five tarballs in release/, the pack and one package per
// service. Each per-service package holds only its service (node, trigger, credential, icons,
// codex files, the shared code they require), loads alone with nothing but n8n-workflow beside it,
// has the community-node template's README sections, and `npm publish --dry-run` would upload it whole.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT } from './built';
import { recordFigure } from '../helpers/figures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICES, PACK } = require('../../scripts/packages') as {
	SERVICES: Array<{ name: string; folder: string; credential: string; credentialType: string; nodes: string[] }>;
	PACK: { name: string };
};

jest.setTimeout(5 * 60_000);

interface Packed {
	name: string;
	version: string;
	filename: string;
	size: number;
	entryCount: number;
	files: string[];
}

let work: string;
let clone: string;
let packages: Packed[];
let packOutput: string;

beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'qebot-release-test-'));
	clone = path.join(work, 'clone');
	execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
	packOutput = execFileSync('npm', ['run', '-s', 'pack:all'], { cwd: clone, encoding: 'utf8', stdio: 'pipe' });
	packages = JSON.parse(readFileSync(path.join(clone, 'release', 'packages.json'), 'utf8'));
});

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

test('pack:all writes the five tarballs', () => {
	const tarballs = readdirSync(path.join(clone, 'release')).filter((file) => file.endsWith('.tgz')).sort();
	const names = [PACK.name, ...SERVICES.map((service) => service.name)];
	expect(tarballs).toEqual(names.map((name) => `${name}-${packages[0].version}.tgz`).sort());
	expect(packOutput).toContain('5 tarballs in release/');
	recordFigure('release', Object.fromEntries(packages.flatMap((entry) => [[`${entry.name}:bytes`, entry.size], [`${entry.name}:files`, entry.entryCount]])));
});

describe.each(SERVICES.map((service) => [service.name, service]))('%s', (_name, service) => {
	let dir: string;
	let manifest: any;
	beforeAll(() => {
		const entry = packages.find((candidate) => candidate.name === service.name)!;
		dir = path.join(work, service.name);
		mkdirSync(dir);
		execFileSync('tar', ['-xzf', path.join(clone, 'release', entry.filename), '-C', dir, '--strip-components=1']);
		manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
	});

	test('holds only its service, the shared code it requires, README and LICENSE', () => {
		const files = packages.find((candidate) => candidate.name === service.name)!.files;
		for (const file of files) {
			expect([file, /^(LICENSE|README\.md|package\.json)$|^dist\/(credentials|nodes\/shared|nodes\/[^/]+)\//.test(file)]).toEqual([file, true]);
		}
		const folders = new Set(files.filter((file) => file.startsWith('dist/nodes/')).map((file) => file.split('/')[2]));
		expect([...folders].sort()).toEqual([service.folder, 'shared'].sort());
		expect(files.filter((file) => file.startsWith('dist/credentials/'))).toEqual([`dist/credentials/${service.credential}.credentials.js`]);
		for (const node of service.nodes) expect(files).toContain(`dist/nodes/${service.folder}/${node}.node.json`);
		expect(files.filter((file) => file.endsWith('.svg')).length).toBeGreaterThanOrEqual(2);
	});

	test('package.json: no dependencies, peer n8n-workflow only, registered nodes and credential', () => {
		expect(manifest.dependencies).toBeUndefined();
		expect(manifest.scripts).toBeUndefined();
		expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(manifest.keywords).toContain('n8n-community-node-package');
		expect(manifest.n8n.nodes).toEqual(service.nodes.map((node) => `dist/nodes/${service.folder}/${node}.node.js`));
	});

	test('loads alone: every node and the credential, with only n8n-workflow beside it', () => {
		// n8n resolves n8n-workflow (and luxon, zod) from its own node_modules: give the package just those
		const modules = path.join(dir, 'node_modules');
		mkdirSync(modules);
		for (const provided of ['n8n-workflow', 'luxon', 'zod']) symlinkSync(path.join(ROOT, 'node_modules', provided), path.join(modules, provided), 'dir');
		const script = `
			const path = require('path');
			const manifest = require('./package.json');
			const out = { nodes: [], credentials: [] };
			for (const file of manifest.n8n.nodes) {
				const exported = require(path.resolve(file));
				const description = new (Object.values(exported)[0])().description;
				out.nodes.push({ name: description.name, credentials: (description.credentials || []).map((c) => c.name) });
			}
			for (const file of manifest.n8n.credentials) out.credentials.push(new (Object.values(require(path.resolve(file)))[0])().name);
			console.log(JSON.stringify(out));`;
		const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' }));
		expect(loaded.credentials).toEqual([service.credentialType]);
		expect(loaded.nodes).toHaveLength(service.nodes.length);
		for (const node of loaded.nodes) expect(node.credentials).toEqual([service.credentialType]);
		rmSync(modules, { recursive: true });
	});

	test("README: the community-node template's sections and this package's install commands", () => {
		const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
		const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
		expect(sections).toEqual(['Installation', 'Operations', 'Credentials', 'Compatibility', 'Usage', 'Resources', 'Version history']);
		expect(readme).toContain(`npm install ${service.name}-${manifest.version}.tgz`);
		expect(readme).not.toMatch(/\.\.\/shared/);
	});
});

test('npm publish --dry-run of every tarball would upload what pack:all checked', () => {
	const output = execFileSync('npm', ['run', '-s', 'release:check'], { cwd: clone, encoding: 'utf8', stdio: 'pipe' });
	expect(output).toContain('all 5 tarballs would upload complete packages');
});

// n8n's scanner runs on every tarball in CI (`node scripts/scan.mjs --release`, .ci/run): under jest
// its eslint reads the test environment and reports the sources wrongly.
test("the staged packages pass n8n's community-node lint rules", () => {
	expect(existsSync(path.join(clone, 'release', '.stage'))).toBe(true);
	const output = execFileSync('npm', ['run', '-s', 'lint:release'], { cwd: clone, encoding: 'utf8', stdio: 'pipe' });
	expect(output.match(/✅/g)).toHaveLength(4);
});
