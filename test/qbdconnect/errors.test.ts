import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { byId, NODE, pairedOf, qbdFixture } from './setup';

const fixture = qbdFixture();

describe('QBD Connect › errors and items', () => {
	test('several input items: one request each, outputs paired with their input', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			{ resource: 'instance', operation: 'get', instanceId: byId('={{ $json.id }}') },
			{ items: [{ id: 'inst-1' }, { id: 'inst-3' }] },
		);
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log.map((entry) => entry.path)).toEqual([
			'/qbdconnect-api/v1/instances/inst-1',
			'/qbdconnect-api/v1/instances/inst-3',
		]);
		expect(items.map((item) => item.json.instanceId)).toEqual(['inst-1', 'inst-3']);
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('Continue On Fail: API errors and bad input become error items, the good item still runs', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			{ resource: 'instance', operation: 'get', instanceId: byId('={{ $json.id }}') },
			{ items: [{ id: 'inst-missing' }, { id: 'bad/id' }, { id: 'inst-2' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log.map((entry) => entry.path)).toEqual([
			'/qbdconnect-api/v1/instances/inst-missing',
			'/qbdconnect-api/v1/instances/inst-2',
		]);
		expect(items.map((item) => item.json.error ?? item.json.instanceId)).toEqual([
			`Instance inst-missing not found (check 'Instance': "inst-missing") [item 0]`,
			`Invalid 'Instance': "bad/id" is not an ID (no spaces, "/", "?" or "#") [item 1]`,
			'inst-2',
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('a plain-text error body still reaches the user with its status', async () => {
		fixture.sandbox.injectFault({ status: 502, text: 'Bad gateway from proxy', headers: { 'Content-Type': 'text/plain' } });
		const { error } = await fixture.harness.run(NODE, { resource: 'product', operation: 'getAll', returnAll: true, productGetAllOptions: { retry: false } });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Bad gateway from proxy');
		expect(error?.httpCode).toBe('502');
	});

	test('a refused token gives the API message, never the token', async () => {
		const saved = fixture.harness.credentials.stored.qbdConnectApi;
		fixture.harness.credentials.set('qbdConnectApi', { ...saved, accessToken: 'stolen-token-value' });
		try {
			const { error } = await fixture.harness.run(NODE, { resource: 'product', operation: 'get', productId: byId('prod_pro') });
			expect(error?.message).toBe('Unauthorized: missing or invalid bearer token');
			expect(error?.httpCode).toBe('401');
			expect(JSON.stringify(error)).not.toContain('stolen-token-value');
		} finally {
			fixture.harness.credentials.set('qbdConnectApi', saved);
		}
	});

	test('a dropped connection fails the node with an error', async () => {
		fixture.sandbox.injectFault({ reset: true });
		const { error } = await fixture.harness.run(NODE, { resource: 'user', operation: 'get', userId: byId('user-1') });
		expect(error).toBeDefined();
		expect(fixture.sandbox.log).toHaveLength(1);
	});

	// issue 16: n8n resolves every property sharing a name, per item; Return All / Limit keep n8n's names (constants)
	test('every parameter name is unique within the node, but Return All and Limit', () => {
		const names = new QbdConnect().description.properties.map((property) => property.name);
		const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))].sort();
		expect(repeated).toEqual(['limit', 'operation', 'returnAll']);
	});

	// issue 18: what an AI agent sees of each operation
	test('every operation has an action and a one-sentence description saying what it returns', () => {
		const operations = new QbdConnect().description.properties.filter((property) => property.name === 'operation');
		const options = operations.flatMap((property) => property.options as Array<{ action?: string; description?: string }>);
		expect(options).toHaveLength(33);
		for (const option of options) {
			expect(option.action).toMatch(/^[A-Z][a-z]/);
			expect(option.description).toMatch(/returns? /);
		}
	});

	test('the node is usable as an AI tool and shows operation and resource', () => {
		const description = new QbdConnect().description;
		expect(description.usableAsTool).toBe(true);
		expect(description.subtitle).toContain('operation');
		expect(description.icon).toEqual({ light: 'file:qbdconnect.svg', dark: 'file:qbdconnect.dark.svg' });
	});
});
