import { type CrmRpcTestBed, startCrmRpc } from './setup';

// bench/count-expressions.js counts every expression n8n evaluates, per node (issue 16)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const counter = require('../../bench/count-expressions.js') as { install: () => Record<string, Record<string, number>> };
const counts = counter.install();

let bed: CrmRpcTestBed;
beforeAll(async () => {
	bed = await startCrmRpc(200);
});
afterAll(async () => bed.sandbox.stop());

describe('CrmRpc per-item cost', () => {
	it('Company › Get × 100 items, id by expression: 7 evaluations per item (9 before issue 16), the id read 4 times', async () => {
		const items = Array.from({ length: 100 }, (_, index) => ({ id: index + 1 }));
		const get = { resource: 'company', operation: 'get', companyProfileId: 1 };
		// logged in before, as after earlier executions
		expect((await bed.run({ ...get, companyId: { __rl: true, mode: 'id', value: '5' } })).error).toBeUndefined();
		for (const key of Object.keys(counts)) delete counts[key];
		const { items: out, error } = await bed.run({ ...get, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, { items });
		expect(error).toBeUndefined();
		expect(out.map((item) => item.json.id)).toEqual(items.map((item) => item.id));
		const perNode = counts.CrmRpc ?? {};
		const perItem = (expression: string) => (perNode[expression] ?? 0) / items.length;
		const total = Object.values(perNode).reduce((sum, count) => sum + count, 0) / items.length;
		// RoutingNode's two passes read the field twice each; our checks and routing add no read of their own
		expect(perItem('={{ $json.id }}')).toBe(4);
		// the base URL (twice per item: request and its ownership check) and the Bearer header: n8n's floor
		expect(total).toBeLessThanOrEqual(7);
	});
});
