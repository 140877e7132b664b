import { DEFAULT_MAX_TRIES } from '../../nodes/shared/retry';
import { CRMRPC_DEMO_PASSWORD } from '../sandbox/crmrpc';
import { type CrmRpcTestBed, expectRpc, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc();
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => {
	bed.sandbox.clearLog();
	bed.harness.credentials.set('crmRpcApi', bed.credentials());
});

const getCompany = { resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '5' } };
const paths = () => bed.sandbox.log.map((entry) => entry.path);

describe('CrmRpc credential', () => {
	it('the credential test logs in and calls Profiles.GetProfiles', async () => {
		const result = await bed.harness.testCredential('crmRpcApi', bed.credentials());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(paths()).toEqual(['/auth', '/profiles']);
		expect(bed.sandbox.log[0].body).toEqual({
			method: 'Login',
			parameters: { email: 'demo@crmrpc.test', password: CRMRPC_DEMO_PASSWORD },
		});
		expectRpc(bed.sandbox.log[1], 'profiles', 'GetProfiles');
	});

	it('a wrong password fails clearly, without echoing it', async () => {
		const result = await bed.harness.testCredential('crmRpcApi', { ...bed.credentials(), password: 'wrong-secret-pw' });
		expect(result.status).toBe('Error');
		expect(result.message).toBe('CrmRpc login failed for demo@crmrpc.test: Invalid email or password');
		expect(result.message).not.toContain('wrong-secret-pw');
		expect(paths()).toEqual(['/auth']);
	});

	it('a login answer that echoes the password is redacted', async () => {
		bed.sandbox.injectFault({ status: 200, json: { success: false, error: 'No user with password wrong-secret-pw' } });
		const result = await bed.harness.testCredential('crmRpcApi', { ...bed.credentials(), password: 'wrong-secret-pw' });
		expect(result.message).toBe('CrmRpc login failed for demo@crmrpc.test: No user with password [redacted]');
	});

	it('a login refused with an HTTP error says so', async () => {
		bed.sandbox.injectFault({ status: 503, text: '<html>maintenance</html>', headers: { 'Content-Type': 'text/html' } });
		const result = await bed.harness.testCredential('crmRpcApi', bed.credentials());
		expect(result).toEqual({ status: 'Error', message: 'CrmRpc login failed for demo@crmrpc.test: HTTP 503' });
	});
});

describe('CrmRpc session token', () => {
	it('logs in once and reuses the token for later calls', async () => {
		const before = bed.sandbox.logins;
		for (let i = 0; i < 3; i++) expect((await bed.run(getCompany)).error).toBeUndefined();
		expect(bed.sandbox.logins - before).toBe(1);
		expect(paths()).toEqual(['/auth', '/companies', '/companies', '/companies']);
		const tokens = new Set(bed.sandbox.log.slice(1).map((entry) => entry.headers.authorization));
		expect(tokens.size).toBe(1);
		// the stored credential now holds the token (n8n keeps it in the hidden field)
		expect(`Bearer ${String(bed.harness.credentials.stored.crmRpcApi.sessionToken)}`).toBe([...tokens][0]);
	});

	it('an expired token (401) triggers exactly one new login and the call succeeds', async () => {
		await bed.run(getCompany);
		const refreshes = bed.harness.credentials.refreshes.crmRpcApi;
		const oldToken = bed.harness.credentials.stored.crmRpcApi.sessionToken;
		bed.sandbox.clearLog();
		bed.sandbox.expireTokens();

		const { items, error } = await bed.run(getCompany);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 5 });
		expect(bed.harness.credentials.refreshes.crmRpcApi - refreshes).toBe(1);
		expect(paths()).toEqual(['/companies', '/auth', '/companies']);
		expect(bed.sandbox.log[0].headers.authorization).toBe(`Bearer ${String(oldToken)}`);
		expect(bed.sandbox.log[2].headers.authorization).not.toBe(`Bearer ${String(oldToken)}`);
		expect(bed.sandbox.log[2].body).toEqual(bed.sandbox.log[0].body);

		// and the new token is kept for the next call
		bed.sandbox.clearLog();
		await bed.run(getCompany);
		expect(paths()).toEqual(['/companies']);
	});

	it('a token that expires in the middle of paging: one new login, the page again, the list complete', async () => {
		await bed.run(getCompany);
		bed.sandbox.clearLog();
		bed.sandbox.expireTokensAt((request) => request.body?.parameters?.page === 2);
		const { items, error } = await bed.run({ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1200);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(1200);
		expect(bed.sandbox.log.map((entry) => `${entry.path}:${entry.body?.parameters?.page ?? ''}`)).toEqual([
			'/companies:1',
			'/companies:2',
			'/auth:',
			'/companies:2',
			'/companies:3',
		]);
	});

	it('when the new login fails too, the error says the login failed (no password)', async () => {
		await bed.run(getCompany);
		bed.sandbox.expireTokens();
		bed.harness.credentials.set('crmRpcApi', {
			...bed.harness.credentials.stored.crmRpcApi,
			password: 'changed-password',
		});
		bed.sandbox.clearLog();
		const { error } = await bed.run(getCompany);
		expect(error?.message).toBe('CrmRpc login failed for demo@crmrpc.test: Invalid email or password');
		expect(JSON.stringify(error)).not.toContain('changed-password');
		expect(paths()).toEqual(['/companies', '/auth']);
	});

	it('a token the server does not know is renewed the same way', async () => {
		bed.harness.credentials.set('crmRpcApi', { ...bed.credentials(), sessionToken: 'forged-token' });
		const { error } = await bed.run(getCompany);
		expect(error).toBeUndefined();
		expect(paths()).toEqual(['/companies', '/auth', '/companies']);
	});
});

describe('CrmRpc errors', () => {
	it('HTTP 200 with success false is a NodeApiError with the API\'s error text', async () => {
		const { error } = await bed.run({ ...getCompany, companyId: { __rl: true, mode: 'id', value: '77777' } });
		expect(error).toMatchObject({ name: 'NodeApiError', message: 'Company not found', httpCode: '200' });
		expect(error?.description).toBe('HTTP 200: Company not found');
	});

	it('another HTTP error keeps the API\'s message and status', async () => {
		bed.sandbox.injectFault(
			{ status: 500, json: { success: false, response: null, error: 'Database unavailable' } },
			{ match: (entry) => entry.path === '/companies' },
		);
		const { error } = await bed.run(getCompany);
		expect(error).toMatchObject({ name: 'NodeApiError', message: 'Database unavailable', httpCode: '500' });
		expect(error?.description).toMatch(/^HTTP 500: Database unavailable\. /);
	});

	it('an HTTP error during paging keeps the API\'s message and status', async () => {
		// a 429 is retried (issue 17): the page fails once every try met it, and only that page is sent again
		bed.sandbox.injectFault(
			{ status: 429, json: { success: false, error: 'Too many requests, slow down' } },
			{ match: (entry) => entry.path === '/companies' && entry.body?.parameters?.page === 2, times: DEFAULT_MAX_TRIES },
		);
		const { error } = await bed.run({ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: true });
		expect(error).toMatchObject({ name: 'NodeApiError', httpCode: '429' });
		expect(error?.message).toMatch(/^Too many requests, slow down/);
		expect(bed.calls().map((entry) => entry.body.parameters.page)).toEqual([1, 2, 2, 2, 2, 2]);
	});

	it('an HTTP error without a JSON body keeps n8n\'s message and the status', async () => {
		bed.sandbox.injectFault(
			{ status: 502, text: '<html>Bad gateway</html>', headers: { 'Content-Type': 'text/html' } },
			{ match: (entry) => entry.path === '/companies' },
		);
		const { error } = await bed.run(getCompany);
		expect(error).toMatchObject({ name: 'NodeApiError', httpCode: '502' });
		expect(error?.message).toMatch(/bad gateway/i);
	});

	it('an answer that is not an envelope is an error, not an empty result', async () => {
		bed.sandbox.injectFault({ status: 200, text: 'OK', headers: { 'Content-Type': 'text/plain' } }, { match: (entry) => entry.path === '/companies' });
		const { error } = await bed.run(getCompany);
		expect(error?.message).toBe('CrmRpc answered with something that is not a JSON envelope');
	});

	it('API errors never show the password or the token', async () => {
		await bed.run(getCompany);
		const token = String(bed.harness.credentials.stored.crmRpcApi.sessionToken);
		bed.sandbox.injectFault(
			{ status: 200, json: { success: false, error: `Token ${token} may not read company 5 (login ${CRMRPC_DEMO_PASSWORD})` } },
			{ match: (entry) => entry.path === '/companies' },
		);
		const { error } = await bed.run(getCompany);
		expect(error?.message).toBe('Token [redacted] may not read company 5 (login [redacted])');
		expect(JSON.stringify(error)).not.toContain(token);
		expect(JSON.stringify(error)).not.toContain(CRMRPC_DEMO_PASSWORD);
	});

	it('Continue On Fail: HTTP and business errors become error items, paired with their input', async () => {
		bed.sandbox.injectFault(
			{ status: 500, json: { success: false, error: 'Database unavailable' } },
			{ match: (entry) => entry.path === '/companies' && entry.body?.parameters?.search_value === '2' },
		);
		const { items, error } = await bed.run(
			{ ...getCompany, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ continueOnFail: true, items: [{ id: 1 }, { id: 2 }, { id: 88888 }] },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			['Database unavailable [item 1]', { item: 1 }],
			['Company not found [item 2]', { item: 2 }],
		]);
	});
});
