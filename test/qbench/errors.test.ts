import { byId, qbenchFixture } from './setup';

const fixture = qbenchFixture();
const run = (parameters: Record<string, unknown>, options = {}) =>
	fixture.harness.run('qBench', { resource: 'customer', ...parameters }, options);

/** The operations as the node displays them. */
const DISPLAYED: Record<string, string> = { get: 'Get', delete: 'Delete', create: 'Create', update: 'Update', addContacts: 'Add Contacts', removeContact: 'Remove Contact' };

describe('QBench errors', () => {
	test.each([
		[401, 'Invalid or expired access token'],
		[404, `Customer 999 not found (check 'Customer': "999")`],
		[422, 'customer_name is not valid'],
		[500, 'Internal server error, please retry'],
	])('HTTP %i keeps the API message and status', async (status, message) => {
		if (status === 401 || status === 422 || status === 500) {
			fixture.sandbox.injectFault({ status, json: { message } });
		}
		const { error, items } = await run({ operation: 'get', customerId: byId(999) });
		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(message);
		expect(error?.httpCode).toBe(String(status));
		expect(error?.description).toContain(message.replace(/ \(check .*$/, ''));
	});

	test('a wrong token is refused by the API with its message', async () => {
		const harness = fixture.harness;
		const saved = { ...harness.credentials.stored.qBenchApi };
		harness.credentials.set('qBenchApi', { ...saved, accessToken: 'wrong-token' });
		try {
			const { error } = await run({ operation: 'get', customerId: byId(1) });
			expect(error?.message).toBe('Invalid or expired access token');
			expect(error?.httpCode).toBe('401');
			expect(JSON.stringify(error)).not.toContain('wrong-token');
		} finally {
			harness.credentials.set('qBenchApi', saved);
		}
	});

	test('an error body that is not JSON still reaches the user', async () => {
		fixture.sandbox.injectFault({ status: 502, text: 'Bad gateway from proxy', headers: { 'Content-Type': 'text/plain' } });
		const { error } = await run({ operation: 'get', customerId: byId(1) });
		expect(error?.message).toBe('Bad gateway from proxy');
		expect(error?.httpCode).toBe('502');
	});

	test('Continue On Fail: the failing item becomes an error item paired with its input, the others run', async () => {
		const { items, error } = await run(
			{ operation: 'get', customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ items: [{ id: 1 }, { id: 999 }, { id: 2 }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json.id).toBe(1);
		expect(items[1].json.error).toBe(`Customer 999 not found (check 'Customer': "999") [item 1]`);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[2].json.id).toBe(2);
		expect(items[2].pairedItem).toEqual({ item: 2 });
	});
});

describe('QBench input validation (nothing is sent)', () => {
	// values come from the input item through expressions, so only the node's own checks can catch them
	test.each([
		['get', { customerId: byId('={{ $json.bad }}') }, 'abc', `Invalid 'Customer': "abc" is not a numeric ID`],
		['get', { customerId: byId('={{ $json.bad }}') }, '', "Invalid 'Customer': it is required"],
		['delete', { customerId: byId('={{ $json.bad }}') }, '12a', `Invalid 'Customer': "12a" is not a numeric ID`],
		['create', { customerName: '={{ $json.bad }}' }, '', "Invalid 'Customer Name': it is required and cannot be empty"],
		['create', { customerName: '={{ $json.bad }}' }, '   ', "Invalid 'Customer Name': it is required and cannot be empty"],
		[
			'create',
			{ customerName: 'X', customerFields: { contacts: { contact: [{ contactId: '={{ $json.bad }}' }] } } },
			'seven',
			`Invalid 'Additional Fields › Contacts › Contact 1 › Contact ID': "seven" is not a numeric ID`,
		],
		['update', { customerId: byId(1), customerUpdateFields: {} }, '', "Invalid 'Update Fields': set at least one field to update"],
		[
			'update',
			{ customerId: byId(1), customerUpdateFields: { customerName: '={{ $json.bad }}' } },
			'',
			"Invalid 'Customer Name': QBench does not accept an empty name; remove the field to keep the current one",
		],
		['addContacts', { customerId: byId(1), customerAddContacts: {} }, '', "Invalid 'Contacts to Add': add at least one contact"],
		['removeContact', { customerId: byId(1), customerContactId: '={{ $json.bad }}' }, 'x', `Invalid 'Contact ID': "x" is not a numeric ID`],
	])('%s %j with %j', async (operation, parameters, bad, message) => {
		const { error } = await run({ operation, ...parameters }, { items: [{ bad }] });
		// n8n's RoutingNode re-wraps errors thrown before the request as NodeApiError without HTTP code
		expect(['NodeOperationError', 'NodeApiError']).toContain(error?.name);
		expect(error?.httpCode ?? 'none').toBe('none');
		expect(error?.message).toBe(message);
		expect(error?.description).toContain(`Customer › ${DISPLAYED[operation]}`);
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('a literal non-numeric customer ID is refused by n8n before the workflow starts', async () => {
		const { error } = await run({ operation: 'get', customerId: byId('abc') });
		expect(error?.name).toBe('WorkflowHasIssuesError');
		expect(error?.message).toContain("'QBench' node has issues");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('with Continue On Fail a bad item becomes an error item and the good ones are sent', async () => {
		const { items } = await run(
			{ operation: 'get', customerId: byId('={{ $json.id }}') },
			{ items: [{ id: 'x1' }, { id: 4 }], continueOnFail: true },
		);
		expect(items[0].json.error).toBe(`Invalid 'Customer': "x1" is not a numeric ID [item 0]`);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.id).toBe(4);
		expect(fixture.sandbox.log.map((request) => request.path)).toEqual(['/qbench/api/v1/customer/4']);
	});
});

describe('QBench credential test', () => {
	test('passes with the right token', async () => {
		const result = await fixture.harness.testCredential('qBenchApi', fixture.sandbox.demoCredentials());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = fixture.sandbox.log;
		expect(request.path).toBe('/qbench/api/v1/customer');
		expect(request.headers.authorization).toBe(`Bearer ${fixture.sandbox.token}`);
	});

	test('fails clearly with a wrong token, without echoing it', async () => {
		const result = await fixture.harness.testCredential('qBenchApi', { ...fixture.sandbox.demoCredentials(), accessToken: 'nope-123' });
		expect(result.status).toBe('Error');
		expect(result).toEqual({ status: 'Error', message: 'Invalid or expired access token (QBench answered HTTP 401): create a new token in QBench' });
		expect(result.message).not.toContain('nope-123');
	});

	test('a wrong Instance URL (another server\'s 404 or page) says which URL to check', async () => {
		const result = await fixture.harness.testCredential('qBenchApi', { ...fixture.sandbox.demoCredentials(), url: `${fixture.sandbox.url}/lab` });
		expect(result).toEqual({
			status: 'Error',
			message:
				'QBench did not answer with a page of customers at {Instance URL}/qbench/api/v1/customer: check the Instance URL (e.g. https://mylab.qbench.net) and the access token',
		});
		expect(fixture.sandbox.log.map((entry) => entry.path)).toEqual(['/lab/qbench/api/v1/customer']);
	});

	test('a trailing slash on the instance URL is tolerated', async () => {
		const result = await fixture.harness.testCredential('qBenchApi', { ...fixture.sandbox.demoCredentials(), url: `${fixture.sandbox.url}/` });
		expect(result.status).toBe('OK');
		expect(fixture.sandbox.log[0].path).toBe('/qbench/api/v1/customer');
	});
});
