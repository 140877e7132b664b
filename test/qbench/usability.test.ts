import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { WorkflowExpression } from 'n8n-workflow';

import { QBench } from '../../nodes/QBench/QBench.node';
import { byId, qbenchFixture } from './setup';

/** Issue 15 (what users trip over) and issue 16 (one name per property), for QBench. */
const fixture = qbenchFixture();
const run = (parameters: Record<string, unknown>, options = {}) =>
	fixture.harness.run('qBench', { resource: 'customer', ...parameters }, options);
const properties = new QBench().description.properties;

/** Every field of the node with where it sits: `customerFields › contacts › contact › contactId`. */
function allFields(list: INodeProperties[], path: string[] = []): Array<{ path: string[]; field: INodeProperties }> {
	return list.flatMap((field) => {
		const here = [...path, field.name];
		const nested =
			field.type === 'collection'
				? allFields(field.options as INodeProperties[], here)
				: field.type === 'fixedCollection'
					? (field.options as INodePropertyCollection[]).flatMap((group) => allFields(group.values, [...here, group.name]))
					: [];
		return [{ path: here, field }, ...nested];
	});
}

describe('QBench customer tags are a list of strings', () => {
	test('a tag holding a comma reaches QBench as one tag; blank entries are dropped', async () => {
		const { error } = await run({
			operation: 'create',
			customerName: 'Tagged Lab',
			customerFields: { tags: ['Smith, Jones & Co', ' priority ', ''] },
		});
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log[0].body).toEqual({ customer_name: 'Tagged Lab', tags: ['Smith, Jones & Co', 'priority'] });
	});

	test('an entry mapped to a list by expression adds each of its tags', async () => {
		const { error } = await run(
			{ operation: 'update', customerId: byId(3), customerUpdateFields: { tags: ['={{ $json.tags }}', 'n8n'] } },
			{ items: [{ tags: ['wholesale', 'organic'] }] },
		);
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log[0].body).toEqual({ tags: ['wholesale', 'organic', 'n8n'] });
		expect(fixture.sandbox.customers.get(3)?.tags).toEqual(['wholesale', 'organic', 'n8n']);
	});

	test('a tag that is an object is refused naming the field, nothing sent', async () => {
		const { error } = await run(
			{ operation: 'create', customerName: 'X', customerFields: { tags: ['={{ $json.bad }}'] } },
			{ items: [{ bad: { not: 'a tag' } }] },
		);
		expect(error?.message).toBe("Invalid 'Additional Fields › Tags': each tag must be text, not an object");
		expect(fixture.sandbox.log).toHaveLength(0);
	});
});

describe('QBench Update can clear the contact list', () => {
	test('Remove All Contacts sends an empty contact list and the customer has no contacts left', async () => {
		fixture.sandbox.links.set(6, new Map([[2, { receive_email: true, receive_invoice_email: false, portal_user: false }]]));
		const { items, error } = await run({ operation: 'update', customerId: byId(6), customerUpdateFields: { removeAllContacts: true } });
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log[0].method).toBe('PUT');
		expect(fixture.sandbox.log[0].body).toEqual({ contacts: [] });
		expect(fixture.sandbox.links.get(6)?.size).toBe(0);
		expect(items[0].json).toEqual({ success: true });
	});

	test('Contacts added with no row is refused (it would unlink everyone by accident)', async () => {
		const { error } = await run({ operation: 'update', customerId: byId(6), customerUpdateFields: { contacts: {} } });
		expect(error?.message).toBe("Invalid 'Update Fields › Contacts': add at least one contact (to unlink every contact, use Remove All Contacts)");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Contacts and Remove All Contacts together are refused', async () => {
		const { error } = await run({
			operation: 'update',
			customerId: byId(6),
			customerUpdateFields: { contacts: { contact: [{ contactId: '2' }] }, removeAllContacts: true },
		});
		expect(error?.message).toBe("Invalid 'Update Fields › Contacts': use either Contacts or Remove All Contacts, not both");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Remove All Contacts switched off sends nothing about contacts', async () => {
		const { error } = await run({
			operation: 'update',
			customerId: byId(6),
			customerUpdateFields: { phone: '1', removeAllContacts: false },
		});
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log[0].body).toEqual({ phone: '1' });
	});
});

describe('QBench contact fields have one shape', () => {
	test('every contact ID is a text field "Contact ID" named contactId (removeContact: customerContactId), required, no default', () => {
		const contactIds = allFields(properties).filter(({ field }) => field.displayName === 'Contact ID');
		expect(contactIds.map(({ path }) => path.join(' › ')).sort()).toEqual([
			'customerAddContacts › contact › contactId',
			'customerContactId',
			'customerFields › contacts › contact › contactId',
			'customerUpdateFields › contacts › contact › contactId',
		]);
		for (const { field } of contactIds) {
			expect([field.type, field.required, field.default]).toEqual(['string', true, '']);
		}
	});

	test('the contact lists of one node have distinct labels', () => {
		const lists = allFields(properties).filter(({ field }) => field.type === 'fixedCollection' && /contact/i.test(field.name));
		const labels = lists.map(({ path, field }) => (path.length > 1 ? `Update/Additional Fields › ${field.displayName}` : field.displayName));
		expect(new Set(labels)).toEqual(new Set(['Update/Additional Fields › Contacts', 'Contacts to Add']));
	});

	test('the same contact row works in Create and Update and reaches QBench in the same shape', async () => {
		const row = { contactId: '5', lastName: 'Doe' };
		await run({ operation: 'create', customerName: 'Row Lab', customerFields: { contacts: { contact: [row] } } });
		await run({ operation: 'update', customerId: byId(2), customerUpdateFields: { contacts: { contact: [row] } } });
		expect(fixture.sandbox.log.map((request) => request.body.contacts)).toEqual([[{ id: 5, last_name: 'Doe' }], [{ id: 5, last_name: 'Doe' }]]);
	});
});

describe('QBench customer pickers', () => {
	test('one name per property (n8n resolves every property sharing a name, per item)', () => {
		const names = properties.filter((property) => property.name !== 'operation').map((property) => property.name);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
		expect(names).toEqual(expect.arrayContaining(['customerId', 'assayDiscountCustomerId', 'panelDiscountCustomerId']));
	});

	test.each(['customerId', 'assayDiscountCustomerId', 'panelDiscountCustomerId'])('%s offers From List (searchable) and By ID', (name) => {
		const picker = properties.find((property) => property.name === name)!;
		expect(picker.type).toBe('resourceLocator');
		expect(picker.modes?.map((mode) => [mode.name, mode.typeOptions?.searchListMethod])).toEqual([
			['list', 'searchCustomers'],
			['id', undefined],
		]);
	});

	test('searching by name finds customers beyond the first page in one call', async () => {
		fixture.sandbox.addCustomer({ customer_name: 'Zephyr Analytics' });
		const found = await fixture.harness.listSearch('qBench', 'searchCustomers', {}, 'zephyr');
		expect(found.results.map((result) => result.name)).toEqual([`Zephyr Analytics (#${fixture.sandbox.customers.size})`]);
		expect(found.paginationToken).toBeUndefined();
		expect(fixture.sandbox.log.map((request) => request.query.page_num)).toEqual(['1', '2', '3']);
	});
});

describe('QBench per-item cost (issue 16)', () => {
	/** Counts the `={{…}}` texts n8n evaluates while the node runs. */
	async function evaluations(parameters: Record<string, unknown>, items: Array<Record<string, unknown>>) {
		const prototype = WorkflowExpression.prototype as unknown as { resolveSimpleParameterValue: (value: unknown, ...rest: unknown[]) => unknown };
		const original = prototype.resolveSimpleParameterValue;
		const counts: Record<string, number> = {};
		prototype.resolveSimpleParameterValue = function (this: unknown, value: unknown, ...rest: unknown[]) {
			if (typeof value === 'string' && value.startsWith('=')) counts[value] = (counts[value] ?? 0) + 1;
			return original.call(this, value, ...rest);
		};
		try {
			const { error } = await run(parameters, { items });
			expect(error).toBeUndefined();
		} finally {
			prototype.resolveSimpleParameterValue = original;
		}
		return counts;
	}

	test('Get × 10 by expression: the ID is evaluated 3 times per item (n8n\'s two passes and the one read that puts it in the URL), nothing else', async () => {
		const items = Array.from({ length: 10 }, (_, index) => ({ id: index + 1 }));
		const counts = await evaluations({ operation: 'get', customerId: byId('={{ $json.id }}') }, items);
		// the ID is the only expression: the URL template is literal, the credential a function
		expect(counts).toEqual({ '={{ $json.id }}': 30, [`={{$credentials.url.replace(/\\/+$/, "")}}/qbench/api/v1`]: 20 });
		expect(fixture.sandbox.log.map((request) => request.path)).toEqual(items.map((item) => `/qbench/api/v1/customer/${item.id}`));
	});
});
