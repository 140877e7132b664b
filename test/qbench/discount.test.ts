import { byId, qbenchFixture } from './setup';

const fixture = qbenchFixture();

describe.each([
	{ resource: 'assayDiscount', kind: 'assay', label: 'Assay' },
	{ resource: 'panelDiscount', kind: 'panel', label: 'Panel' },
])('QBench $resource', ({ resource, kind, label }) => {
	// every parameter name carries the resource (one name per property in the node)
	const customer = `${resource}CustomerId`;
	const discounts = `${resource}s`;
	const itemId = `${kind}Id`;
	const ids = `${resource}${label}Ids`;
	const run = (parameters: Record<string, unknown>) => fixture.harness.run('qBench', { resource, ...parameters });
	const path = `/qbench/api/v1/customer/12/${kind}s`;

	test('create: POST with the discount list; the non-JSON "OK" answer is a success item', async () => {
		const { items, error } = await run({
			operation: 'create',
			[customer]: byId(12),
			[discounts]: { discount: [{ [itemId]: 1, basePrice: 100, discount: 20 }, { [itemId]: 2, basePrice: 30, discount: 10 }] },
		});
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path]).toEqual(['POST', path]);
		expect(request.body).toEqual({
			[`${kind}_discounts`]: [
				{ [`${kind}_id`]: 1, base_price: 100, discount: 20 },
				{ [`${kind}_id`]: 2, base_price: 30, discount: 10 },
			],
		});
		expect(items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect(fixture.sandbox.discounts.get(`12:${kind}`)?.get(2)).toEqual({ base_price: 30, discount: 10 });
	});

	test('update: PATCH with the changed discounts', async () => {
		const { error } = await run({
			operation: 'update',
			[customer]: byId(12),
			[discounts]: { discount: [{ [itemId]: 1, basePrice: 10, discount: 5 }] },
		});
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path]).toEqual(['PATCH', path]);
		expect(request.body).toEqual({ [`${kind}_discounts`]: [{ [`${kind}_id`]: 1, base_price: 10, discount: 5 }] });
		expect(fixture.sandbox.discounts.get(`12:${kind}`)?.get(1)).toEqual({ base_price: 10, discount: 5 });
	});

	test('update of a discount that does not exist surfaces the API message and status', async () => {
		const { error } = await run({ operation: 'update', [customer]: byId(12), [discounts]: { discount: [{ [itemId]: 99 }] } });
		expect(error?.message).toBe(`${kind} 99 has no discount to update`);
		expect(error?.httpCode).toBe('404');
	});

	test('delete: DELETE repeats the ids key (ids=1&ids=2), no body', async () => {
		const { items, error } = await run({ operation: 'delete', [customer]: byId(12), [ids]: '1, 2' });
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path]).toEqual(['DELETE', path]);
		expect(request.rawQuery).toBe(`${kind}_ids=1&${kind}_ids=2`);
		expect(request.rawBody).toBe('');
		expect(items[0].json).toEqual({ deleted: true });
		expect(fixture.sandbox.discounts.get(`12:${kind}`)?.size).toBe(0);
	});

	test('delete with a non-numeric id fails naming the field and sends nothing', async () => {
		const { error } = await run({ operation: 'delete', [customer]: byId(12), [ids]: '1, two' });
		expect(error?.message).toBe(`Invalid '${kind === 'assay' ? 'Assay' : 'Panel'} IDs': "two" is not a numeric ID`);
		expect(fixture.sandbox.log).toHaveLength(0);
	});
});
