import type { INodeProperties } from 'n8n-workflow';

import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { CHECKOUT_URL_PREFIX } from '../sandbox/qbdconnect';
import { byId, jsonOf, NODE, qbdFixture } from './setup';

const fixture = qbdFixture();
const PATH = '/qbdconnect-api/v1';
const run = (resource: string, operation: string, parameters: Record<string, unknown> = {}) =>
	fixture.harness.run(NODE, { resource, operation, ...parameters });
const sent = () => fixture.sandbox.log.map((entry) => [entry.method, entry.path, entry.rawQuery]);

describe('QBD Connect › Subscription', () => {
	test('Create sends the Subscription schema (email field, SLA, date)', async () => {
		const { items, error } = await run('subscription', 'create', {
			subscriptionFields: {
				subscriptionId: 'sub_new',
				productId: 'prod_basic',
				priceId: 'price_basic',
				subscriptionItemId: 'si_1',
				quantity: 3,
				customerId: byId('cust-2'),
				email: 'billing@northwind.example',
				dateCreated: '2026-04-01T00:00:00',
			},
			subscriptionSla: { values: { supportHours: 2, transactionLimit: 500, defaultHourlyRate: 90 } },
		});
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['POST', `${PATH}/subscriptions`, '']]);
		expect(fixture.sandbox.log[0].body).toEqual({
			subscriptionId: 'sub_new',
			productId: 'prod_basic',
			priceId: 'price_basic',
			subscriptionItemId: 'si_1',
			quantity: 3,
			customerId: 'cust-2',
			email: 'billing@northwind.example',
			dateCreated: '2026-04-01',
			sla: { supportHours: 2, transactionLimit: 500, defaultHourlyRate: 90 },
		});
		expect(items[0].json).toEqual(expect.objectContaining({ subscriptionId: 'sub_new' }));
	});

	// issue 15: the subscription's customer was a text field; it is the customer picker (By ID: the API cannot list customers)
	test('the customer of a subscription is a picker, its ID sent as customerId', async () => {
		const description = new QbdConnect().description;
		const fields = description.properties.find((property) => property.name === 'subscriptionFields')!;
		const customer = (fields.options as INodeProperties[]).find((option) => option.name === 'customerId')!;
		expect(customer.type).toBe('resourceLocator');
		expect(customer.modes!.map((mode) => mode.name)).toEqual(['id']);
		await run('subscription', 'create', { subscriptionFields: { customerId: { __rl: true, mode: 'id', value: 'cust-1' } } });
		expect(fixture.sandbox.log[0].body).toEqual({ customerId: 'cust-1' });
	});

	test('Create with a bad email sends nothing', async () => {
		const { error } = await run('subscription', 'create', { subscriptionFields: { email: 'nope' } });
		expect(error?.message).toContain("'Additional Fields › Email'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Get and Update (PUT) a subscription', async () => {
		const got = await run('subscription', 'get', { subscriptionId: byId('sub_acme') });
		expect(got.items[0].json).toEqual(expect.objectContaining({ subscriptionId: 'sub_acme', quantity: 2 }));
		const { items } = await run('subscription', 'update', { subscriptionId: byId('sub_acme'), subscriptionUpdateFields: { quantity: 5 } });
		expect(sent()).toEqual([
			['GET', `${PATH}/subscriptions/sub_acme`, ''],
			['PUT', `${PATH}/subscriptions/sub_acme`, ''],
		]);
		expect(fixture.sandbox.log[1].body).toEqual({ quantity: 5 });
		expect(items[0].json).toEqual(expect.objectContaining({ subscriptionId: 'sub_acme', quantity: 5 }));
	});

	test('Update without fields sends nothing', async () => {
		const { error } = await run('subscription', 'update', { subscriptionId: byId('sub_acme'), subscriptionUpdateFields: {} });
		expect(error?.message).toContain("'Update Fields'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Checkout returns the Location header (a 303 answer is not followed)', async () => {
		const { items, error } = await run('subscription', 'checkout', { checkoutJson: '{"priceId": "price_pro", "quantity": 1}' });
		expect(error).toBeUndefined();
		expect(sent()).toEqual([['POST', `${PATH}/subscriptions/checkout`, '']]);
		expect(fixture.sandbox.log[0].body).toEqual({ priceId: 'price_pro', quantity: 1 });
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ location: expect.stringMatching(new RegExp(`^${CHECKOUT_URL_PREFIX}cs_test_\\d+$`)), statusCode: 303 });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Checkout answered 201 with Location and a body keeps both', async () => {
		fixture.sandbox.injectFault({ status: 201, json: { sessionId: 'cs_1' }, headers: { Location: 'https://pay.example/cs_1', 'Content-Type': 'application/json' } });
		const { items } = await run('subscription', 'checkout', { checkoutJson: '{"priceId": "p"}' });
		expect(items[0].json).toEqual({ location: 'https://pay.example/cs_1', statusCode: 201, response: { sessionId: 'cs_1' } });
	});

	test('Checkout without a Location header is an error', async () => {
		fixture.sandbox.injectFault({ status: 200, json: { ok: true } });
		const { error } = await run('subscription', 'checkout', { checkoutJson: '{"priceId": "p"}' });
		expect(error?.message).toBe('The checkout answer has no Location header (the checkout URL)');
	});

	test('Checkout refused by the API keeps its message', async () => {
		const { error } = await run('subscription', 'checkout', { checkoutJson: '{}' });
		expect(error?.message).toBe('priceId is required');
		expect(error?.httpCode).toBe('400');
	});
});

describe('QBD Connect › User', () => {
	test('Get Many, Get', async () => {
		const all = await run('user', 'getAll', { returnAll: true });
		expect(jsonOf(all.items).map((json) => json.id)).toEqual(['user-1', 'user-2']);
		const limited = await run('user', 'getAll', { limit: 1 });
		expect(limited.items).toHaveLength(1);
		const one = await run('user', 'get', { userId: byId('user-2') });
		expect(one.items[0].json).toEqual({ id: 'user-2', name: 'Grace Hopper', email: 'grace@northwind.example' });
		expect(sent()).toEqual([
			['GET', `${PATH}/users`, ''],
			['GET', `${PATH}/users`, ''],
			['GET', `${PATH}/users/user-2`, ''],
		]);
	});

	test('Create and Update (PUT) send the JSON body', async () => {
		const created = await run('user', 'create', { userJson: '{"name": "Linus", "email": "linus@example.com"}' });
		const id = String(created.items[0].json.id);
		const updated = await run('user', 'update', { userId: byId(id), userJson: '{"name": "Linus T."}' });
		expect(sent()).toEqual([
			['POST', `${PATH}/users`, ''],
			['PUT', `${PATH}/users/${id}`, ''],
		]);
		expect(fixture.sandbox.log.map((entry) => entry.body)).toEqual([{ name: 'Linus', email: 'linus@example.com' }, { name: 'Linus T.' }]);
		expect(updated.items[0].json).toEqual({ id, name: 'Linus T.', email: 'linus@example.com' });
	});

	// issue 15: Add Customer sent the customer in the body, Remove Customer in the query; one rule now: the query
	test('Add Customer and Remove Customer both name the customer as ?customerId=', async () => {
		const added = await run('user', 'addCustomer', { userId: byId('user-2'), userCustomerId: byId('cust-2') });
		expect(added.items[0].json).toEqual({ userId: 'user-2', customers: ['cust-2'] });
		const removed = await run('user', 'removeCustomer', { userId: byId('user-2'), userCustomerId: byId('cust-2') });
		expect(sent()).toEqual([
			['POST', `${PATH}/users/user-2/customers`, 'customerId=cust-2'],
			['DELETE', `${PATH}/users/user-2/customers`, 'customerId=cust-2'],
		]);
		expect(fixture.sandbox.log[0].body || {}).toEqual({});
		// an empty 204 answer becomes a success item
		expect(removed.items.map((item) => item.json)).toEqual([{ success: true }]);
		expect(fixture.sandbox.userCustomers.get('user-2')?.size).toBe(0);
	});

	test('Add Customer without a customer sends nothing', async () => {
		const { error } = await run('user', 'addCustomer', { userId: byId('user-2'), userCustomerId: byId('={{ $json.none }}') });
		expect(error?.message).toContain("'Customer'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});
});
