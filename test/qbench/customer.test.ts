import { QBENCH_OK_TEXT } from '../sandbox/qbench';
import { byId, qbenchFixture } from './setup';

const fixture = qbenchFixture();
const run = (parameters: Record<string, unknown>, options = {}) =>
	fixture.harness.run('qBench', { resource: 'customer', ...parameters }, options);

describe('QBench customer', () => {
	test('get: one GET to /customer/{id} with the Bearer token; the bare customer comes out', async () => {
		const { items, error } = await run({ operation: 'get', customerId: byId(3) });
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(fixture.sandbox.log).toHaveLength(1);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/qbench/api/v1/customer/3');
		expect(request.headers.authorization).toBe(`Bearer ${fixture.sandbox.token}`);
		expect(items).toEqual([{ json: fixture.sandbox.customers.get(3), pairedItem: { item: 0 } }]);
	});

	test('get: a customer picked from the list works like one given by id', async () => {
		const { items } = await run({ operation: 'get', customerId: { __rl: true, mode: 'list', value: '7' } });
		expect(items[0].json.id).toBe(7);
		expect(fixture.sandbox.log[0].path).toBe('/qbench/api/v1/customer/7');
	});

	test('get many: Return All over 130 customers makes exactly 3 requests of 50', async () => {
		const { items } = await run({ operation: 'getAll', returnAll: true });
		expect(items).toHaveLength(130);
		expect(items.map((item) => item.json.id)).toEqual([...fixture.sandbox.customers.keys()]);
		expect(fixture.sandbox.log.map((request) => request.query)).toEqual([
			{ page_num: '1', page_size: '50' },
			{ page_num: '2', page_size: '50' },
			{ page_num: '3', page_size: '50' },
		]);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('get many: Limit 20 makes one request of 20', async () => {
		const { items } = await run({ operation: 'getAll', returnAll: false, limit: 20 });
		expect(items).toHaveLength(20);
		expect(fixture.sandbox.log.map((request) => request.query)).toEqual([{ page_num: '1', page_size: '20' }]);
	});

	test('get many: Limit 120 fetches the 3 pages needed and stops at 120', async () => {
		const { items } = await run({ operation: 'getAll', returnAll: false, limit: 120 });
		expect(items).toHaveLength(120);
		expect(fixture.sandbox.log).toHaveLength(3);
		expect(items[119].json.id).toBe(120);
	});

	test('create: name, fields, tags and contacts as a fixed collection reach the API as JSON', async () => {
		const { items, error } = await run({
			operation: 'create',
			customerName: 'Sunrise Orchards',
			customerFields: {
				phone: '(555) 010-2000',
				tags: ['organic', 'wholesale '],
				comments: 'via n8n',
				contacts: { contact: [{ contactId: 1, firstName: 'John', emailAddress: 'john@example.com' }, { contactId: 2 }] },
			},
		});
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/qbench/api/v1/customer');
		expect(request.headers['content-type']).toContain('application/json');
		expect(request.body).toEqual({
			customer_name: 'Sunrise Orchards',
			phone: '(555) 010-2000',
			comments: 'via n8n',
			tags: ['organic', 'wholesale'],
			contacts: [{ id: 1, first_name: 'John', email_address: 'john@example.com' }, { id: 2 }],
		});
		const id = items[0].json.id as number;
		expect(items).toEqual([{ json: { id }, pairedItem: { item: 0 } }]);
		expect(fixture.sandbox.customers.get(id)?.customer_name).toBe('Sunrise Orchards');
		expect([...fixture.sandbox.links.get(id)!.keys()]).toEqual([1, 2]);
	});

	test('create: one customer per input item, each paired with its item', async () => {
		const { items } = await run(
			{ operation: 'create', customerName: '={{ $json.name }}' },
			{ items: [{ name: 'Alpha Lab' }, { name: 'Beta Lab' }] },
		);
		expect(fixture.sandbox.log.map((request) => request.body.customer_name)).toEqual(['Alpha Lab', 'Beta Lab']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('update: PUT with only the fields set; contacts replace the list', async () => {
		const { items, error } = await run({
			operation: 'update',
			customerId: byId(5),
			customerUpdateFields: { phone: '(000) 000-0000', contacts: { contact: [{ contactId: 4 }] } },
		});
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/qbench/api/v1/customer/5');
		expect(request.body).toEqual({ phone: '(000) 000-0000', contacts: [{ id: 4 }] });
		expect(items[0].json).toEqual({ success: true });
		expect(fixture.sandbox.customers.get(5)?.phone).toBe('(000) 000-0000');
		expect([...fixture.sandbox.links.get(5)!.keys()]).toEqual([4]);
	});

	test('delete: DELETE /customer/{id}; the customer is gone', async () => {
		const created = fixture.sandbox.addCustomer({ customer_name: 'To delete' });
		const { items } = await run({ operation: 'delete', customerId: byId(created.id) });
		expect(fixture.sandbox.log[0].method).toBe('DELETE');
		expect(fixture.sandbox.log[0].path).toBe(`/qbench/api/v1/customer/${created.id}`);
		expect(items[0].json).toEqual({ deleted: true });
		expect(fixture.sandbox.customers.has(created.id)).toBe(false);
	});

	test('add contacts: body keyed by contact id with the three flags; the text answer is success', async () => {
		const { items, error } = await run({
			operation: 'addContacts',
			customerId: byId(8),
			customerAddContacts: {
				contact: [
					{ contactId: 1, receiveEmail: false, receiveInvoiceEmail: false, portalUser: true },
					{ contactId: 2, receiveEmail: true },
				],
			},
		});
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/qbench/api/v1/customer/contacts/add');
		expect(request.body).toEqual({
			id: 8,
			contacts: {
				'1': { receive_email: false, receive_invoice_email: false, portal_user: true },
				'2': { receive_email: true, receive_invoice_email: false, portal_user: false },
			},
		});
		expect(items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect(fixture.sandbox.links.get(8)?.get(1)?.portal_user).toBe(true);
	});

	test('remove contact: POST /customer/contact/remove with id and contact_id', async () => {
		fixture.sandbox.links.set(9, new Map([[3, { receive_email: true, receive_invoice_email: false, portal_user: false }]]));
		const { items, error } = await run({ operation: 'removeContact', customerId: byId(9), customerContactId: '3' });
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.path).toBe('/qbench/api/v1/customer/contact/remove');
		expect(request.body).toEqual({ id: 9, contact_id: 3 });
		expect(request.rawBody).not.toContain(QBENCH_OK_TEXT);
		expect(items[0].json).toEqual({ success: true });
		expect(fixture.sandbox.links.get(9)?.has(3)).toBe(false);
	});

	test('list search for the customer picker: names with ids, next page token, filter', async () => {
		const first = await fixture.harness.listSearch('qBench', 'searchCustomers');
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: 'Acme Labs 001 (#1)', value: '1' });
		expect(first.paginationToken).toBe('2');
		const last = await fixture.harness.listSearch('qBench', 'searchCustomers', {}, 'delta', '3');
		expect(last.paginationToken).toBeUndefined();
		expect(last.results.length).toBeGreaterThan(0);
		expect(last.results.every((result) => result.name.startsWith('Delta Dairy'))).toBe(true);
		expect(fixture.sandbox.log.map((request) => request.query.page_num)).toEqual(['1', '3']);
	});
});
