// A real n8n for end-to-end runs and the demo: installed once into a cache folder outside the
// repo (versions pinned here), with this pack installed the way users install it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The n8n this pack is tested against, and the Node.js it needs (2.x requires Node 24).
 * N8N_E2E_VERSION=1.123.81 runs the same suite on n8n 1.x, which runs on this machine's Node 20.
 */
export const N8N_VERSION = process.env.N8N_E2E_VERSION ?? '2.40.7';
export const NODE_VERSION = '24.9.0';
/** n8n 1.x: the machine's own Node, and a replacement for an xlsx tarball the registry lacks. */
export const LEGACY_N8N = N8N_VERSION.startsWith('1.');
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CACHE_DIR = process.env.N8N_E2E_CACHE ?? path.join(homedir(), '.cache', 'n8n-nodes-qebot-pack');
const INSTALL_DIR = path.join(CACHE_DIR, LEGACY_N8N ? `n8n-${N8N_VERSION}` : `n8n-${N8N_VERSION}-node-${NODE_VERSION}`);

export interface N8nInstall {
	node: string;
	n8n: string;
	binDir: string;
}

function log(message: string) {
	process.stderr.write(`[n8n install] ${message}\n`);
}

function minutesAndSeconds(ms: number) {
	const seconds = Math.round(ms / 1000);
	return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** Megabytes in `dir` (du), or undefined while it cannot be read. */
function megabytes(dir: string): Promise<number | undefined> {
	return new Promise((resolve) => {
		execFile('du', ['-sm', dir], (error, stdout) => resolve(error && !stdout ? undefined : Number(String(stdout).split('\t')[0])));
	});
}

/** npm's cache folder (where the first install's downloads land before anything is unpacked). */
function npmCacheDir(): string {
	return process.env.npm_config_cache ?? path.join(homedir(), '.npm');
}

/**
 * Runs a long install step and shows that it progresses: at once, then every 5 s for the first
 * minute and every 15 s after, how long it has run, how much npm has downloaded into its cache
 * since the step began, and how much the install folder holds (npm unpacks only after most
 * downloads finished, so the folder alone stays near 0 GB for minutes).
 */
async function withProgress<T>(step: string, dir: string, work: () => Promise<T>): Promise<T> {
	const started = Date.now();
	const cacheDir = npmCacheDir();
	const cacheAtStart = (await megabytes(cacheDir)) ?? 0;
	let timer: NodeJS.Timeout | undefined;
	let stopped = false;
	const report = async () => {
		const [cache, folder] = await Promise.all([megabytes(cacheDir), megabytes(dir)]);
		if (stopped) return;
		const downloaded = cache === undefined ? '' : `, ${Math.max(0, cache - cacheAtStart)} MB downloaded`;
		const unpacked = folder === undefined ? '' : `, ${(folder / 1024).toFixed(2)} GB in the install folder`;
		log(`… ${step}: ${minutesAndSeconds(Date.now() - started)}${downloaded}${unpacked}`);
		timer = setTimeout(() => void report(), Date.now() - started < 60_000 ? 5_000 : 15_000);
	};
	log(`… ${step}: started`);
	timer = setTimeout(() => void report(), 1_000);
	try {
		const result = await work();
		log(`${step}: done in ${minutesAndSeconds(Date.now() - started)}`);
		return result;
	} finally {
		stopped = true;
		clearTimeout(timer);
	}
}

async function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
	return await run('npm', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
}

/** Installs n8n and Node 24 into the cache folder unless they are there already. */
export async function ensureN8n(): Promise<N8nInstall> {
	// the platform package of the `node` npm package: a Node 24 binary plus its headers
	const nodePackage = `node-${process.platform}-${process.arch}`;
	const binDir = LEGACY_N8N ? path.dirname(process.execPath) : path.join(INSTALL_DIR, 'node_modules', nodePackage, 'bin');
	const install: N8nInstall = {
		binDir,
		node: LEGACY_N8N ? process.execPath : path.join(binDir, 'node'),
		n8n: path.join(INSTALL_DIR, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
	const ready = path.join(INSTALL_DIR, '.ready');
	if (existsSync(ready)) return install;
	log(`first start: installing n8n ${N8N_VERSION} (Node ${LEGACY_N8N ? process.version : NODE_VERSION}) into ${INSTALL_DIR}, once.`);
	log('This takes 5–15 minutes, 3 GB here plus npm\'s cache of the downloads: 1) download n8n and');
	log('its dependencies from npm (~5 min), 2) build sqlite3, n8n\'s database driver, for that Node (compiles');
	log('C++ when no prebuilt binary can be downloaded: 2–9 min on 2 cores, needs python3, make and a C++ compiler).');
	mkdirSync(INSTALL_DIR, { recursive: true });
	const manifest = { name: 'n8n-e2e', private: true, ...(LEGACY_N8N ? { overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' } } : {}) };
	writeFileSync(path.join(INSTALL_DIR, 'package.json'), JSON.stringify(manifest));
	const packages = LEGACY_N8N ? [`n8n@${N8N_VERSION}`] : [`${nodePackage}@${NODE_VERSION}`, `n8n@${N8N_VERSION}`];
	// install scripts off: several of n8n's optional native modules cannot build here
	await withProgress(`1/2 downloading ${packages.join(' ')}`, INSTALL_DIR, () =>
		npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', ...packages], INSTALL_DIR),
	);
	// sqlite3 is n8n's database driver: build it for the Node that runs n8n (2.x: the node package's headers)
	await withProgress('2/2 building sqlite3', INSTALL_DIR, () =>
		npm(['rebuild', 'sqlite3', '--foreground-scripts'], INSTALL_DIR, {
			...process.env,
			PATH: `${binDir}:${process.env.PATH}`,
			...(LEGACY_N8N ? {} : { npm_config_nodedir: path.join(INSTALL_DIR, 'node_modules', nodePackage) }),
			npm_config_ignore_scripts: 'false',
		}),
	);
	writeFileSync(ready, new Date().toISOString());
	return install;
}

/** Temp folders of this test process, removed when it exits (an n8n user folder is ~50 MB). */
const scratchDirs: string[] = [];
process.once('exit', () => {
	for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temp folder, removed when the test process exits. */
export function scratchDir(prefix: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	scratchDirs.push(dir);
	return dir;
}

/**
 * Builds the pack and packs it like `npm publish` would, into `outDir` (default: a new temp folder).
 * Returns the tarball path.
 */
export async function packThePack(outDir = scratchDir('qebot-pack-')): Promise<string> {
	await npm(['run', 'build'], REPO_ROOT);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	// built just above: no second build by prepack
	await npm(['pack', '--ignore-scripts', '--pack-destination', outDir], REPO_ROOT);
	const tarball = readdirSync(outDir).find((file) => file.endsWith('.tgz'));
	if (!tarball) throw new Error('npm pack produced no tarball');
	return path.join(outDir, tarball);
}

/**
 * An n8n user folder (default: a fresh temp folder) with the pack installed as a community package:
 * `<userFolder>/.n8n/nodes/node_modules/n8n-nodes-qebot-pack` (what Settings → Community Nodes does).
 * An existing folder keeps its data; the pack in it is replaced by the tarball's.
 */
export async function userFolderWithPack(tarball: string, userFolder = scratchDir('n8n-user-')): Promise<string> {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	if (!existsSync(path.join(nodesDir, 'package.json'))) {
		writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }));
	}
	// peers (n8n-workflow) come from n8n itself, as for any community package
	await npm(['install', tarball, '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund'], nodesDir);
	return userFolder;
}

export interface N8nEnvironment {
	userFolder: string;
	port?: number;
	brokerPort?: number;
	extra?: NodeJS.ProcessEnv;
}

export function n8nEnv(install: N8nInstall, environment: N8nEnvironment): NodeJS.ProcessEnv {
	const port = environment.port ?? 5678;
	return {
		PATH: `${install.binDir}:${process.env.PATH}`,
		HOME: process.env.HOME,
		N8N_USER_FOLDER: environment.userFolder,
		N8N_ENCRYPTION_KEY: 'qebot-pack-e2e-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_RUNNERS_BROKER_PORT: String(environment.brokerPort ?? port + 1000),
		N8N_BINARY_DATA_STORAGE_PATH: path.join(environment.userFolder, 'binary-data'),
		// `n8n execute --rawOutput` prints its result through the logger at info level
		N8N_LOG_LEVEL: 'info',
		GENERIC_TIMEZONE: 'UTC',
		...(LEGACY_N8N ? { N8N_EXPRESSION_ENGINE: 'legacy' } : {}),
		...environment.extra,
	};
}

/** Runs an n8n CLI command to completion; returns stdout. */
export async function n8nCli(install: N8nInstall, env: NodeJS.ProcessEnv, args: string[], timeoutMs = 180_000) {
	try {
		const { stdout } = await run(install.node, [install.n8n, ...args], { env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
		return stdout;
	} catch (error) {
		const failed = error as Error & { stdout?: string; stderr?: string };
		// keep what n8n said: the caller may still parse a failed run's output
		failed.message = `n8n ${args[0]} failed: ${failed.message}\n${(failed.stderr ?? '').slice(-2000)}`;
		throw failed;
	}
}

/** `n8n execute --rawOutput` prints logs first: the JSON starts at the first line starting with `{`. */
export function parseRawOutput(stdout: string): any {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line.startsWith('{'));
	if (start < 0) throw new Error(`n8n printed no JSON:\n${stdout.slice(0, 2000)}`);
	// a failed run logs more after its JSON: the document ends at a closing brace in column 0
	for (let end = start; end < lines.length; end++) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			// a nested value's brace; keep looking
		}
	}
	throw new Error(`n8n printed no complete JSON:\n${stdout.slice(0, 2000)}`);
}

/** The bytes of a binary entry of a run: inline base64, or a file of n8n's filesystem mode. */
export function binaryBytes(env: NodeJS.ProcessEnv, entry: { data?: string; id?: string }): Buffer {
	const match = /^filesystem(?:-v2)?:(.+)$/.exec(entry.id ?? '');
	if (match) return readFileSync(path.join(String(env.N8N_BINARY_DATA_STORAGE_PATH), match[1]));
	return Buffer.from(entry.data ?? '', 'base64');
}

/** Starts `n8n start` and waits until its REST API answers (it serves a "starting up" page before). */
export async function startN8n(install: N8nInstall, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ChildProcess> {
	const child = spawn(install.node, [install.n8n, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout?.on('data', (chunk) => (output += String(chunk)));
	child.stderr?.on('data', (chunk) => (output += String(chunk)));
	const url = `http://127.0.0.1:${env.N8N_PORT}/rest/settings`;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited early:\n${output.slice(-3000)}`);
		try {
			const response = await fetch(url);
			if (response.ok && String(response.headers.get('content-type')).includes('json')) return child;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	child.kill('SIGTERM');
	throw new Error(`n8n did not answer on ${url} within ${timeoutMs} ms:\n${output.slice(-3000)}`);
}

/** Stops a child process: SIGTERM, then SIGKILL after `timeoutMs`; resolves once it is gone. */
export async function stopProcess(child: ChildProcess | undefined, timeoutMs = 15_000) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	await new Promise<void>((resolve) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			resolve();
		}, timeoutMs);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

export async function stopN8n(child: ChildProcess | undefined) {
	await stopProcess(child);
}

/** `n8n execute --id --rawOutput` of an imported workflow; a failed run still prints its run data. */
export async function executeWorkflow(install: N8nInstall, env: NodeJS.ProcessEnv, id: string): Promise<any> {
	try {
		return parseRawOutput(await n8nCli(install, env, ['execute', `--id=${id}`, '--rawOutput']));
	} catch (error) {
		const stdout = (error as { stdout?: string }).stdout ?? '';
		if (stdout.includes('{')) return parseRawOutput(stdout);
		throw error;
	}
}

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

/** The example workflows (parsed), by file name. */
export function exampleWorkflows(): Array<{ file: string; workflow: any }> {
	return readdirSync(EXAMPLES_DIR)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) }));
}

/** The credentials the example workflows refer to: credential type → { id, name }. */
export function exampleCredentialReferences(): Map<string, { id: string; name: string }> {
	const found = new Map<string, { id: string; name: string }>();
	for (const { workflow } of exampleWorkflows()) {
		for (const node of workflow.nodes ?? []) {
			for (const [type, reference] of Object.entries(node.credentials ?? {})) found.set(type, reference as { id: string; name: string });
		}
	}
	return found;
}
