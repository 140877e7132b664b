import type { IDataObject } from 'n8n-workflow';

import example from '../../examples/qbdconnect.json';
import { NODE, qbdFixture } from './setup';

const fixture = qbdFixture();
const parametersOf = (name: string) => example.nodes.find((node) => node.name === name)!.parameters as IDataObject;

describe('QBD Connect › examples/qbdconnect.json', () => {
	test('each node of the example runs against the sandbox with the output of the one before', async () => {
		const customer = await fixture.harness.run(NODE, parametersOf('Customer by Stripe ID'));
		expect(customer.error).toBeUndefined();
		const customerItems = customer.items.map((item) => item.json);
		expect(customerItems).toEqual([expect.objectContaining({ id: 'cust-1' })]);

		const instances = await fixture.harness.run(NODE, parametersOf('Instances of the customer'), { items: customerItems });
		expect(instances.items.map((item) => item.json.instanceId)).toEqual(['inst-1', 'inst-2']);

		const files = await fixture.harness.run(NODE, parametersOf('Download QWC file'), { items: instances.items.map((item) => item.json) });
		expect(files.items.map((item) => item.binary?.data.fileName)).toEqual(['inst-1.qwc', 'inst-2.qwc']);

		const stats = await fixture.harness.run(NODE, parametersOf('Customer stats, last 30 days'), { items: customerItems });
		expect(stats.error).toBeUndefined();
		expect(stats.items[0].json.customerId).toBe('cust-1');

		const checkout = await fixture.harness.run(NODE, parametersOf('Checkout link'), { items: customerItems });
		expect(checkout.error).toBeUndefined();
		expect(String(checkout.items[0].json.location)).toMatch(/^https:\/\//);
		expect(fixture.sandbox.requests('/qbdconnect-api/v1/subscriptions/checkout')[0].body).toEqual({
			customerId: 'cust-1',
			priceId: 'price_pro_monthly',
			quantity: 1,
		});
	});
});
