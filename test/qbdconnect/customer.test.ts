import { byId, jsonOf, NODE, pairedOf, qbdFixture, TOKEN } from './setup';

const fixture = qbdFixture();
const customer = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'customer',
	operation,
	...parameters,
});

describe('QBD Connect › Customer', () => {
	test('Get sends GET /customers/{id} with the bearer token and returns the customer', async () => {
		const { items, error } = await fixture.harness.run(NODE, customer('get', { customerId: byId('cust-1') }));
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(fixture.sandbox.log).toHaveLength(1);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/qbdconnect-api/v1/customers/cust-1');
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(jsonOf(items)).toEqual([fixture.sandbox.customers.get('cust-1')]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	test('Get simplifies by default: its instances named by ID and name only; Simplify off keeps them whole', async () => {
		const whole = { instanceId: 'inst-1', name: 'Acme Main', customerId: 'cust-9', fileId: 'file-1', validated: true };
		fixture.sandbox.customers.set('cust-9', { id: 'cust-9', name: 'Contoso', primaryBillingContact: { email: 'owner@contoso.example' }, qbdInstances: [whole] });
		const simple = await fixture.harness.run(NODE, customer('get', { customerId: byId('cust-9') }));
		expect(jsonOf(simple.items)).toEqual([
			{ id: 'cust-9', name: 'Contoso', primaryBillingContact: { email: 'owner@contoso.example' }, qbdInstances: [{ instanceId: 'inst-1', name: 'Acme Main' }] },
		]);
		const raw = await fixture.harness.run(NODE, customer('get', { customerId: byId('cust-9'), customerSimplify: false }));
		expect((raw.items[0].json.qbdInstances as unknown[])[0]).toEqual(whole);
		expect(fixture.sandbox.log.map((entry) => entry.path)).toEqual(['/qbdconnect-api/v1/customers/cust-9', '/qbdconnect-api/v1/customers/cust-9']);
		fixture.sandbox.customers.delete('cust-9');
	});

	test('a customer picked from the list (mode list) is used like an ID', async () => {
		const { items } = await fixture.harness.run(
			NODE,
			customer('get', { customerId: { __rl: true, mode: 'list', value: 'cust-2', cachedResultName: 'Northwind' } }),
		);
		expect(fixture.sandbox.log[0].path).toBe('/qbdconnect-api/v1/customers/cust-2');
		expect(items[0].json.name).toBe('Northwind Traders');
	});

	test('Get by Gateway ID sends the Stripe ID as gatewayCustomerId', async () => {
		const { items } = await fixture.harness.run(NODE, customer('getByGatewayId', { gatewayCustomerId: ' cus_North002 ' }));
		const [request] = fixture.sandbox.log;
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/qbdconnect-api/v1/customers');
		expect(request.query).toEqual({ gatewayCustomerId: 'cus_North002' });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: 'cust-2' })]);
	});

	test('Get by Gateway ID without an ID sends nothing', async () => {
		const { error } = await fixture.harness.run(NODE, customer('getByGatewayId', { gatewayCustomerId: '={{ $json.id }}' }), {
			items: [{ id: '  ' }],
		});
		expect(error?.message).toContain('Gateway Customer ID');
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Create sends the Customer schema: billing contact, address, other fields, instances', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			customer('create', {
				customerEmail: 'owner@contoso.example',
				customerFields: {
					name: 'Contoso',
					firstName: 'Olga',
					lastName: 'Owner',
					phone: '+1 512 555 0100',
					gatewayCustomerId: 'cus_Contoso',
					organizationId: 'org-9',
					subscriptionId: 'sub_9',
					id: 'cust-contoso',
					qbdInstances: '[{"name": "Contoso Main", "customerId": "cust-contoso", "contact": {"firstName": "Olga", "lastName": "Owner", "email": "owner@contoso.example"}}]',
				},
				customerAddress: { values: { street1: '5 Elm St', street2: '', city: 'Dallas', state: 'tx', postalCode: '75201' } },
			}),
		);
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/qbdconnect-api/v1/customers');
		expect(request.headers['content-type']).toContain('application/json');
		expect(request.body).toEqual({
			id: 'cust-contoso',
			organizationId: 'org-9',
			gatewayCustomerId: 'cus_Contoso',
			subscriptionId: 'sub_9',
			name: 'Contoso',
			address: { street1: '5 Elm St', city: 'Dallas', state: 'TX', postalCode: '75201' },
			primaryBillingContact: { firstName: 'Olga', lastName: 'Owner', email: 'owner@contoso.example', phone: '+1 512 555 0100' },
			qbdInstances: [{ name: 'Contoso Main', customerId: 'cust-contoso', contact: { firstName: 'Olga', lastName: 'Owner', email: 'owner@contoso.example' } }],
		});
		expect(items[0].json).toEqual(expect.objectContaining({ id: 'cust-contoso', name: 'Contoso' }));
		expect(fixture.sandbox.customers.has('cust-contoso')).toBe(true);
	});

	test('fields added to Additional Fields or Address and left empty are not sent', async () => {
		const { error } = await fixture.harness.run(
			NODE,
			customer('create', {
				customerEmail: 'blank@example.com',
				customerFields: { name: '', phone: '', organizationId: 'org-1' },
				customerAddress: { values: { street1: '1 A St', street2: '  ', city: 'Waco', state: 'tx', postalCode: '76701' } },
			}),
		);
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log[0].body).toEqual({
			organizationId: 'org-1',
			primaryBillingContact: { email: 'blank@example.com' },
			address: { street1: '1 A St', city: 'Waco', state: 'TX', postalCode: '76701' },
		});
	});

	test('Create with only the required email sends just the billing contact', async () => {
		await fixture.harness.run(NODE, customer('create', { customerEmail: 'solo@example.com' }));
		expect(fixture.sandbox.log[0].body).toEqual({ primaryBillingContact: { email: 'solo@example.com' } });
	});

	test.each([
		[{ customerEmail: '={{ $json.none }}' }, 'Billing Contact Email'],
		[{ customerEmail: 'not-an-email' }, 'Billing Contact Email'],
		[{ customerEmail: 'a@b.example', customerAddress: { values: { street1: '1 A St', city: 'X', state: 'TXS', postalCode: '1' } } }, 'Address › State'],
		[{ customerEmail: 'a@b.example', customerAddress: { values: { street1: '1 A St', city: 'X', state: 'TX', postalCode: '12345678901' } } }, 'Address › Zip Code'],
		[{ customerEmail: 'a@b.example', customerAddress: { values: { street1: '={{ $json.none }}', city: 'X', state: 'TX', postalCode: '1' } } }, 'Address › Street 1'],
		[{ customerEmail: 'a@b.example', customerFields: { qbdInstances: '{"name": 1}' } }, 'Additional Fields › QBD Instances (JSON)'],
		[{ customerEmail: 'a@b.example', customerFields: { qbdInstances: '[oops' } }, 'Additional Fields › QBD Instances (JSON)'],
	])('Create with bad input %j names the field and sends nothing', async (parameters, field) => {
		const { error } = await fixture.harness.run(NODE, customer('create', parameters));
		// n8n's RoutingNode re-wraps errors thrown before the request as NodeApiError without HTTP code
		expect(['NodeOperationError', 'NodeApiError']).toContain(error?.name);
		expect(error?.httpCode ?? 'none').toBe('none');
		expect(error?.message).toContain(`'${field}'`);
		expect(error?.description).toContain('nothing was sent');
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	// issue 14: the documented Instance schema is checked with zod before anything is sent
	test.each([
		['[{"name": "Main", "customerId": "cust-1"}]', 'entry 1, contact: Required'],
		['[{"name": "Main", "customerId": "cust-1", "contact": {"firstName": "A", "lastName": "B", "email": "nope"}}]', 'entry 1, contact.email: Invalid email'],
		['[{"name": " ", "customerId": "cust-1", "contact": {"firstName": "A", "lastName": "B", "email": "a@b.example"}}]', 'entry 1, name'],
		['[{"name": "M", "customerId": "c", "contact": {"firstName": "A", "lastName": "B", "email": "a@b.example"}, "frequencyInMinutes": 0.5}]', 'entry 1, frequencyInMinutes'],
		['{"name": "Main"}', 'it must be a JSON list of instance objects'],
	])('Create refuses QBD Instances %s against the Instance schema, naming where', async (qbdInstances, problem) => {
		const { error } = await fixture.harness.run(NODE, customer('create', { customerEmail: 'a@b.example', customerFields: { qbdInstances } }));
		expect(error?.message).toContain("Invalid 'Additional Fields › QBD Instances (JSON)': ");
		expect(error?.message).toContain(problem);
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Get Stats converts the date pickers (workflow time zone) to JSON date-times', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			customer('getStats', { customerId: byId('cust-1'), begin: '2026-03-01T00:00:00', end: '2026-03-31T23:59:59.000Z' }),
		);
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.path).toBe('/qbdconnect-api/v1/customers/cust-1/stats');
		// the harness workflow runs in n8n's default zone, America/New_York (UTC-5 in March before DST)
		expect(request.query).toEqual({ begin: '2026-03-01T05:00:00.000Z', end: '2026-03-31T23:59:59.000Z' });
		expect(items[0].json).toEqual(expect.objectContaining({ customerId: 'cust-1', instances: 2 }));
	});

	test('Get Stats with the end before the begin sends nothing', async () => {
		const { error } = await fixture.harness.run(
			NODE,
			customer('getStats', { customerId: byId('cust-1'), begin: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' }),
		);
		expect(error?.message).toContain("'End'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Get Stats without dates or with a bad date sends nothing', async () => {
		let result = await fixture.harness.run(
			NODE,
			customer('getStats', { customerId: byId('cust-1'), begin: '={{ $json.none }}', end: '={{ $json.none }}' }),
		);
		expect(result.error?.message).toContain("'Begin'");
		result = await fixture.harness.run(NODE, customer('getStats', { customerId: byId('cust-1'), begin: 'soon', end: '2026-03-01T00:00:00Z' }));
		expect(result.error?.message).toContain("'Begin'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test.each(['a/b', 'a b', 'x?y=1'])('an ID like %j is flagged by the editor check and not sent', async (value) => {
		const { error } = await fixture.harness.run(NODE, customer('get', { customerId: byId(value) }));
		expect(error?.name).toBe('WorkflowHasIssuesError');
		expect(error?.message).toContain('An ID has no spaces');
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test.each(['', 'a/b', 'a b', 'x?y=1'])('an ID like %j from an expression is refused before sending', async (value) => {
		const { error } = await fixture.harness.run(NODE, customer('get', { customerId: byId('={{ $json.id }}') }), {
			items: [{ id: value }],
		});
		expect(error?.message).toContain("Invalid 'Customer'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('an unknown customer gives the API message and HTTP status', async () => {
		const { error } = await fixture.harness.run(NODE, customer('get', { customerId: byId('cust-404') }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(`Customer cust-404 not found (check 'Customer': "cust-404")`);
		expect(error?.httpCode).toBe('404');
	});
});
