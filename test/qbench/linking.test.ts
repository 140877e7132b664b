import { byId, qbenchFixture } from './setup';

/**
 * Every output item is linked to the input item it came from (`pairedItem`), also when one input
 * gives several records and when an input fails under Continue On Fail: n8n links neither for a
 * declarative node by itself, and downstream `$('Node').item` needs the link.
 */
const fixture = qbenchFixture();

describe('QBench output items are linked to their input', () => {
	test('two inputs into Get Many with Limits 2 and 3: five records, each linked to its input', async () => {
		const { error, items } = await fixture.harness.run(
			'qBench',
			{ resource: 'customer', operation: 'getAll', limit: '={{ $json.n }}' },
			{ items: [{ n: 2 }, { n: 3 }] },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }, { item: 1 }]);
		// each input asked for its own page size: what reached the sandbox
		expect(fixture.sandbox.log.map((entry) => entry.query.page_size)).toEqual(['2', '3']);
	});

	test('Continue On Fail: a refused input between two lists gives an error item linked to it', async () => {
		const { error, items } = await fixture.harness.run(
			'qBench',
			{ resource: 'customer', operation: 'getAll', limit: '={{ $json.n }}' },
			{ items: [{ n: 2 }, { n: 'many' }, { n: 1 }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[2].json.error).toBe(`Invalid 'Limit': "many" is not a number [item 1]`);
		// the refused input sent nothing
		expect(fixture.sandbox.log).toHaveLength(2);
	});

	test('Continue On Fail: an API error of one Get among several is linked to its input', async () => {
		const known = fixture.sandbox.addCustomer({ customer_name: 'Known Lab' });
		const { error, items } = await fixture.harness.run(
			'qBench',
			{ resource: 'customer', operation: 'get', customerId: byId('={{ $json.id }}') },
			{ items: [{ id: 999_999 }, { id: known.id }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json.error).toBeDefined();
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[1].json.customer_name ?? items[1].json.name).toBe('Known Lab');
	});
});
