// Installed the way users install (npm run test:e2e; test:e2e:n8n1:installer for n8n 1.x): the
// five tarballs of `npm run pack:all` published to a registry of this test, which n8n's own
// installer reads as n8n's default registry (its address read from n8n's config; see netns.ts and
// registry.ts: nothing leaves the machine). Through n8n's REST API — what Settings → Community
// Nodes sends — it installs the pack and each per-service package, runs a saved workflow with the
// installed nodes, updates to a newer version from the same registry (the saved workflow still
// runs), and uninstalls (node types gone, folder removed). Then: the pack and a per-service
// package installed together; the README's tarball route, with the exact commands it prints; and
// on 2.x env-managed packages loaded by a main process and a queue-mode worker.
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { startAll } from '../sandbox/cli';
import { recordFigure } from '../helpers/figures';
import type { AnySandbox } from './cases';
import { ensureN8n, LEGACY_N8N, N8N_VERSION, n8nEnv, parseRawOutput, REPO_ROOT, scratchDir, stopProcess, type N8nInstall } from './n8n';
import { NetworkNamespace } from './netns';
import { defaultRegistryOf, LoopbackRegistry, makeCertificates } from './registry';
import { itemsOf, manualWorkflow, webhookWorkflow, type StepNode } from './workflows';

jest.setTimeout(20 * 60_000);

const run = promisify(execFile);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICES, PACK } = require('../../scripts/packages') as {
	SERVICES: Array<{ name: string; credentialType: string; folder: string }>;
	PACK: { name: string };
};

const N8N_PORT = 5678;
const REDIS_PORT = 6379;
const OWNER = { email: 'installer@example.com', password: 'Installer-Passw0rd', firstName: 'Installer', lastName: 'Test' };

/** One read per service, run by a saved webhook workflow after each install and update. */
const READS: Record<string, { node: string; parameters: Record<string, unknown>; check: (items: any[]) => void }> = {
	qebotApi: { node: 'qebot', parameters: { resource: 'lead', operation: 'getAll', returnAll: false, limit: 2, leadSimplify: true }, check: (items) => expect(items).toHaveLength(2) },
	qBenchApi: { node: 'qBench', parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 2 }, check: (items) => expect(items.map((item) => item.id)).toEqual([1, 2]) },
	crmRpcApi: { node: 'crmRpc', parameters: { resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: false, limit: 2 }, check: (items) => expect(items).toHaveLength(2) },
	qbdConnectApi: { node: 'qbdConnect', parameters: { resource: 'customer', operation: 'getByGatewayId', gatewayCustomerId: 'cus_Acme001' }, check: (items) => expect(items.length).toBeGreaterThan(0) },
};

const supportProblem = NetworkNamespace.supported();
let install: N8nInstall;
let work: string;
let ns: NetworkNamespace;
let registry: LoopbackRegistry;
let npmrc: string;
let caFile: string;
let n8n: ChildProcess | undefined;
let n8nLog = '';
let userFolder: string;
let cookie = '';
const credentialIds = new Map<string, string>();
const sandboxes = new Map<string, AnySandbox>();
const unixServers: net.Server[] = [];
let release: Array<{ name: string; version: string; filename: string }> = [];
const timings: Record<string, number> = {};

const socket = (name: string) => path.join(work, 'sockets', `${name}.sock`);

/** An HTTP request to n8n in the namespace, through the bridge's unix socket. */
function n8nRequest(method: string, urlPath: string, body?: unknown, timeoutMs = 300_000): Promise<{ status: number; body: any; text: string }> {
	return new Promise((resolve, reject) => {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const request = http.request(
			{
				socketPath: socket('n8n'),
				path: urlPath,
				method,
				timeout: timeoutMs,
				headers: {
					host: `127.0.0.1:${N8N_PORT}`,
					'browser-id': 'installer-e2e',
					...(cookie ? { cookie } : {}),
					...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
				},
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					const setCookie = response.headers['set-cookie']?.find((value) => value.startsWith('n8n-auth='));
					if (setCookie) cookie = setCookie.split(';')[0];
					let parsed: any;
					try {
						parsed = JSON.parse(text);
					} catch {
						parsed = undefined;
					}
					resolve({ status: response.statusCode ?? 0, body: parsed, text });
				});
			},
		);
		request.on('timeout', () => request.destroy(new Error(`${method} ${urlPath}: no answer in ${timeoutMs} ms`)));
		request.on('error', reject);
		if (payload) request.write(payload);
		request.end();
	});
}

async function rest(method: string, urlPath: string, body?: unknown) {
	const response = await n8nRequest(method, `/rest${urlPath}`, body);
	if (response.status >= 400) throw new Error(`${method} /rest${urlPath} answered ${response.status}: ${response.text.slice(0, 1000)}`);
	return response.body?.data ?? response.body;
}

/** A unix socket of this process that forwards to 127.0.0.1:port (a sandbox API) on the host. */
async function forwardUnixToHost(name: string, port: number) {
	const server = net.createServer((client) => {
		const upstream = net.connect(port, '127.0.0.1');
		client.pipe(upstream).pipe(client);
		client.on('error', () => upstream.destroy());
		upstream.on('error', () => client.destroy());
	});
	await new Promise<void>((resolve) => server.listen(socket(name), resolve));
	unixServers.push(server);
}

async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, logTail = () => '') {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await Promise.resolve().then(check).catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${what}: not within ${timeoutMs} ms\n${logTail().slice(-3000)}`);
}

/** `npm publish` to the test registry (async: the registry answers from this very process). */
async function npmPublish(tarball: string) {
	const port = new URL(registry.publishUrl).port;
	await run('npm', ['publish', tarball, `--registry=${registry.publishUrl}`, `--//127.0.0.1:${port}/:_authToken=e2e`, '--access=public', '--provenance=false', `--userconfig=${path.join(work, 'publish.npmrc')}`], {
		cwd: work,
		timeout: 120_000,
	});
}

/** The release tarball of `name` with another version (what the next release would be). */
function bumped(name: string, version: string): string {
	const entry = release.find((candidate) => candidate.name === name)!;
	const dir = path.join(work, 'bumped', `${name}-${version}`);
	mkdirSync(dir, { recursive: true });
	execFileSync('tar', ['-xzf', path.join(REPO_ROOT, 'release', entry.filename), '-C', dir, '--strip-components=1']);
	const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
	writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, version }, null, 2));
	const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', path.dirname(dir)], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
	return path.join(path.dirname(dir), JSON.parse(output.slice(output.indexOf('[')))[0].filename);
}

function envFor(extra: NodeJS.ProcessEnv = {}) {
	return n8nEnv(install, {
		userFolder,
		port: N8N_PORT,
		extra: {
			// n8n's own requests to the registry (version and integrity checks) trust the test CA;
			// npm reads the npmrc mounted over its config files (and this, where the env reaches it)
			NODE_EXTRA_CA_CERTS: caFile,
			npm_config_userconfig: npmrc,
			N8N_LOG_LEVEL: 'debug',
			...extra,
		},
	});
}

async function startN8nInside(extra: NodeJS.ProcessEnv = {}, command = 'start') {
	let log = '';
	let exited = false;
	const child = ns.spawnInside(install.node, [install.n8n, command], { env: envFor(extra) });
	child.stdout?.on('data', (chunk) => (log += String(chunk)));
	child.stderr?.on('data', (chunk) => (log += String(chunk)));
	if (command === 'start') {
		await waitUntil(
			`n8n ${N8N_VERSION} to answer in the namespace`,
			async () => {
				if (child.exitCode !== null || child.signalCode !== null) {
					exited = true;
					return true;
				}
				const response = await n8nRequest('GET', '/rest/settings', undefined, 5_000);
				return response.status === 200 && response.body !== undefined;
			},
			180_000,
			() => log,
		);
		if (exited) throw new Error(`n8n ${command} exited before answering:\n${log.slice(-3000)}`);
	}
	return { child, log: () => log };
}

const stopChild = async (child: ChildProcess | undefined) => await stopProcess(child, 20_000);

async function loginOrSetup() {
	cookie = '';
	const setup = await n8nRequest('POST', '/rest/owner/setup', OWNER);
	if (setup.status >= 400) await rest('POST', '/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
}

/** One credential per type, made once its type is installed (it stays when the package goes). */
async function ensureCredentials(types: string[]) {
	for (const type of types) {
		const sandbox = sandboxes.get(type)!;
		if (credentialIds.has(type)) continue;
		const created = await rest('POST', '/credentials', { name: `${type} sandbox`, type, data: sandbox.demoCredentials() });
		credentialIds.set(type, created.id);
	}
}

/** Creates and activates a webhook workflow: Webhook → the read of `credentialType` with `packageName`'s node. */
async function savedWorkflow(packageName: string, credentialType: string, suffix = '') {
	const read = READS[credentialType];
	const hookPath = `${packageName}-${read.node}${suffix}`.toLowerCase();
	const step: StepNode = { name: 'Read', type: `${packageName}.${read.node}`, parameters: read.parameters, credentials: { [credentialType]: credentialIds.get(credentialType)! } };
	const document = webhookWorkflow(`x`, `${packageName} ${read.node}`, hookPath, [step]) as any;
	delete document.id;
	document.nodes[0].webhookId = `${hookPath}-hook`;
	const created = await rest('POST', '/workflows', document);
	const activate = await n8nRequest('POST', `/rest/workflows/${created.id}/activate`, { versionId: created.versionId });
	if (activate.status === 404) await rest('PATCH', `/workflows/${created.id}`, { active: true, versionId: created.versionId });
	else if (activate.status >= 400) throw new Error(`activating ${hookPath}: ${activate.status} ${activate.text.slice(0, 500)}`);
	return { id: created.id as string, hookPath, credentialType };
}

/** Calls a saved workflow's webhook; returns the items its last node output. */
async function runSaved(workflow: { hookPath: string; credentialType: string }) {
	// 2.x publishes an activation through an outbox: the webhook is registered a moment later
	let response = await n8nRequest('POST', `/webhook/${workflow.hookPath}`, {});
	for (let tries = 0; response.status === 404 && tries < 60; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 500));
		response = await n8nRequest('POST', `/webhook/${workflow.hookPath}`, {});
	}
	if (response.status !== 200) throw new Error(`webhook ${workflow.hookPath}: ${response.status} ${response.text.slice(0, 1000)}\n${n8nLog.slice(-2000)}`);
	const items = Array.isArray(response.body) ? response.body : [response.body];
	READS[workflow.credentialType].check(items);
	return items;
}

/** The node types n8n knows among `types` (it answers "Unrecognized node type", 400 on 2.x and 500 on 1.x, for one it does not). */
async function nodeTypesKnown(types: string[]): Promise<string[]> {
	const known: string[] = [];
	for (const name of types) {
		const response = await n8nRequest('POST', '/rest/node-types', { nodeInfos: [{ name, version: 1 }] });
		if (response.status === 200 && (response.body?.data ?? []).length) known.push(name);
		else if (!response.text.includes('Unrecognized node type') && response.status !== 200) {
			throw new Error(`POST /rest/node-types ${name}: ${response.status} ${response.text.slice(0, 300)}`);
		}
	}
	return known;
}

const packageFolder = (name: string) => path.join(userFolder, '.n8n', 'nodes', 'node_modules', name);

function credentialTypesOf(name: string): string[] {
	return name === PACK.name ? Object.keys(READS) : [SERVICES.find((service) => service.name === name)!.credentialType];
}

beforeAll(async () => {
	if (supportProblem) throw new Error(`the installer test ${supportProblem}`);
	// the five tarballs of `npm run pack:all` (CI packs them just before; packed here when missing)
	const list = path.join(REPO_ROOT, 'release', 'packages.json');
	if (!existsSync(list)) await run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'pack-all.js')], { cwd: REPO_ROOT, timeout: 600_000 });
	release = JSON.parse(readFileSync(list, 'utf8'));
	install = await ensureN8n();
	work = scratchDir('qebot-installer-');
	mkdirSync(path.join(work, 'sockets'));
	writeFileSync(path.join(work, 'publish.npmrc'), '');
	const registryUrl = defaultRegistryOf(install.n8n);
	const host = new URL(registryUrl).hostname;
	const certificates = makeCertificates(work, host);
	caFile = certificates.ca;
	npmrc = path.join(work, 'npmrc');
	// npm inside the namespace: the test CA, a private cache, n8n's default registry (as n8n passes it)
	writeFileSync(npmrc, [`registry=${registryUrl}/`, `cafile=${caFile}`, `cache=${path.join(work, 'npm-cache')}`, 'audit=false', 'fund=false', 'update-notifier=false', ''].join('\n'));
	const globalConfigs = [...new Set([process.execPath, install.node].map((node) => path.join(path.dirname(path.dirname(node)), 'etc', 'npmrc')))];
	ns = new NetworkNamespace(`qebot-e2e-${process.pid}`, [[npmrc, path.join(homedir(), '.npmrc')], ...globalConfigs.map((file): [string, string] => [npmrc, file])]);
	ns.create([host]);

	registry = new LoopbackRegistry(registryUrl);
	await registry.listenForPublishing();
	await registry.listenTls(socket('registry'), certificates);
	for (const { credentialType, sandbox } of await startAll(0)) sandboxes.set(credentialType, sandbox as AnySandbox);
	const mappings = ['tcp:443=unix:' + socket('registry'), `unix:${socket('n8n')}=tcp:${N8N_PORT}`];
	for (const sandbox of sandboxes.values()) {
		const port = Number(new URL(sandbox.url).port);
		await forwardUnixToHost(`sandbox-${port}`, port);
		mappings.push(`tcp:${port}=unix:${socket(`sandbox-${port}`)}`);
	}
	await ns.startBridge(mappings);
	for (const entry of release) await npmPublish(path.join(REPO_ROOT, 'release', entry.filename));

	userFolder = path.join(work, 'n8n');
	const started = await startN8nInside();
	n8n = started.child;
	n8nLog = '';
	n8n.stdout?.on('data', (chunk) => (n8nLog += String(chunk)));
	n8n.stderr?.on('data', (chunk) => (n8nLog += String(chunk)));
	await loginOrSetup();
}, 30 * 60_000);

afterAll(async () => {
	await stopChild(n8n);
	await ns?.stopAll();
	ns?.remove();
	await registry?.close();
	for (const server of unixServers) server.close();
	await Promise.all([...sandboxes.values()].map((sandbox) => sandbox.stop()));
	if (Object.keys(timings).length) recordFigure(`installer-${N8N_VERSION}`, timings);
});

describe(`n8n ${N8N_VERSION}'s installer (Settings → Community Nodes)`, () => {
	test('n8n reads its default registry from this test (registry address from n8n’s own config)', async () => {
		const before = registry.log.length;
		const response = await n8nRequest('GET', '/rest/community-packages');
		expect(response.status).toBe(200);
		expect(registry.versions(PACK.name)).toEqual([release[0].version]);
		expect(registry.log.length).toBeGreaterThanOrEqual(before);
	});

	const names = [PACK.name, ...SERVICES.map((service) => service.name)];
	test.each(names.map((name) => [name]))('%s: install, run, update, run the saved workflow, uninstall', async (name) => {
		const version = release.find((entry) => entry.name === name)!.version;
		const next = version.replace(/(\d+)$/, (patch) => String(Number(patch) + 1));
		const key = name.replace(/^n8n-nodes-/, '');

		let started = Date.now();
		const installed = await rest('POST', '/community-packages', { name });
		timings[`${key}.installMs`] = Date.now() - started;
		expect(installed.installedVersion).toBe(version);
		const types = (installed.installedNodes as Array<{ type: string }>).map((node) => node.type).sort();
		expect(types.every((type) => type.startsWith(`${name}.`))).toBe(true);
		expect(await nodeTypesKnown(types)).toEqual(types);
		expect(existsSync(path.join(packageFolder(name), 'package.json'))).toBe(true);
		// n8n strips peer dependencies: no second n8n-workflow beside the package
		expect(existsSync(path.join(packageFolder(name), 'node_modules', 'n8n-workflow'))).toBe(false);

		await ensureCredentials(credentialTypesOf(name));
		const workflows = [];
		for (const credentialType of credentialTypesOf(name)) workflows.push(await savedWorkflow(name, credentialType));
		for (const workflow of workflows) await runSaved(workflow);

		await npmPublish(bumped(name, next));
		started = Date.now();
		const updated = await rest('PATCH', '/community-packages', { name });
		timings[`${key}.updateMs`] = Date.now() - started;
		expect(updated.installedVersion).toBe(next);
		expect(JSON.parse(readFileSync(path.join(packageFolder(name), 'package.json'), 'utf8')).version).toBe(next);
		for (const workflow of workflows) await runSaved(workflow);

		// the saved workflows stay (as in a user's n8n); uninstalling takes their node types away
		started = Date.now();
		await rest('DELETE', `/community-packages?name=${encodeURIComponent(name)}`);
		timings[`${key}.uninstallMs`] = Date.now() - started;
		expect(await nodeTypesKnown(types)).toEqual([]);
		expect(existsSync(packageFolder(name))).toBe(false);
		expect((await rest('GET', '/community-packages')).map((entry: { packageName: string }) => entry.packageName)).not.toContain(name);
	});
});

/** What n8n answered when a second package brought node and credential types already installed. */
const together: Record<string, unknown> = {};

describe('the pack and a per-service package installed together', () => {
	test.each([
		[PACK.name, 'n8n-nodes-qebot'],
		['n8n-nodes-qebot', PACK.name],
	])('%s installed, then %s: n8n refuses the second with a message and the first keeps working', async (first, second) => {
		await rest('POST', '/community-packages', { name: first });
		await ensureCredentials(['qebotApi']);
		const workflow = await savedWorkflow(first, 'qebotApi', '-together');
		await runSaved(workflow);
		const refused = await n8nRequest('POST', '/rest/community-packages', { name: second });
		together[`${first} then ${second}`] = { status: refused.status, message: refused.body?.message };
		expect(refused.status).toBeGreaterThanOrEqual(400);
		// 2.x: `Error loading package "<second>" :Failed to save installed package`; 1.x: `There is already an entry with this name`
		expect(refused.body?.message).toMatch(LEGACY_N8N ? /^There is already an entry with this name$/ : new RegExp(`^Error loading package "${second}" :Failed to save installed package`));
		// the first one still runs its saved workflow; the refused one is not installed for n8n
		expect((await rest('GET', '/community-packages')).map((entry: { packageName: string }) => entry.packageName)).toEqual([first]);
		await runSaved(workflow);
		const leftover = existsSync(packageFolder(second));
		together[`${first} then ${second}`] = { ...(together[`${first} then ${second}`] as object), folderLeftBehind: leftover };
		if (!LEGACY_N8N) {
			// 2.x restores the nodes folder: nothing of the refused package stays
			expect(leftover).toBe(false);
			expect(await nodeTypesKnown([`${second}.qebot`])).toEqual([]);
			return;
		}
		// 1.x leaves the refused package's files in ~/.n8n/nodes (not in its database): the README's
		// command removes them, and after a restart n8n runs as before
		expect(leftover).toBe(true);
		const command = `cd ~/.n8n/nodes && npm uninstall ${second}`;
		expect(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toContain('cd ~/.n8n/nodes && npm uninstall <the refused package>');
		const removed = await runInside('bash', ['-euc', command], { PATH: `${install.binDir}:${process.env.PATH}`, HOME: userFolder, npm_config_userconfig: npmrc }, userFolder);
		expect([removed.code, removed.stderr.slice(-1000)]).toEqual([0, expect.any(String)]);
		expect(existsSync(packageFolder(second))).toBe(false);
		await stopChild(n8n);
		n8n = (await startN8nInside()).child;
		await loginOrSetup();
		expect((await rest('GET', '/community-packages')).map((entry: { packageName: string }) => entry.packageName)).toEqual([first]);
		await runSaved(workflow);
	});

	afterEach(async () => {
		// leave no package installed for what follows, whatever failed
		for (const entry of await rest('GET', '/community-packages')) await rest('DELETE', `/community-packages?name=${encodeURIComponent(entry.packageName)}`);
	});

	afterAll(() => {
		writeFileSync(path.join(REPO_ROOT, '.cache', `installed-together-${N8N_VERSION}.json`), JSON.stringify(together, null, 2));
	});
});

/** The bash block of a README that installs a release tarball into ~/.n8n/nodes. */
function tarballRoute(readme: string): string {
	const match = /```bash\n(mkdir -p ~\/\.n8n\/nodes[^`]*?)```/.exec(readFileSync(readme, 'utf8'));
	if (!match) throw new Error(`${readme} has no tarball route (a bash block starting with mkdir -p ~/.n8n/nodes)`);
	return match[1];
}

async function runInside(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs = 300_000) {
	const child = ns.spawnInside(command, args, { env, cwd });
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk) => (stdout += String(chunk)));
	child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
	child.stdin?.end();
	const code = await new Promise<number | null>((resolve) => {
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.once('exit', (exitCode) => {
			clearTimeout(timer);
			resolve(exitCode);
		});
	});
	return { code, stdout, stderr };
}

describe("the README's tarball route, with the commands it prints (no registry: inside the namespace, offline)", () => {
	const routes = [
		{ name: PACK.name, readme: path.join(REPO_ROOT, 'README.md') },
		{ name: 'n8n-nodes-qbench', readme: path.join(REPO_ROOT, 'release', '.stage', 'n8n-nodes-qbench', 'README.md') },
	];
	test.each(routes.map((route) => [route.name, route]))('%s: installs without a second n8n-workflow and runs in n8n', async (name, route) => {
		const home = path.join(work, `home-${name}`);
		mkdirSync(home, { recursive: true });
		const commands = tarballRoute(route.readme);
		const env = { PATH: `${install.binDir}:${process.env.PATH}`, HOME: home, npm_config_userconfig: npmrc };
		const result = await runInside('bash', ['-euc', commands], env, path.join(REPO_ROOT, 'release'));
		expect([result.code, result.stderr.slice(-2000)]).toEqual([0, expect.any(String)]);
		const nodesDir = path.join(home, '.n8n', 'nodes', 'node_modules');
		expect(existsSync(path.join(nodesDir, name, 'package.json'))).toBe(true);
		expect(readdirSync(nodesDir).filter((entry) => !entry.startsWith('.'))).toEqual([name]);

		// n8n (CLI, its own user folder) loads the package from there and runs a workflow with it
		const cliEnv = n8nEnv(install, { userFolder: home, port: 5690, brokerPort: 6690, extra: { NODE_EXTRA_CA_CERTS: caFile } });
		const sandbox = sandboxes.get('qBenchApi')!;
		writeFileSync(path.join(home, 'credentials.json'), JSON.stringify([{ id: 'tarballQBench0001', name: 'QBench', type: 'qBenchApi', data: sandbox.demoCredentials() }]));
		const workflow = manualWorkflow('tarballRoute00001', 'tarball route', [
			{ name: 'Read', type: `${name}.qBench`, parameters: READS.qBenchApi.parameters, credentials: { qBenchApi: 'tarballQBench0001' } },
		]);
		writeFileSync(path.join(home, 'workflow.json'), JSON.stringify(workflow));
		for (const args of [['import:credentials', `--input=${path.join(home, 'credentials.json')}`], ['import:workflow', `--input=${path.join(home, 'workflow.json')}`]]) {
			const step = await runInside(install.node, [install.n8n, ...args], cliEnv, home);
			expect([args[0], step.code]).toEqual([args[0], 0]);
		}
		const executed = await runInside(install.node, [install.n8n, 'execute', '--id=tarballRoute00001', '--rawOutput'], cliEnv, home);
		const items = itemsOf(parseRawOutput(executed.stdout), 'Read').map((item) => item.json);
		READS.qBenchApi.check(items);
	});
});

(LEGACY_N8N ? describe.skip : describe)('env-managed packages (N8N_COMMUNITY_PACKAGES) in queue mode: main and worker', () => {
	let worker: ChildProcess | undefined;
	let workerLog = '';
	afterAll(async () => {
		await stopChild(worker);
	});

	test('main installs the declared version at start, a worker loads it and runs the saved workflow', async () => {
		await stopChild(n8n);
		n8n = undefined;
		const redis = ns.spawnInside('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { env: { PATH: process.env.PATH } });
		let redisLog = '';
		redis.stdout?.on('data', (chunk) => (redisLog += String(chunk)));
		redis.stderr?.on('data', (chunk) => (redisLog += String(chunk)));
		redis.stdin?.end();
		await waitUntil('redis-server in the namespace (apt-get install redis-server)', () => /ready to accept connections/i.test(redisLog), 30_000, () => redisLog);
		userFolder = path.join(work, 'n8n-env-managed');
		credentialIds.clear();
		const version = registry.versions(PACK.name).at(-1)!;
		const queue = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(REDIS_PORT),
			N8N_COMMUNITY_PACKAGES_MANAGED_BY_ENV: 'true',
			N8N_COMMUNITY_PACKAGES: JSON.stringify([{ name: PACK.name, version }]),
		};
		const started = Date.now();
		const main = await startN8nInside(queue);
		n8n = main.child;
		timings['envManaged.mainStartMs'] = Date.now() - started;
		await loginOrSetup();
		const installed = await rest('GET', '/community-packages');
		expect(installed.map((entry: { packageName: string; installedVersion: string }) => [entry.packageName, entry.installedVersion])).toEqual([[PACK.name, version]]);
		// managed by env: the installer's REST API refuses changes
		const refused = await n8nRequest('POST', '/rest/community-packages', { name: 'n8n-nodes-qbench' });
		expect(refused.status).toBe(400);
		expect(refused.text).toContain('managed via environment variables');

		worker = ns.spawnInside(install.node, [install.n8n, 'worker', '--concurrency=2'], {
			env: envFor({ ...queue, N8N_RUNNERS_BROKER_PORT: '7700', QUEUE_HEALTH_CHECK_PORT: '7701' }),
		});
		worker.stdout?.on('data', (chunk) => (workerLog += String(chunk)));
		worker.stderr?.on('data', (chunk) => (workerLog += String(chunk)));
		await waitUntil('the worker to start', () => /worker/i.test(workerLog) && /ready|started|listening/i.test(workerLog), 120_000, () => workerLog);

		await ensureCredentials(['qBenchApi']);
		const workflow = await savedWorkflow(PACK.name, 'qBenchApi', '-queue');
		await runSaved(workflow);
		expect(workerLog).toMatch(/started execution|Execution .* (started|finished)|job/i);
		await stopChild(worker);
		await stopChild(redis);
	});
});
