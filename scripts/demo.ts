// `npm start`: the demo. Builds the pack, starts the sandbox APIs, and a real n8n on
// http://localhost:5678 with the pack installed, an owner account, sandbox credentials and the
// example workflows imported. Ctrl-C stops everything it started.
// n8n's data (workflows, executions, the owner) stays in ~/.cache/n8n-nodes-qebot-pack/demo/n8n
// between starts; `npm start -- --fresh` starts from scratch. n8n's temporary files go to
// ~/.cache/n8n-nodes-qebot-pack/demo/tmp (its data-table upload folder, Node's compile cache), not /tmp.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { startAll } from '../test/sandbox/cli';
import {
	CACHE_DIR,
	EXAMPLES_DIR,
	ensureN8n,
	exampleCredentialReferences,
	n8nCli,
	n8nEnv,
	packThePack,
	startN8n,
	stopN8n,
	userFolderWithPack,
} from '../test/e2e/n8n';

const PORT = Number(process.env.N8N_PORT ?? 5678);
const SANDBOX_PORT_BASE = Number(process.env.SANDBOX_PORT_BASE ?? 4801);
/** n8n's task-runner broker listens next to it (see n8nEnv) */
const BROKER_PORT = PORT + 1000;
const OWNER = { email: 'demo@example.com', password: 'Demo-Passw0rd', firstName: 'Demo', lastName: 'User' };

const DEMO_DIR = path.join(CACHE_DIR, 'demo');
const USER_FOLDER = path.join(DEMO_DIR, 'n8n');
const EXAMPLES_IMPORTED = path.join(USER_FOLDER, '.examples-imported');
const TMP_DIR = path.join(DEMO_DIR, 'tmp');

const started = Date.now();
function step(message: string) {
	console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

/** An error a user can act on: printed as one line, no stack trace. */
class DemoError extends Error {}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** Every port the demo listens on, checked before anything starts; a busy one is reported with the setting that moves it. */
async function checkPorts(sandboxCount: number) {
	const ports = [
		{ port: PORT, what: 'n8n', setting: `N8N_PORT=${PORT + 10} npm start` },
		{ port: BROKER_PORT, what: "n8n's task runner broker (N8N_PORT + 1000)", setting: `N8N_PORT=${PORT + 10} npm start` },
		...Array.from({ length: sandboxCount }, (_, index) => ({
			port: SANDBOX_PORT_BASE + index,
			what: `the sandbox APIs (${SANDBOX_PORT_BASE}–${SANDBOX_PORT_BASE + sandboxCount - 1})`,
			setting: `SANDBOX_PORT_BASE=${SANDBOX_PORT_BASE + 100} npm start`,
		})),
	];
	for (const { port, what, setting } of ports) {
		if (!(await portIsFree(port))) throw new DemoError(`Port ${port} on 127.0.0.1, needed for ${what}, is in use. Stop what uses it, or pick another port: ${setting}`);
	}
}

async function main() {
	// the four APIs and the scripted chat model
	await checkPorts(5);
	// temporary files of the build (Node's compile cache) and of n8n (its data-table upload folder) stay here, not in /tmp
	mkdirSync(TMP_DIR, { recursive: true });
	process.env.TMPDIR = TMP_DIR;
	if (process.argv.includes('--fresh')) {
		step(`--fresh: removing the demo's n8n data (${USER_FOLDER})`);
		rmSync(USER_FOLDER, { recursive: true, force: true });
	}
	step('n8n: checking the install in the cache (the first start installs it: 5–15 minutes, about 5 GB with npm\'s cache)');
	const install = await ensureN8n();
	step('building and packing the node pack');
	const tarball = await packThePack(path.join(DEMO_DIR, 'pack'));
	step(`installing the pack into the demo's n8n (${USER_FOLDER})`);
	const firstStart = !existsSync(EXAMPLES_IMPORTED);
	const userFolder = await userFolderWithPack(tarball, USER_FOLDER);
	const env = n8nEnv(install, { userFolder, port: PORT, extra: { N8N_LOG_LEVEL: 'info', TMPDIR: TMP_DIR } });

	// the APIs and the scripted chat model of examples/agent.json (its openAiApi credential is made below like the others)
	const sandboxes = await startAll(SANDBOX_PORT_BASE, { chatModel: true });
	const references = exampleCredentialReferences();
	const credentials = sandboxes.map(({ credentialType, sandbox }) => ({
		id: references.get(credentialType)?.id ?? `${credentialType}Sandbox`,
		name: references.get(credentialType)?.name ?? `${sandbox.name} sandbox`,
		type: credentialType,
		data: sandbox.demoCredentials(),
	}));
	mkdirSync(DEMO_DIR, { recursive: true });
	const credentialsFile = path.join(DEMO_DIR, 'credentials.json');
	writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2));
	// the credentials point at this start's sandboxes; the examples are imported once, so changes made in the demo stay
	step(firstStart ? 'importing sandbox credentials and the example workflows' : 'importing sandbox credentials (examples: kept from the first start)');
	await n8nCli(install, env, ['import:credentials', `--input=${credentialsFile}`]);
	if (firstStart) {
		await n8nCli(install, env, ['import:workflow', '--separate', `--input=${EXAMPLES_DIR}`]);
		writeFileSync(EXAMPLES_IMPORTED, new Date().toISOString());
	}

	step('starting n8n');
	const n8n = await startN8n(install, env);
	const baseUrl = `http://localhost:${PORT}`;
	const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'browser-id': 'demo' },
		body: JSON.stringify(OWNER),
	});
	if (!setup.ok) console.log(`(owner account: ${setup.status === 400 ? 'already set up' : `setup answered HTTP ${setup.status}`})`);

	step('ready');
	console.log('');
	console.log(`n8n with the pack is running: ${baseUrl}`);
	console.log(`Log in as ${OWNER.email} / ${OWNER.password}`);
	console.log('Sandbox APIs:');
	for (const { credentialType, sandbox } of sandboxes) console.log(`  ${sandbox.name.padEnd(12)} ${sandbox.url}  (credential ${credentialType})`);
	console.log('Open a workflow under Overview and click "Execute workflow". Ctrl-C stops everything.');
	console.log(`n8n's data stays in ${USER_FOLDER}; \`npm start -- --fresh\` starts from scratch.`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the sandbox APIs…');
		await stopN8n(n8n);
		await Promise.all(sandboxes.map(({ sandbox }) => sandbox.stop()));
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	n8n.on('exit', () => void stop());
}

main().catch((error) => {
	const code = (error as NodeJS.ErrnoException).code;
	if (error instanceof DemoError) console.error(error.message);
	else if (code === 'EADDRINUSE') {
		const port = (error as { port?: number }).port;
		console.error(`Port ${port ?? '(unknown)'} on 127.0.0.1 is in use. Stop what uses it, or pick other ports: N8N_PORT=${PORT + 10} npm start, SANDBOX_PORT_BASE=${SANDBOX_PORT_BASE + 100} npm start`);
	} else console.error(error);
	process.exit(1);
});
