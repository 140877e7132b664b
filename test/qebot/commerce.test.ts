import { basicAuth, byId, jsonOf, startQebot } from './setup';

// a number that passes the node's format check but fails the card checksum (Luhn) in the sandbox,
// whose 422 quotes it the way some payment APIs do
const BAD_CARD = '4111 1111 1111 1112';
const GOOD_CARD = '4242-4242-4242-4242';

/** JSON of an error or items without their timestamps (digits that could contain a CVV by chance). */
const withoutTimes = (value: unknown) => JSON.stringify(value).replace(/"timestamp":\d+/g, '');

describe('Qebot node › Tool, Billing, Purchase', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	describe('Tool', () => {
		test('Get Many and Get unwrap {tools: [...]}', async () => {
			const { sandbox, harness } = context;
			const many = await harness.run('qebot', { resource: 'tool', operation: 'getAll', limit: 2 });
			expect(jsonOf(many.items)).toEqual([
				{ id: 1, tool: 'Social Media Dashboard', plan_code: 'social_manager', amount: 25 },
				{ id: 2, tool: 'Review Monitor', plan_code: 'review_monitor', amount: 20 },
			]);
			const one = await harness.run('qebot', { resource: 'tool', operation: 'get', toolId: byId(2) });
			expect(jsonOf(one.items)).toEqual([{ id: 2, tool: 'Review Monitor', plan_code: 'review_monitor', amount: 20 }]);
			expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.headers.authorization])).toEqual([
				['GET', '/api/v1/tools', basicAuth(sandbox)],
				['GET', '/api/v1/tools/2', basicAuth(sandbox)],
			]);
		});

		test('The tool picker lists tools with their price', async () => {
			const { results } = await context.harness.listSearch('qebot', 'searchTools', {}, 'review');
			expect(results).toEqual([{ name: 'Review Monitor (20) (#2)', value: '2' }]);
		});
	});

	describe('Billing', () => {
		test('Get Many, Get and the billing picker', async () => {
			const { sandbox, harness } = context;
			const many = await harness.run('qebot', { resource: 'billing', operation: 'getAll', returnAll: true, billingSimplify: false });
			expect(many.items.map((item) => item.json.last_four)).toEqual(['1111', '4444']);
			const one = await harness.run('qebot', { resource: 'billing', operation: 'get', billingId: byId(2), billingSimplify: false });
			expect(one.items[0].json).toMatchObject({ id: 2, first_name: 'Jane', card_type: 'MasterCard' });
			const picker = await harness.listSearch('qebot', 'searchBillings');
			expect(picker.results[0]).toEqual({ name: 'John Doe · Visa …1111 (#1)', value: '1' });
			expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([
				['GET', '/api/v1/billings'],
				['GET', '/api/v1/billings/2'],
				['GET', '/api/v1/billings'],
			]);
		});

		test('Simplify (on by default): ten fields of a card on file, for Get and Get Many', async () => {
			const { harness } = context;
			const one = await harness.run('qebot', { resource: 'billing', operation: 'get', billingId: byId(2) });
			expect(one.items.map((item) => [item.json, item.pairedItem])).toEqual([
				[
					{ id: 2, firstName: 'Jane', lastName: 'Kent', company: null, cardType: 'MasterCard', lastFour: '4444', expiryMonth: 12, expiryYear: 2030, zip: '12345', country: 'US' },
					{ item: 0 },
				],
			]);
			const many = await harness.run('qebot', { resource: 'billing', operation: 'getAll', returnAll: true });
			expect(many.items.map((item) => item.json.lastFour)).toEqual(['1111', '4444']);
			expect(many.items.every((item) => Object.keys(item.json).length <= 10)).toBe(true);
		});

		test('Create sends the card on file; the output holds only what Qebot returns (no card number)', async () => {
			const { sandbox, harness } = context;
			const { items, error } = await harness.run('qebot', {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'Bruce',
				billingLastName: 'Wayne',
				billingCardNumber: GOOD_CARD,
				billingExpiryMonth: 7,
				billingExpiryYear: 2031,
				billingFields: { cvv: '123', country: 'us', cardType: 'Visa', zip: '10001', company: 'Wayne Enterprises' },
			});
			expect(error).toBeUndefined();
			expect(sandbox.log[0]).toMatchObject({ method: 'POST', path: '/api/v1/billings' });
			expect(sandbox.log[0].body).toEqual({
				first_name: 'Bruce',
				last_name: 'Wayne',
				card_number: GOOD_CARD,
				expiry_month: 7,
				expiry_year: 2031,
				cvv: '123',
				country: 'US',
				card_type: 'Visa',
				zip: '10001',
				company: 'Wayne Enterprises',
			});
			expect(items[0].json).toMatchObject({ first_name: 'Bruce', first_six: '424242', last_four: '4242', expiry_month: 7 });
			expect(JSON.stringify(items)).not.toMatch(/4242-4242-4242-4242|4242424242424242|"cvv"/);
		});

		test('A 422 that quotes the card number and CVV reaches the user redacted', async () => {
			const { sandbox, harness } = context;
			const { error } = await harness.run('qebot', {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'Bruce',
				billingLastName: 'Wayne',
				billingCardNumber: BAD_CARD,
				billingExpiryMonth: 7,
				billingExpiryYear: 2031,
				billingFields: { cvv: '9876' },
			});
			expect(sandbox.log).toHaveLength(1);
			expect(error?.message).toBe('card_number [redacted] is not a valid credit card number');
			expect(error?.httpCode).toBe('422');
			const { node: _node, ...shown } = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
			const everything = JSON.stringify(shown);
			expect(everything).not.toContain('1111 1111 1111 1112');
			expect(everything).not.toContain('4111111111111112');
		});

		test('A dropped connection while sending a card leaks neither the card number nor the CVV', async () => {
			const { sandbox, harness } = context;
			sandbox.injectFault({ reset: true });
			const parameters = {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'A',
				billingLastName: 'B',
				billingCardNumber: '4242424242424242',
				billingExpiryMonth: 1,
				billingExpiryYear: 2030,
				billingFields: { cvv: '987' },
			};
			const { error } = await harness.run('qebot', parameters);
			expect(error?.message).toMatch(/connection to the server was closed/);
			const { node: _node, ...shown } = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
			expect(withoutTimes(shown)).not.toMatch(/4242424242424242|987/);
			sandbox.injectFault({ reset: true });
			const failed = await harness.run('qebot', parameters, { continueOnFail: true });
			expect(withoutTimes(failed.items)).not.toMatch(/4242424242424242|987/);
		});

		test('The CVV the API quotes back is redacted too, on update', async () => {
			const { sandbox, harness } = context;
			sandbox.injectFault({ status: 422, json: { errors: { cvv: ['9876 does not match the card'] } } });
			const { error } = await harness.run('qebot', { resource: 'billing', operation: 'update', billingId: byId(1), billingUpdateFields: { cvv: '9876' } });
			expect(error?.message).toBe('cvv [redacted] does not match the card');
			// what the error carries besides the node's own (password-typed) parameters
			const { node: _node, stack: _stack, ...shown } = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
			expect(withoutTimes(shown)).not.toContain('9876');
			expect(shown.description).toMatch(/^HTTP 422: cvv \[redacted\] does not match the card\. /);
		});

		test('Bad card input sends nothing, and the message does not quote the number', async () => {
			const { sandbox, harness } = context;
			const shortCard = await harness.run('qebot', {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'A',
				billingLastName: 'B',
				billingCardNumber: '4111 11',
				billingExpiryMonth: 7,
				billingExpiryYear: 2031,
			});
			expect(shortCard.error?.message).toBe("Invalid 'Card Number': a card number has 12 to 19 digits (spaces and dashes are accepted)");
			const badMonth = await harness.run('qebot', {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'A',
				billingLastName: 'B',
				billingCardNumber: GOOD_CARD,
				billingExpiryMonth: '={{ 13 }}',
				billingExpiryYear: 2031,
			});
			expect(badMonth.error?.message).toMatch(/^Invalid 'Expiry Month': "13" is not one of the choices \(01 - January, /);
			const badYear = await harness.run('qebot', {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'A',
				billingLastName: 'B',
				billingCardNumber: GOOD_CARD,
				billingExpiryMonth: 1,
				billingExpiryYear: '31',
			});
			expect(badYear.error?.message).toBe(`Invalid 'Expiry Year': "31" is not a whole number from 2000 to 2200`);
			const badCvv = await harness.run('qebot', { resource: 'billing', operation: 'update', billingId: byId(1), billingUpdateFields: { cvv: '12' } });
			expect(badCvv.error?.message).toBe("Invalid 'CVV': a security code has 3 or 4 digits");
			expect(sandbox.log).toHaveLength(0);
		});

		test('Update PATCHes only the set fields', async () => {
			const { sandbox, harness } = context;
			const { items } = await harness.run('qebot', {
				resource: 'billing',
				operation: 'update',
				billingId: byId(2),
				billingUpdateFields: { city: 'Metropolis', expiryYear: 2032 },
			});
			expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
				['PATCH', '/api/v1/billings/2', { city: 'Metropolis', expiry_year: 2032 }],
			]);
			expect(items[0].json).toMatchObject({ id: 2, city: 'Metropolis', expiry_year: 2032, last_four: '4444' });
		});

		test('Delete sends DELETE /billings/{id}', async () => {
			const { sandbox, harness } = context;
			const billing = sandbox.addBilling({ first_name: 'Old', last_name: 'Card' });
			const { items } = await harness.run('qebot', { resource: 'billing', operation: 'delete', billingId: byId(billing.id) });
			expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['DELETE', `/api/v1/billings/${billing.id}`]]);
			expect(jsonOf(items)).toEqual([{ deleted: true }]);
		});
	});

	describe('Purchase', () => {
		test('Get Many and Get unwrap {purchases: [...]} with brand, business, tool and user', async () => {
			const { sandbox, harness } = context;
			const many = await harness.run('qebot', { resource: 'purchase', operation: 'getAll', limit: 2, purchaseSimplify: false });
			expect(many.items).toHaveLength(2);
			expect(many.items[0].json).toMatchObject({ id: 1, brand: { id: 1 }, business: { id: 1 }, tool: { id: 1 }, user: { id: 1000 } });
			const one = await harness.run('qebot', { resource: 'purchase', operation: 'get', purchaseId: byId(3), purchaseSimplify: false });
			expect(one.items.map((item) => item.json.id)).toEqual([3]);
			expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([
				['GET', '/api/v1/purchases'],
				['GET', '/api/v1/purchases/3'],
			]);
		});

		test('Simplify (on by default): the short purchase, for Get and Get Many', async () => {
			const { harness } = context;
			const many = await harness.run('qebot', { resource: 'purchase', operation: 'getAll', limit: 1 });
			expect(many.items.map((item) => item.json)).toEqual([
				{ id: 1, paymentDate: expect.any(String), toolId: 1, tool: expect.any(String), businessId: 1, brandId: 1, userId: 1000 },
			]);
			const one = await harness.run('qebot', { resource: 'purchase', operation: 'get', purchaseId: byId(3) });
			expect(Object.keys(one.items[0].json)).toEqual(['id', 'paymentDate', 'toolId', 'tool', 'businessId', 'brandId', 'userId']);
		});

		test('Get Many reads the doc\'s misspelled "purchasess" wrapper too', async () => {
			const { sandbox, harness } = context;
			sandbox.injectFault({ status: 200, json: { purchasess: [{ id: 9 }] } });
			const { items } = await harness.run('qebot', { resource: 'purchase', operation: 'getAll', returnAll: true, purchaseSimplify: false });
			expect(jsonOf(items)).toEqual([{ id: 9 }]);
		});

		test('Create with billing on file sends billing[id] and the documented fields', async () => {
			const { sandbox, harness } = context;
			const { items, error } = await harness.run('qebot', {
				resource: 'purchase',
				operation: 'create',
				purchaseToolId: byId(2),
				purchaseBusinessId: byId(4),
				purchaseFirstName: 'Diana',
				purchaseLastName: 'Prince',
				payWith: 'billing',
				purchaseBillingId: byId(1),
				purchaseFields: { prorate: true },
			});
			expect(error).toBeUndefined();
			expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
				['POST', '/api/v1/purchases', { tool_id: '2', first_name: 'Diana', last_name: 'Prince', business_id: 4, prorate: true, billing: { id: '1' } }],
			]);
			expect(items[0].json).toMatchObject({ tool: { id: 2 }, business: { id: 4 } });
		});

		test('Create with a new card sends billing[card_number] etc. and outputs no card data', async () => {
			const { sandbox, harness } = context;
			const { items, error } = await harness.run('qebot', {
				resource: 'purchase',
				operation: 'create',
				purchaseToolId: byId(1),
				purchaseBusinessId: byId(2),
				purchaseFirstName: 'Peter',
				purchaseLastName: 'Parker',
				payWith: 'card',
				purchaseCardNumber: GOOD_CARD,
				purchaseExpiryMonth: 1,
				purchaseExpiryYear: 2030,
				purchaseCvv: '321',
				purchaseBillingAddress: { zip: '11375', country: 'us' },
			});
			expect(error).toBeUndefined();
			expect(sandbox.log[0].body).toEqual({
				tool_id: '1',
				first_name: 'Peter',
				last_name: 'Parker',
				business_id: 2,
				billing: { card_number: GOOD_CARD, expiry_month: 1, expiry_year: 2030, cvv: '321', zip: '11375', country: 'US' },
			});
			expect(JSON.stringify(items)).not.toMatch(/4242-4242|4242424242424242|"cvv"/);
		});

		test('A purchase of an inactive tool fails with the 412 and Qebot\'s message', async () => {
			const { harness } = context;
			const { error } = await harness.run('qebot', {
				resource: 'purchase',
				operation: 'create',
				purchaseToolId: byId(3),
				purchaseBusinessId: byId(1),
				purchaseFirstName: 'Peter',
				purchaseLastName: 'Parker',
				purchaseBillingId: byId(1),
			});
			expect(error?.message).toBe('Tool Legacy Listings is not active and cannot be purchased');
			expect(error?.httpCode).toBe('412');
		});

		test('A rejected new card comes back redacted; Continue On Fail keeps the error item redacted too', async () => {
			const { harness } = context;
			const { items } = await harness.run(
				'qebot',
				{
					resource: 'purchase',
					operation: 'create',
					purchaseToolId: byId(1),
					purchaseBusinessId: byId(1),
					purchaseFirstName: 'Peter',
					purchaseLastName: 'Parker',
					payWith: 'card',
					purchaseCardNumber: BAD_CARD,
					purchaseExpiryMonth: 1,
					purchaseExpiryYear: 2030,
				},
				{ continueOnFail: true },
			);
			expect(items[0].json.error).toBe('billing.card_number [redacted] is not a valid credit card number');
			expect(JSON.stringify(items)).not.toMatch(/1111 1111 1111 1112|4111111111111112/);
			expect(items[0].pairedItem).toEqual({ item: 0 });
		});

		test('Bad input sends nothing: a non-numeric purchase ID, a card too short', async () => {
			const { sandbox, harness } = context;
			const badId = await harness.run('qebot', { resource: 'purchase', operation: 'get', purchaseId: byId('={{ "latest" }}') });
			expect(badId.error?.message).toBe(`Invalid 'Purchase': "latest" is not a numeric ID`);
			const shortCard = await harness.run('qebot', {
				resource: 'purchase',
				operation: 'create',
				purchaseToolId: byId(1),
				purchaseBusinessId: byId(1),
				purchaseFirstName: 'P',
				purchaseLastName: 'P',
				payWith: 'card',
				purchaseCardNumber: '1234',
				purchaseExpiryMonth: 1,
				purchaseExpiryYear: 2030,
			});
			expect(shortCard.error?.message).toMatch(/^Invalid 'Card Number'/);
			expect(shortCard.error?.message).not.toContain('1234');
			expect(sandbox.log).toHaveLength(0);
		});
	});
});
