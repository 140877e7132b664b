import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { NODE, qbdFixture, TOKEN } from './setup';

const fixture = qbdFixture();
const search = (method: string, filter?: string) => fixture.harness.listSearch(NODE, method, {}, filter);

describe('QBD Connect › resource locator lists', () => {
	// issue 15: the customer and instance "From List" modes could not list (they needed a Stripe or customer ID typed in)
	test('"From List" only where the API lists: invoices, products, users; customers, instances, subscriptions by ID', () => {
		const locators = new QbdConnect().description.properties.filter((property) => property.type === 'resourceLocator');
		const modes = Object.fromEntries(locators.map((property) => [property.name, property.modes!.map((mode) => mode.name)]));
		expect(modes).toEqual({
			customerId: ['id'],
			instanceId: ['id'],
			instanceCustomerId: ['id'],
			instanceCreateCustomerId: ['id'],
			invoiceId: ['list', 'id'],
			productId: ['list', 'id'],
			subscriptionId: ['id'],
			userId: ['list', 'id'],
			userCustomerId: ['id'],
		});
		const lists = locators.flatMap((property) => property.modes!.filter((mode) => mode.type === 'list'));
		expect(lists.map((mode) => mode.typeOptions?.searchListMethod).sort()).toEqual(['searchInvoices', 'searchProducts', 'searchUsers']);
		expect(lists.every((mode) => mode.typeOptions?.searchable === true && !mode.typeOptions?.searchFilterRequired)).toBe(true);
		expect(Object.keys(new QbdConnect().methods.listSearch).sort()).toEqual(['searchInvoices', 'searchProducts', 'searchUsers']);
	});

	test('invoices, products and users are listed and filtered by name or ID', async () => {
		expect((await search('searchInvoices', 'inv-002')).results).toEqual([{ name: 'INV-002 (in_002)', value: 'in_002' }]);
		expect((await search('searchProducts')).results.map((result) => result.value)).toEqual(['prod_basic', 'prod_pro', 'prod_ent']);
		expect((await search('searchProducts', 'PROF')).results).toEqual([{ name: 'Professional (prod_pro)', value: 'prod_pro' }]);
		expect((await search('searchUsers', 'grace')).results).toEqual([{ name: 'Grace Hopper (user-2)', value: 'user-2' }]);
		expect(fixture.sandbox.log.every((entry) => entry.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
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
