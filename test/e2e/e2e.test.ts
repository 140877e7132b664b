// End to end in a real n8n (npm run test:e2e): the packed package installed as a community
// package, credentials and workflows imported with n8n's CLI, workflows executed by n8n itself,
// triggers polled by `n8n start`, all against the sandbox APIs on 127.0.0.1.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

import { startAll } from '../sandbox/cli';
import { checkEditor } from './browser';
import { cases, credentialIds, type AnySandbox } from './cases';
import { startCollector, waitFor } from './collector';
import { triggerCases } from './trigger-cases';
import {
	binaryBytes,
	EXAMPLES_DIR,
	ensureN8n,
	exampleCredentialReferences,
	executeWorkflow,
	exampleWorkflows,
	N8N_VERSION,
	n8nCli,
	n8nEnv,
	packThePack,
	parseRawOutput,
	scratchDir,
	startN8n,
	stopN8n,
	userFolderWithPack,
	type N8nInstall,
} from './n8n';
import { itemsOf, manualWorkflow, triggerWorkflow } from './workflows';

jest.setTimeout(20 * 60_000);

let install: N8nInstall;
let userFolder: string;
let env: NodeJS.ProcessEnv;
let tarball: string;
const sandboxes = new Map<string, AnySandbox>();
const stopSandboxes: Array<() => Promise<void>> = [];

function writeJson(dir: string, name: string, data: unknown) {
	const file = path.join(dir, name);
	writeFileSync(file, JSON.stringify(data, null, 2));
	return file;
}

const execute = async (id: string) => await executeWorkflow(install, env, id);

beforeAll(async () => {
	install = await ensureN8n();
	tarball = await packThePack();
	userFolder = await userFolderWithPack(tarball);
	env = n8nEnv(install, { userFolder, port: 5710 });
	for (const { credentialType, sandbox } of await startAll(0)) {
		sandboxes.set(credentialType, sandbox as AnySandbox);
		stopSandboxes.push(() => sandbox.stop());
	}
	const work = scratchDir('qebot-e2e-');
	// one credential per type for the cases, and the ones the example workflows refer to
	const examples = exampleCredentialReferences();
	const credentials = [...sandboxes.entries()].flatMap(([type, sandbox]) => [
		{ id: credentialIds[type], name: credentialIds[type], type, data: sandbox.demoCredentials() },
		...(examples.has(type) ? [{ ...examples.get(type)!, type, data: sandbox.demoCredentials() }] : []),
	]);
	await n8nCli(install, env, ['import:credentials', `--input=${writeJson(work, 'credentials.json', credentials)}`]);
	const workflowsDir = mkdtempSync(path.join(work, 'workflows-'));
	for (const testCase of cases) {
		writeJson(workflowsDir, `${testCase.id}.json`, manualWorkflow(testCase.id, testCase.title, testCase.steps));
	}
	await n8nCli(install, env, ['import:workflow', '--separate', `--input=${workflowsDir}`]);
	await n8nCli(install, env, ['import:workflow', '--separate', `--input=${EXAMPLES_DIR}`]);
});

afterAll(async () => {
	await Promise.all(stopSandboxes.map((stop) => stop()));
});

describe('the installed package', () => {
	test('loads only what n8n provides: relative files, Node built-ins, the n8n-workflow peer, luxon and zod', () => {
		const root = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-qebot-pack');
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir)) {
				const full = path.join(dir, entry);
				if (statSync(full).isDirectory()) walk(full);
				else if (full.endsWith('.js')) files.push(full);
			}
		};
		walk(path.join(root, 'dist'));
		expect(files.length).toBeGreaterThan(5);
		const external = new Set<string>();
		for (const file of files) {
			for (const [, name] of readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)) {
				if (!name.startsWith('.') && !builtinModules.includes(name.replace(/^node:/, ''))) external.add(name);
			}
		}
		// luxon and zod ship with n8n (its community lint allows them); the workflow runs below prove they resolve
		expect([...external].filter((name) => !['n8n-workflow', 'luxon', 'zod'].includes(name))).toEqual([]);
		expect([...external]).toContain('n8n-workflow');
		const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
		expect(manifest.dependencies ?? {}).toEqual({});
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
			expect(statSync(path.join(root, file)).isFile()).toBe(true);
		}
	});
});

describe('workflows executed by n8n', () => {
	test.each(cases.map((entry) => [entry.title, entry]))('%s', async (_title, testCase) => {
		const sandbox = sandboxes.get(testCase.credentialType);
		if (!sandbox) throw new Error(`no sandbox for ${testCase.credentialType}`);
		sandbox.clearLog();
		const run = await execute(testCase.id);
		expect(run.status).toBe(testCase.fails ? 'error' : 'success');
		testCase.check(run, sandbox, { binaryBytes: (entry) => binaryBytes(env, entry) });
	});
});

/** Logs in to n8n's REST API as the owner (set up on first use). */
const OWNER = { email: 'owner@example.com', password: 'Sandbox-Passw0rd', firstName: 'Demo', lastName: 'Owner' };

async function ownerSession(baseUrl: string) {
	const owner = OWNER;
	const headers = { 'Content-Type': 'application/json', 'browser-id': 'e2e-browser' };
	let response = await fetch(`${baseUrl}/rest/owner/setup`, { method: 'POST', headers, body: JSON.stringify(owner) });
	if (!response.ok) {
		response = await fetch(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
	}
	if (!response.ok) throw new Error(`owner login failed: HTTP ${response.status} ${await response.text()}`);
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
	return { ...headers, cookie };
}

describe('the example workflows', () => {
	// the AI agent example needs the scripted chat model: test/e2e/agent.test.ts runs it
	const runnable = exampleWorkflows().filter(
		({ workflow }) =>
			workflow.nodes.some((node: any) => node.type === 'n8n-nodes-base.manualTrigger') &&
			!workflow.nodes.some((node: any) => node.type === '@n8n/n8n-nodes-langchain.agent'),
	);

	test('there is an example per node', () => {
		const types = new Set(exampleWorkflows().flatMap(({ workflow }) => workflow.nodes.map((node: any) => node.type)));
		for (const name of ['qebot', 'qebotTrigger', 'qBench', 'crmRpc', 'crmRpcTrigger', 'qbdConnect', 'qbdConnectTrigger']) {
			expect(types).toContain(`n8n-nodes-qebot-pack.${name}`);
		}
	});

	test.each(runnable.map(({ file, workflow }) => [file, workflow]))('%s runs to success, every node with output', async (_file, workflow) => {
		for (const sandbox of sandboxes.values()) sandbox.clearLog();
		const run = await execute(workflow.id);
		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		for (const node of workflow.nodes) {
			expect([node.name, itemsOf(run, node.name).length > 0]).toEqual([node.name, true]);
		}
		const requests = [...sandboxes.values()].reduce((count, sandbox) => count + sandbox.log.length, 0);
		expect(requests).toBeGreaterThan(0);
	});
});

describe('CrmRpc session token', () => {
	test('n8n logs in once, keeps the token, and logs in again exactly once after it expires', async () => {
		const sandbox = sandboxes.get('crmRpcApi')!;
		const readCase = cases.find((entry) => entry.id === 'e2eCrmRpcRead0001')!;
		await execute(readCase.id);
		const loginsBefore = sandbox.logins;
		sandbox.clearLog();
		const again = await execute(readCase.id);
		expect(again.status).toBe('success');
		expect(sandbox.logins).toBe(loginsBefore);
		expect(sandbox.log.map((entry) => entry.path)).toEqual(['/companies']);
		sandbox.expireTokens();
		sandbox.clearLog();
		const afterExpiry = await execute(readCase.id);
		expect(afterExpiry.status).toBe('success');
		expect(sandbox.logins).toBe(loginsBefore + 1);
		expect(sandbox.log.map((entry) => entry.path)).toEqual(['/companies', '/auth', '/companies']);
		expect(itemsOf(afterExpiry, 'Companies')).toHaveLength(3);
	});

	test('8 items whose token expires during the run: one login, each refused call resent once with the token n8n stored', async () => {
		const sandbox = sandboxes.get('crmRpcApi')!;
		const itemsCase = cases.find((entry) => entry.id === 'e2eCrmRpcItems001')!;
		expect((await execute(itemsCase.id)).status).toBe('success');
		const loginsBefore = sandbox.logins;
		sandbox.clearLog();
		let calls = 0;
		sandbox.expireTokensAt((request: { path: string }) => request.path === '/companies' && ++calls === 3);
		const run = await execute(itemsCase.id);
		expect(run.status).toBe('success');
		expect(itemsOf(run, 'Company').map((item: { json: { id: number } }) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(sandbox.logins).toBe(loginsBefore + 1);
		const companies = sandbox.requests('/companies');
		const oldToken = companies[0].headers.authorization;
		const refused = companies.slice(2).filter((entry) => entry.headers.authorization === oldToken);
		expect(companies).toHaveLength(8 + refused.length);
		// the new token n8n stored is used by the next execution without a login
		sandbox.clearLog();
		expect((await execute(itemsCase.id)).status).toBe('success');
		expect(sandbox.logins).toBe(loginsBefore + 1);
		expect(sandbox.requests('/auth')).toHaveLength(0);
	});
});

describe('loaded through N8N_CUSTOM_EXTENSIONS instead of the nodes folder', () => {
	test('the QBench read case runs the same (node types are then CUSTOM.<name>)', async () => {
		const root = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-qebot-pack');
		const otherUser = scratchDir('n8n-custom-ext-');
		const customEnv = n8nEnv(install, { userFolder: otherUser, port: 5720, extra: { N8N_CUSTOM_EXTENSIONS: root } });
		const sandbox = sandboxes.get('qBenchApi')!;
		const work = scratchDir('qebot-e2e-custom-');
		const credential = { id: credentialIds.qBenchApi, name: credentialIds.qBenchApi, type: 'qBenchApi', data: sandbox.demoCredentials() };
		await n8nCli(install, customEnv, ['import:credentials', `--input=${writeJson(work, 'credentials.json', [credential])}`]);
		const readCase = cases.find((entry) => entry.id === 'e2eQBenchRead0001')!;
		// n8n names node types loaded from custom extension folders CUSTOM.<name>
		const steps = readCase.steps.map((entry) => ({ ...entry, type: `CUSTOM.${entry.type}` }));
		await n8nCli(install, customEnv, [
			'import:workflow',
			`--input=${writeJson(work, 'workflow.json', manualWorkflow(readCase.id, readCase.title, steps))}`,
		]);
		sandbox.clearLog();
		const run = parseRawOutput(await n8nCli(install, customEnv, ['execute', `--id=${readCase.id}`, '--rawOutput']));
		expect(run.status).toBe('success');
		readCase.check(run, sandbox, { binaryBytes: (entry) => binaryBytes(customEnv, entry) });
	});
});

describe('in a running n8n (n8n start)', () => {
	let n8n: Awaited<ReturnType<typeof startN8n>> | undefined;
	let collector: Awaited<ReturnType<typeof startCollector>>;
	const baseUrl = 'http://127.0.0.1:5710';

	beforeAll(async () => {
		collector = await startCollector();
		const dir = scratchDir('qebot-e2e-triggers-');
		for (const triggerCase of triggerCases) {
			writeJson(dir, `${triggerCase.id}.json`, triggerWorkflow(triggerCase.id, triggerCase.title, triggerCase.trigger, collector.url));
		}
		await n8nCli(install, env, ['import:workflow', '--separate', `--input=${dir}`]);
		for (const triggerCase of triggerCases) await n8nCli(install, env, ['publish:workflow', `--id=${triggerCase.id}`]);
		for (const sandbox of sandboxes.values()) sandbox.clearLog();
		n8n = await startN8n(install, env);
	});

	afterAll(async () => {
		await stopN8n(n8n);
		await collector?.stop();
	});

	test('every trigger emits exactly the records added after activation, once, oldest first', async () => {
		// activation polls once and remembers where "now" is
		for (const triggerCase of triggerCases) {
			const sandbox = sandboxes.get(triggerCase.credentialType)!;
			await waitFor(`${triggerCase.title} activation poll`, () => sandbox.requests(triggerCase.pollPath).length > 0, 60_000);
		}
		expect(collector.received).toEqual([]);
		const expected = new Map<string, string[]>();
		const pollsBefore = new Map<string, number>();
		for (const triggerCase of triggerCases) {
			const sandbox = sandboxes.get(triggerCase.credentialType)!;
			pollsBefore.set(triggerCase.id, sandbox.requests(triggerCase.pollPath).length);
			expected.set(triggerCase.id, triggerCase.addRecords(sandbox));
		}
		const arrived = (id: string) => collector.received.filter((entry) => entry.workflow === id);
		// n8n polls at most once a minute
		await waitFor(
			'the new records',
			() => triggerCases.every((triggerCase) => arrived(triggerCase.id).length >= expected.get(triggerCase.id)!.length),
			150_000,
		);
		// one more poll each: nothing is repeated
		await waitFor(
			'a poll after the emission',
			() =>
				triggerCases.every(
					(triggerCase) =>
						sandboxes.get(triggerCase.credentialType)!.requests(triggerCase.pollPath).length >= pollsBefore.get(triggerCase.id)! + 2,
				),
			150_000,
		);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		for (const triggerCase of triggerCases) {
			expect(arrived(triggerCase.id).map((entry) => triggerCase.idOf(entry.record))).toEqual(expected.get(triggerCase.id));
		}
	});

	test('the editor in a browser: node panel, a node with API-loaded dropdowns, a finished run (screenshots in docs/)', async () => {
		// the owner the browser signs in as (set up here on first use)
		await ownerSession(baseUrl);
		const result = await checkEditor({
			baseUrl,
			email: OWNER.email,
			password: OWNER.password,
			workflowId: exampleWorkflows().find(({ file }) => file === 'crmrpc.json')!.workflow.id,
			nodeName: 'Recent opportunities',
			dropdownParameter: 'opportunityProfileId',
			dropdownOptionText: 'Support',
			nodePanelSearch: 'CrmRpc',
		});
		expect(result.nodePanelItems.join(' | ')).toContain('CrmRpc');
		expect(result.resourceText).toBe('Opportunity');
		expect(result.operationText).toMatch(/Get Opportunities|Get Many/i);
		expect(result.dropdownOptions).toEqual(expect.arrayContaining(['Sales Mexico', 'Support']));
		expect(result.executionSucceeded).toBe(true);
		expect(result.screenshots).toHaveLength(3);
	});
});

describe('credential tests in a running n8n (n8n start)', () => {
	let n8n: Awaited<ReturnType<typeof startN8n>> | undefined;
	// its own port: the triggers' n8n (same user folder) has stopped before this starts
	const baseUrl = 'http://127.0.0.1:5711';

	beforeAll(async () => {
		n8n = await startN8n(install, { ...env, N8N_PORT: '5711', N8N_RUNNERS_BROKER_PORT: '6711' });
	});

	afterAll(async () => {
		await stopN8n(n8n);
	});

	/** What a failed credential test says: the API's own words (the sandboxes answer as the APIs document). */
	const WRONG_SECRET_MESSAGES: Record<string, string> = {
		qebotApi: 'Invalid username or API key (Qebot answered HTTP 401)',
		qBenchApi: 'Invalid or expired access token (QBench answered HTTP 401)',
		crmRpcApi: 'Invalid email or password',
		// QBD Connect documents no authentication: a gateway's refusal has no documented words
		qbdConnectApi: 'QBD Connect did not answer with the list of products at {Base URL}/{API Version}/products',
	};

	test(`credential tests from the editor (n8n ${N8N_VERSION}): OK with the sandbox credentials, an error with the API\'s message for a wrong secret, version or URL`, async () => {
		const headers = await ownerSession(baseUrl);
		for (const [type, sandbox] of sandboxes) {
			const data = sandbox.demoCredentials();
			const good = await fetch(`${baseUrl}/rest/credentials/test`, {
				method: 'POST',
				headers,
				body: JSON.stringify({ credentials: { id: credentialIds[type], name: type, type, data } }),
			});
			const goodBody = await good.text();
			expect([type, good.status, goodBody]).toEqual([type, 200, expect.stringContaining('"status":"OK"')]);
			const secretField = Object.keys(data).find((key) => /token|password|key/i.test(key))!;
			const bad = await fetch(`${baseUrl}/rest/credentials/test`, {
				method: 'POST',
				headers,
				body: JSON.stringify({ credentials: { id: credentialIds[type], name: type, type, data: { ...data, [secretField]: 'wrong-secret-value' } } }),
			});
			const result = ((await bad.json()) as { data: { status: string; message: string } }).data;
			expect([type, result.status, result.message]).toEqual([type, 'Error', expect.stringContaining(WRONG_SECRET_MESSAGES[type])]);
			expect(JSON.stringify(result)).not.toContain('wrong-secret-value');
			// n8n's generic texts (1.x showed them for every refusal) say nothing the user can act on
			expect(result.message).not.toMatch(/Authorization failed|could not be found/);
		}
		// QBD Connect with a wrong API version: a 404 that says where to look
		const qbd = sandboxes.get('qbdConnectApi')!.demoCredentials();
		const wrongVersion = await fetch(`${baseUrl}/rest/credentials/test`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ credentials: { id: credentialIds.qbdConnectApi, name: 'qbd', type: 'qbdConnectApi', data: { ...qbd, apiVersion: 'v9' } } }),
		});
		const versionResult = ((await wrongVersion.json()) as { data: { status: string; message: string } }).data;
		expect(versionResult.status).toBe('Error');
		expect(versionResult.message).toMatch(/check the Base URL \(e\.g\. http:\/\/localhost:8081\/qbdconnect-api, without the version\), the API Version \(e\.g\. v1\)/);
		// a wrong Instance URL of QBench and a wrong Base URL of Qebot: where to look, not n8n's "could not be found"
		for (const [type, data, expected] of [
			['qBenchApi', { ...sandboxes.get('qBenchApi')!.demoCredentials(), url: `${sandboxes.get('qBenchApi')!.url}/lab` }, 'check the Instance URL'],
			['qebotApi', { ...sandboxes.get('qebotApi')!.demoCredentials(), baseUrl: `${sandboxes.get('qebotApi')!.url}/api/v1` }, 'check the Base URL'],
		] as const) {
			const wrongUrl = await fetch(`${baseUrl}/rest/credentials/test`, {
				method: 'POST',
				headers,
				body: JSON.stringify({ credentials: { id: credentialIds[type], name: type, type, data } }),
			});
			const urlResult = ((await wrongUrl.json()) as { data: { status: string; message: string } }).data;
			expect([type, urlResult.status, urlResult.message]).toEqual([type, 'Error', expect.stringContaining(expected)]);
		}
	});

});
