import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { Harness } from '../helpers/harness';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { byId, NODE, TOKEN } from './setup';

const secured = new QbdConnectSandbox(TOKEN);
const open = new QbdConnectSandbox('');
let harness: Harness;

beforeAll(async () => {
	await secured.start();
	await open.start();
	harness = new Harness([new QbdConnect()], [new QbdConnectApi()]);
});
afterAll(async () => {
	await secured.stop();
	await open.stop();
});
beforeEach(() => {
	secured.clearLog();
	open.clearLog();
});

const data = (sandbox: QbdConnectSandbox, extra: Record<string, unknown> = {}) =>
	({ ...sandbox.demoCredentials(), ...extra }) as ICredentialDataDecryptedObject;

describe('QBD Connect credential', () => {
	test('the defaults are the documented base URL and version, no token', () => {
		const type = new QbdConnectApi();
		const defaults = Object.fromEntries(type.properties.map((property) => [property.name, property.default]));
		expect(defaults).toEqual({ baseUrl: 'http://localhost:8081/qbdconnect-api', apiVersion: 'v1', accessToken: '' });
		expect(type.properties.find((property) => property.name === 'accessToken')?.typeOptions?.password).toBe(true);
	});

	test('with a token, every call carries Authorization: Bearer <token>', async () => {
		harness.credentials.set('qbdConnectApi', data(secured));
		const { error } = await harness.run(NODE, { resource: 'product', operation: 'get', productId: byId('prod_basic') });
		expect(error).toBeUndefined();
		expect(secured.log[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
	});

	test('without a token, no Authorization header at all is sent', async () => {
		harness.credentials.set('qbdConnectApi', data(open, { accessToken: '' }));
		const { items, error } = await harness.run(NODE, { resource: 'product', operation: 'get', productId: byId('prod_basic') });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('prod_basic');
		expect(open.log).toHaveLength(1);
		expect(open.log[0].headers).not.toHaveProperty('authorization');
	});

	test('a token of blanks counts as no token', async () => {
		harness.credentials.set('qbdConnectApi', data(open, { accessToken: '   ' }));
		await harness.run(NODE, { resource: 'product', operation: 'getAll', returnAll: true });
		expect(open.log[0].headers).not.toHaveProperty('authorization');
	});

	test('base URL with a trailing slash and version with slashes still give /qbdconnect-api/v1', async () => {
		harness.credentials.set('qbdConnectApi', data(secured, { baseUrl: `${secured.url}/qbdconnect-api/`, apiVersion: '/v1/' }));
		await harness.run(NODE, { resource: 'product', operation: 'getAll', returnAll: true });
		expect(secured.log[0].path).toBe('/qbdconnect-api/v1/products');
	});

	test('the credential test passes with the right token, sending GET /products', async () => {
		const result = await harness.testCredential('qbdConnectApi', data(secured));
		expect(result.status).toBe('OK');
		expect(secured.log.map((entry) => [entry.method, entry.path, entry.headers.authorization])).toEqual([
			['GET', '/qbdconnect-api/v1/products', `Bearer ${TOKEN}`],
		]);
	});

	test('the credential test passes without a token against an open server', async () => {
		const result = await harness.testCredential('qbdConnectApi', data(open, { accessToken: '' }));
		expect(result.status).toBe('OK');
		expect(open.log[0].headers).not.toHaveProperty('authorization');
	});

	test('the credential test fails when the server refuses the token', async () => {
		const result = await harness.testCredential('qbdConnectApi', data(secured, { accessToken: 'wrong-token' }));
		expect(result.status).toBe('Error');
		expect(result.message).not.toContain('wrong-token');
		expect(result.message).toBe(
			'QBD Connect did not answer with the list of products at {Base URL}/{API Version}/products: check the Base URL (e.g. http://localhost:8081/qbdconnect-api, without the version), the API Version (e.g. v1) and the Access Token (empty if your installation needs none)',
		);
		expect(secured.log.every((entry) => entry.headers.authorization === 'Bearer wrong-token')).toBe(true);
	});

	test('the credential test fails on a wrong version (404) and says where to look', async () => {
		const result = await harness.testCredential('qbdConnectApi', data(secured, { apiVersion: 'v9' }));
		expect(result).toEqual({ status: 'Error', message: 'QBD Connect did not answer with the list of products at {Base URL}/{API Version}/products: check the Base URL (e.g. http://localhost:8081/qbdconnect-api, without the version), the API Version (e.g. v1) and the Access Token (empty if your installation needs none)' });
		expect(secured.log.map((entry) => entry.path)).toEqual(['/qbdconnect-api/v9/products']);
	});

	test.each([
		[404, 'Not Found', /^Not Found \(QBD Connect answered HTTP 404 for \{Base URL\}\/\{API Version\}\/products\): check the Base URL .* and the API Version \(e\.g\. v1\)$/],
		[401, 'Unauthorized', /^Unauthorized \(QBD Connect answered HTTP 401\): check the Access Token/],
	])('a server\'s standard error body with status %i gets its own message', async (status, reason, message) => {
		secured.injectFault({ status, json: { timestamp: '2026-01-01T00:00:00Z', status, error: reason, path: '/qbdconnect-api/v1/products' } });
		const result = await harness.testCredential('qbdConnectApi', data(secured));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(message);
	});

	test('an HTML page (a wrong Base URL) is no success', async () => {
		secured.injectFault({ status: 200, text: '<html><body>Welcome</body></html>' });
		const result = await harness.testCredential('qbdConnectApi', data(secured));
		expect(result).toEqual({ status: 'Error', message: 'QBD Connect did not answer with the list of products at {Base URL}/{API Version}/products: check the Base URL (e.g. http://localhost:8081/qbdconnect-api, without the version), the API Version (e.g. v1) and the Access Token (empty if your installation needs none)' });
	});

	test('the credential test fails when nothing listens', async () => {
		const result = await harness.testCredential('qbdConnectApi', { baseUrl: 'http://127.0.0.1:9/qbdconnect-api', apiVersion: 'v1', accessToken: '' });
		expect(result.status).toBe('Error');
		expect(result.message).toBeTruthy();
	});
});
