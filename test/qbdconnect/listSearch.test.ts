import { NODE, qbdFixture, TOKEN } from './setup';

const fixture = qbdFixture();
const search = (method: string, filter?: string) => fixture.harness.listSearch(NODE, method, {}, filter);

describe('QBD Connect › resource locator lists', () => {
	test('customers are found by their Stripe customer ID', async () => {
		const { results } = await search('searchCustomers', ' cus_Acme001 ');
		expect(results).toEqual([{ name: 'Acme Bookkeeping (cust-1)', value: 'cust-1' }]);
		expect(fixture.sandbox.log.map((entry) => [entry.path, entry.rawQuery, entry.headers.authorization])).toEqual([
			['/qbdconnect-api/v1/customers', 'gatewayCustomerId=cus_Acme001', `Bearer ${TOKEN}`],
		]);
	});

	test('an unknown Stripe ID gives an empty list; no text sends nothing', async () => {
		expect((await search('searchCustomers', 'cus_nobody')).results).toEqual([]);
		expect((await search('searchCustomers', '')).results).toEqual([]);
		expect(fixture.sandbox.log).toHaveLength(1);
	});

	test('instances are listed for the customer ID typed in the search', async () => {
		const { results } = await search('searchInstances', 'cust-1');
		expect(results).toEqual([
			{ name: 'Acme Main (inst-1)', value: 'inst-1' },
			{ name: 'Acme Payroll (inst-2)', value: 'inst-2' },
		]);
		expect(fixture.sandbox.log[0].rawQuery).toBe('customerId=cust-1');
	});

	test('invoices, products and users are listed and filtered by name or ID', async () => {
		expect((await search('searchInvoices', 'inv-002')).results).toEqual([{ name: 'INV-002 (in_002)', value: 'in_002' }]);
		expect((await search('searchProducts')).results.map((result) => result.value)).toEqual(['prod_basic', 'prod_pro', 'prod_ent']);
		expect((await search('searchProducts', 'PROF')).results).toEqual([{ name: 'Professional (prod_pro)', value: 'prod_pro' }]);
		expect((await search('searchUsers', 'grace')).results).toEqual([{ name: 'Grace Hopper (user-2)', value: 'user-2' }]);
		expect(fixture.sandbox.log.map((entry) => entry.path)).toEqual([
			'/qbdconnect-api/v1/invoices',
			'/qbdconnect-api/v1/products',
			'/qbdconnect-api/v1/products',
			'/qbdconnect-api/v1/users',
		]);
	});

	test('an API failure in a list reaches the editor with its message', async () => {
		fixture.sandbox.injectFault({ status: 503, json: { message: 'Maintenance until 02:00' } });
		await expect(search('searchProducts')).rejects.toThrow('Maintenance until 02:00');
	});
});
