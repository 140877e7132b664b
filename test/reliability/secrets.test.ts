import type { ICredentialDataDecryptedObject, IDataObject, INodeType } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { QBenchApi } from '../../credentials/QBenchApi.credentials';
import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QebotApi } from '../../credentials/QebotApi.credentials';
import { DEFAULT_MAX_TRIES } from '../../nodes/shared/retry';
import { Harness } from '../helpers/harness';
import { CrmRpcSandbox } from '../sandbox/crmrpc';
import { QBenchSandbox } from '../sandbox/qbench';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { QebotSandbox } from '../sandbox/qebot';
import type { Fault, FakeServer } from '../sandbox/server';
import { PACK } from './input-pack';
import { captureLogs, findSecrets } from './secrets-scan';
import { recordFigure } from '../helpers/figures';

/**
 * Issue 10, item 5: for every credential, every failure path we can produce (a wrong secret,
 * an API error that quotes the secret or the Authorization header back, a dropped connection,
 * a failed login, card fields refused by Qebot) must keep the secrets out of what n8n shows
 * and keeps: the error's message and description, the error as n8n persists it (`toJSON`),
 * the error object itself (its `cause`, `context`, response), the output items of Continue On
 * Fail, the credential test's message, and anything logged.
 *
 * Not scanned: the node object n8n itself attaches to an error (`error.node`, also in what it
 * persists and in its debug log "Workflow execution finished with error"). Its parameters are
 * the workflow's own configuration, which n8n stores in the workflow anyway; values given by
 * expression appear there as the expression, not the value. Nor the raw `cause` of a dropped
 * connection (n8n's request error, with the request's headers): ExecutionBaseError.toJSON keeps
 * only its name and message, which are scanned.
 */

const QEBOT_KEY = 'qk-SECRET-4f1c9e7d';
const QBENCH_TOKEN = 'qb-SECRET-77aa31c0';
const CRM_PASSWORD = 'crm-SECRET-pass-5e2b';
const QBD_TOKEN = 'qbd-SECRET-tok-90d3';
const WRONG = 'WRONG-SECRET-1b7f';

interface SecretBed {
	sandbox: FakeServer;
	harness: Harness;
	/** the secret values of the credential in use (and the Basic header made from them) */
	secrets: () => string[];
}

interface SecretCase {
	node: string;
	credentialType: string;
	/** the secret field of the credential and its password-typed companions */
	start: () => Promise<SecretBed>;
	/** the same credential with a wrong secret */
	wrong: (bed: SecretBed) => ICredentialDataDecryptedObject;
	/** a call that reaches the API */
	operation: IDataObject;
	/** a listSearch / loadOptions method of the node and its parameters */
	picker: { kind: 'listSearch' | 'loadOptions'; method: string; parameters?: IDataObject };
	trigger?: { name: string; parameters: IDataObject };
}

const nodesOf = (node: string): INodeType[] => PACK.find((api) => api.node === node)!.nodes();
const basic = (user: string, secret: string) => Buffer.from(`${user}:${secret}`).toString('base64');

const CASES: SecretCase[] = [
	{
		node: 'qebot',
		credentialType: 'qebotApi',
		start: async () => {
			const sandbox = new QebotSandbox('agency@example.com', QEBOT_KEY);
			await sandbox.start();
			const harness = new Harness(nodesOf('qebot'), [new QebotApi()], { qebotApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
			const stored = () => harness.credentials.stored.qebotApi;
			return { sandbox, harness, secrets: () => [String(stored().apiKey), basic(String(stored().email), String(stored().apiKey))] };
		},
		wrong: (bed) => ({ ...bed.harness.credentials.stored.qebotApi, apiKey: WRONG }),
		// a single-record call: a list is retried on a dropped connection (List Options), which would hide the error path
		operation: { resource: 'brand', operation: 'get', brandId: { __rl: true, mode: 'id', value: '1' } },
		picker: { kind: 'listSearch', method: 'searchBrands' },
		trigger: { name: 'qebotTrigger', parameters: { event: 'newLead' } },
	},
	{
		node: 'qBench',
		credentialType: 'qBenchApi',
		start: async () => {
			const sandbox = new QBenchSandbox(QBENCH_TOKEN, 5);
			await sandbox.start();
			const harness = new Harness(nodesOf('qBench'), [new QBenchApi()], { qBenchApi: sandbox.demoCredentials() });
			return { sandbox, harness, secrets: () => [String(harness.credentials.stored.qBenchApi.accessToken)] };
		},
		wrong: (bed) => ({ ...bed.harness.credentials.stored.qBenchApi, accessToken: WRONG }),
		operation: { resource: 'customer', operation: 'getAll', returnAll: true },
		picker: { kind: 'listSearch', method: 'searchCustomers' },
	},
	{
		node: 'crmRpc',
		credentialType: 'crmRpcApi',
		start: async () => {
			const sandbox = new CrmRpcSandbox('crm@example.com', CRM_PASSWORD, 5);
			await sandbox.start();
			const harness = new Harness(nodesOf('crmRpc'), [new CrmRpcApi()], { crmRpcApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
			const stored = () => harness.credentials.stored.crmRpcApi;
			return { sandbox, harness, secrets: () => [stored().password, stored().sessionToken].filter(Boolean).map(String) };
		},
		wrong: (bed) => ({ ...bed.harness.credentials.stored.crmRpcApi, password: WRONG, sessionToken: '' }),
		operation: { resource: 'profile', operation: 'getAll', returnAll: true, profileGetAllOptions: { retry: false } },
		picker: { kind: 'loadOptions', method: 'getProfiles' },
		trigger: { name: 'crmRpcTrigger', parameters: { event: 'newCompany', profileId: 1 } },
	},
	{
		node: 'qbdConnect',
		credentialType: 'qbdConnectApi',
		start: async () => {
			const sandbox = new QbdConnectSandbox(QBD_TOKEN);
			await sandbox.start();
			const harness = new Harness(nodesOf('qbdConnect'), [new QbdConnectApi()], { qbdConnectApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
			return { sandbox, harness, secrets: () => [String(harness.credentials.stored.qbdConnectApi.accessToken)] };
		},
		wrong: (bed) => ({ ...bed.harness.credentials.stored.qbdConnectApi, accessToken: WRONG }),
		// List Options › Retry off: the faults below must reach the user, not be retried away
		operation: { resource: 'product', operation: 'getAll', returnAll: true, productGetAllOptions: { retry: false } },
		picker: { kind: 'listSearch', method: 'searchProducts' },
		trigger: { name: 'qbdConnectTrigger', parameters: { event: 'newInvoice' } },
	},
];

/** Faults of an API that quotes back what it was sent: the secrets, the Authorization header. */
function echoFaults(secrets: string[]): Array<[string, Fault]> {
	const echo = secrets.map((secret) => `${secret} (Authorization: Bearer ${secret}, Basic ${secret})`).join(', ');
	return [
		['401 quoting the secret', { status: 401, json: { error: `Invalid credentials: ${echo}` } }],
		['403 quoting it in `message`', { status: 403, json: { message: `Forbidden for key ${echo}` } }],
		['422 Rails-style quoting it', { status: 422, json: { errors: { api_key: [`${echo} is not valid`] } } }],
		['500 text body quoting it', { status: 500, text: `Internal error while checking ${echo}`, headers: { 'Content-Type': 'text/plain' } }],
		['connection reset', { reset: true }],
	];
}

/** Drops faults a case injected but did not use (FakeServer keeps them in a private list). */
function clearFaults(sandbox: FakeServer) {
	(sandbox as unknown as { faults: unknown[] }).faults.length = 0;
}

/** Asserts no secret is in anything the run produced. */
function expectNoSecrets(what: { error?: unknown; items?: unknown; logs: unknown[]; message?: string }, secrets: string[], step = 'run') {
	const persisted = what.error ? JSON.parse(JSON.stringify(what.error)) : undefined;
	const found = [
		...findSecrets(what.message, secrets).map((path) => `message ${path}`),
		...findSecrets(persisted, secrets).map((path) => `persisted error ${path}`),
		// in memory: all of it but the raw cause, of which n8n keeps the name and message only
		...findSecrets(what.error, secrets, ['stack', 'cause']).map((path) => `error ${path}`),
		...findSecrets((what.error as { cause?: Error } | undefined)?.cause?.message, secrets).map((path) => `error cause message ${path}`),
		// items as n8n keeps them (an error attached to an item is persisted through its toJSON)
		...findSecrets(what.items === undefined ? undefined : JSON.parse(JSON.stringify(what.items)), secrets).map((path) => `items ${path}`),
		...findSecrets(what.logs, secrets).map((path) => `logs ${path}`),
	];
	expect(found.map((path) => `${step}: ${path}`)).toEqual([]);
}

let pathsTried = 0;

/**
 * Failure paths that still leak, each waiting for a fix outside this helper's files (see
 * docs/reliability-input.md). Their tests are `test.failing`: when the fix lands they fail,
 * and the entry is to be removed here.
 */
const KNOWN_LEAKS: string[] = [];

describe.each(CASES)('secrets of $credentialType', (entry) => {
	let bed: SecretBed;

	beforeAll(async () => {
		bed = await entry.start();
		// one good call first: CrmRpc then holds a session token, a secret too
		const { error } = await bed.harness.run(entry.node, entry.operation);
		expect(error).toBeUndefined();
	});
	afterAll(async () => await bed.sandbox.stop());

	test('the credential\'s secret fields are password fields', () => {
		const type = PACK.find((api) => api.credentialType === entry.credentialType)!.credential();
		const secretFields = type.properties.filter((property) => /password|key|token|secret/i.test(property.name) && property.type !== 'hidden');
		expect(secretFields.length).toBeGreaterThan(0);
		for (const property of secretFields) expect(property.typeOptions?.password).toBe(true);
	});

	test.each([false, true])('a wrong secret (Continue On Fail %s)', async (continueOnFail) => {
		const good = { ...bed.harness.credentials.stored[entry.credentialType] };
		const goodSecrets = bed.secrets();
		bed.harness.credentials.set(entry.credentialType, entry.wrong(bed));
		try {
			const { result, logs } = await captureLogs(async () => await bed.harness.run(entry.node, entry.operation, { continueOnFail }));
			expect(result.error ?? result.items[0]?.json.error).toBeDefined();
			expectNoSecrets({ ...result, message: result.error?.message, logs }, [...goodSecrets, WRONG]);
			pathsTried++;
			const test = await captureLogs(async () => await bed.harness.testCredential(entry.credentialType, entry.wrong(bed)));
			expect(test.result.status).toBe('Error');
			expectNoSecrets({ message: test.result.message, logs: test.logs }, [...goodSecrets, WRONG]);
			pathsTried++;
		} finally {
			bed.harness.credentials.set(entry.credentialType, good);
		}
	});

	describe('API errors that quote the secret back', () => {
		/** The fault `name` quoting the credential's current secrets, and the secrets to look for afterwards. */
		const quoting = (name: string) => {
			const quoted = bed.secrets();
			const fault = echoFaults(quoted).find(([faultName]) => faultName === name)![1];
			clearFaults(bed.sandbox);
			// CrmRpc logins are not what these cases are about: the fault hits the calls themselves;
			// served more often than lists and polls retry a dropped connection, so the error path is reached
			bed.sandbox.injectFault(fault, { match: (request) => request.path !== '/auth', times: DEFAULT_MAX_TRIES + 2 });
			// a 401 makes n8n log CrmRpc in again: the quoted token is then expired, no longer a secret
			return () => quoted.filter((secret) => bed.secrets().includes(secret));
		};
		const attempt = async <T>(run: () => Promise<T>) =>
			await captureLogs(async () => {
				try {
					return { value: await run(), error: undefined as (Error & { description?: string }) | undefined };
				} catch (error) {
					return { value: undefined, error: error as Error & { description?: string } };
				}
			});
		const faults = echoFaults(['<secrets>']).map(([name]) => name);
		afterEach(() => clearFaults(bed.sandbox));

		test.each(faults)('%s: the node, with and without Continue On Fail', async (name) => {
			for (const continueOnFail of [false, true]) {
				const secrets = quoting(name);
				const { result, logs } = await captureLogs(async () => await bed.harness.run(entry.node, entry.operation, { continueOnFail }));
				expect(result.error ?? result.items[0]?.json.error).toBeDefined();
				expectNoSecrets({ ...result, message: result.error?.message, logs }, secrets(), `node run (Continue On Fail ${continueOnFail})`);
				pathsTried++;
			}
		});

		test.each(faults)('%s: the credential test', async (name) => {
			const secrets = quoting(name);
			const { result, logs } = await attempt(async () => await bed.harness.testCredential(entry.credentialType, bed.harness.credentials.stored[entry.credentialType]));
			expect(result.value?.status ?? 'Error').toBe('Error');
			expectNoSecrets({ error: result.error, message: result.value?.message ?? result.error?.message, logs }, secrets(), 'credential test');
			pathsTried++;
		});

		// the pack's own requests (dropdowns, list search, trigger polls): see KNOWN_LEAKS
		const known = (path: string) => (name: string, run: (fault: string) => Promise<void>) => {
			const leaking = KNOWN_LEAKS.includes(`${entry.credentialType} ${path}`);
			test.each(faults.filter((fault) => !leaking || fault === 'connection reset'))(name, run);
			if (leaking) test.failing.each(faults.filter((fault) => fault !== 'connection reset'))(`${name} [known leak]`, run);
		};

		known('picker')('%s: the picker (list search / dropdown)', async (name) => {
			const secrets = quoting(name);
			const { result, logs } = await attempt(async () =>
				entry.picker.kind === 'listSearch'
					? await bed.harness.listSearch(entry.node, entry.picker.method, entry.picker.parameters)
					: await bed.harness.loadOptions(entry.node, entry.picker.method, entry.picker.parameters),
			);
			expect(result.error).toBeDefined();
			expectNoSecrets({ error: result.error, message: result.error?.message, logs }, secrets(), entry.picker.method);
			pathsTried++;
		});

		if (entry.trigger) {
			const trigger = entry.trigger;
			known('trigger')('%s: the trigger\'s poll', async (name) => {
				const poller = bed.harness.trigger(trigger.name, trigger.parameters);
				const secrets = quoting(name);
				const { result, logs } = await attempt(async () => await poller.poll('manual'));
				expect(result.error).toBeDefined();
				expectNoSecrets({ error: result.error, message: result.error?.message, logs }, secrets(), 'trigger poll');
				pathsTried++;
			});
		}
	});
});

describe('CrmRpc login failures', () => {
	let sandbox: CrmRpcSandbox;
	let harness: Harness;
	const secrets = [CRM_PASSWORD, WRONG];

	beforeAll(async () => {
		sandbox = new CrmRpcSandbox('crm@example.com', CRM_PASSWORD, 5);
		await sandbox.start();
		harness = new Harness(nodesOf('crmRpc'), [new CrmRpcApi()], {});
	});
	afterAll(async () => await sandbox.stop());

	test('a call refused with HTTP 200 and success: false, quoting the password and the token', async () => {
		harness.credentials.set('crmRpcApi', sandbox.demoCredentials() as ICredentialDataDecryptedObject);
		expect((await harness.run('crmRpc', { resource: 'profile', operation: 'getAll' })).error).toBeUndefined();
		const token = String(harness.credentials.stored.crmRpcApi.sessionToken);
		const refusal: Fault = { status: 200, json: { success: false, response: null, error: `Token ${token} of ${CRM_PASSWORD} expired` } };
		for (const continueOnFail of [false, true]) {
			clearFaults(sandbox);
			sandbox.injectFault(refusal, { match: (request) => request.path !== '/auth' });
			const { result, logs } = await captureLogs(async () => await harness.run('crmRpc', { resource: 'profile', operation: 'getAll' }, { continueOnFail }));
			expect(result.error ?? result.items[0]?.json.error).toBeDefined();
			expectNoSecrets({ ...result, message: result.error?.message, logs }, [token, CRM_PASSWORD]);
			pathsTried++;
		}
	});

	const logins: Array<[string, Fault | undefined]> = [
		['a wrong password', undefined],
		['a login refusal quoting the password', { status: 200, json: { success: false, response: null, error: `Wrong password ${WRONG} for crm@example.com` } }],
		['a login HTTP 401 quoting the password', { status: 401, json: { error: `password ${WRONG} rejected` } }],
		['a reset during the login', { reset: true }],
	];
	test.each(logins)('%s', async (_name, fault) => {
		harness.credentials.set('crmRpcApi', { baseUrl: sandbox.url, email: 'crm@example.com', password: WRONG, sessionToken: '' });
		clearFaults(sandbox);
		if (fault) sandbox.injectFault(fault, { match: (request) => request.path === '/auth', times: 4 });
		for (const continueOnFail of [false, true]) {
			const { result, logs } = await captureLogs(async () => await harness.run('crmRpc', { resource: 'profile', operation: 'getAll' }, { continueOnFail }));
			expect(result.error ?? result.items[0]?.json.error).toBeDefined();
			expectNoSecrets({ ...result, message: result.error?.message, logs }, secrets);
			pathsTried++;
		}
		const test = await captureLogs(async () =>
			await harness.testCredential('crmRpcApi', { baseUrl: sandbox.url, email: 'crm@example.com', password: WRONG, sessionToken: '' }),
		);
		expect(test.result.status).toBe('Error');
		expectNoSecrets({ message: test.result.message, logs: test.logs }, secrets);
		pathsTried++;
	});
});

describe('fields the user types as secrets: card data, passwords', () => {
	const CARD = '4242 4242 4242 4242';
	const CARD_DIGITS = '4242424242424242';
	const CVV = '8317';
	const USER_PASSWORD = 'user-SECRET-pw-3c1a';
	const QBWC_PASSWORD = 'qbwc-SECRET-pw-6d0e';
	const byId = (value: string) => ({ __rl: true, mode: 'id', value });

	let qebot: SecretBed;
	let qbd: SecretBed;
	beforeAll(async () => {
		qebot = await CASES[0].start();
		qbd = await CASES[3].start();
	});
	afterAll(async () => {
		await qebot.sandbox.stop();
		await qbd.sandbox.stop();
	});

	const quoteAll = (values: string[]): Fault => ({
		status: 422,
		json: { errors: { base: values.map((value) => `${value} was refused`) }, error: `Declined: ${values.join(' / ')}`, message: values.join(', ') },
	});

	const cardRuns: Array<[string, IDataObject]> = [
		['Billing › Create', { resource: 'billing', operation: 'create', billingFirstName: 'Ada', billingLastName: 'Lovelace', billingCardNumber: CARD, billingExpiryMonth: 4, billingExpiryYear: 2031, billingFields: { cvv: CVV } }],
		['Billing › Update', { resource: 'billing', operation: 'update', billingId: byId('1'), billingUpdateFields: { cardNumber: CARD, cvv: CVV } }],
		['Purchase › Create with a new card', { resource: 'purchase', operation: 'create', purchaseToolId: byId('1'), purchaseBusinessId: byId('1'), purchaseFirstName: 'Ada', purchaseLastName: 'Lovelace', payWith: 'card', purchaseCardNumber: CARD, purchaseExpiryMonth: 4, purchaseExpiryYear: 2031, purchaseCvv: CVV }],
	];
	test.each(cardRuns)('%s: an error quoting the card number and CVV', async (_name, parameters) => {
		for (const continueOnFail of [false, true]) {
			clearFaults(qebot.sandbox);
			qebot.sandbox.injectFault(quoteAll([CARD, CARD_DIGITS, CVV]));
			const { result, logs } = await captureLogs(async () => await qebot.harness.run('qebot', parameters, { continueOnFail }));
			expect(result.error ?? result.items[0]?.json.error).toBeDefined();
			expectNoSecrets({ ...result, message: result.error?.message, logs }, [CARD, CARD_DIGITS, CVV]);
			pathsTried++;
		}
	});

	test.each(cardRuns)('%s: a card number the node refuses is not quoted', async (_name, parameters) => {
		const badCard = '4242-4242-42x';
		const bad = JSON.parse(JSON.stringify(parameters).split(CARD).join(badCard)) as IDataObject;
		qebot.sandbox.clearLog();
		const { result, logs } = await captureLogs(async () => await qebot.harness.run('qebot', bad, { continueOnFail: true }));
		expect(String(result.items[0]?.json.error)).toMatch(/Card Number/);
		expectNoSecrets({ ...result, logs }, [badCard, CVV]);
		expect(qebot.sandbox.log).toEqual([]);
		pathsTried++;
	});

	test('User › Create: an error quoting the new user\'s password', async () => {
		const parameters = { resource: 'user', operation: 'create', userFirstName: 'Ada', userLastName: 'L', userUsername: 'ada@example.com', userPassword: USER_PASSWORD, userRoleId: 4 };
		for (const continueOnFail of [false, true]) {
			clearFaults(qebot.sandbox);
			qebot.sandbox.injectFault(quoteAll([USER_PASSWORD]));
			const { result, logs } = await captureLogs(async () => await qebot.harness.run('qebot', parameters, { continueOnFail }));
			expect(result.error ?? result.items[0]?.json.error).toBeDefined();
			expectNoSecrets({ ...result, message: result.error?.message, logs }, [USER_PASSWORD]);
			pathsTried++;
		}
	});

	test('QBD Connect Instance › Update: an error quoting the QBWC password', async () => {
		const parameters = { resource: 'instance', operation: 'update', instanceId: byId('inst-1'), instanceUpdateFields: { password: QBWC_PASSWORD } };
		for (const continueOnFail of [false, true]) {
			clearFaults(qbd.sandbox);
			qbd.sandbox.injectFault(quoteAll([QBWC_PASSWORD]));
			const { result, logs } = await captureLogs(async () => await qbd.harness.run('qbdConnect', parameters, { continueOnFail }));
			expect(result.error ?? result.items[0]?.json.error).toBeDefined();
			expectNoSecrets({ ...result, message: result.error?.message, logs }, [QBWC_PASSWORD]);
			pathsTried++;
		}
	});

	test('the secret fields users type are password fields', () => {
		// also the resource-prefixed names (billingCardNumber, purchaseCvv, userPassword, ssoToken, ssoJwt)
		const secretNames = /^(cardNumber|card_number|cvv|password|token)$|^[a-z]+(CardNumber|Cvv|Password|Token|Jwt)$/;
		for (const node of ['qebot', 'qbdConnect']) {
			const walk = (properties: IDataObject[]): void => {
				for (const property of properties) {
					if (typeof property.name === 'string' && secretNames.test(property.name)) {
						expect({ field: `${node}.${property.name}`, password: (property.typeOptions as IDataObject | undefined)?.password }).toEqual({ field: `${node}.${property.name}`, password: true });
					}
					for (const nested of [property.options, property.values]) if (Array.isArray(nested)) walk(nested as IDataObject[]);
				}
			};
			walk(nodesOf(node)[0].description.properties as unknown as IDataObject[]);
		}
	});
});

afterAll(() => {
	console.log(`secret failure paths scanned: ${pathsTried}`);
	recordFigure('secrets', { paths: pathsTried });
});
