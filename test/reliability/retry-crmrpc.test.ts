import { retryClock } from '../../nodes/shared/retry';
import { startCrmRpc, type CrmRpcTestBed } from '../crmrpc/setup';
import { anyOf, bursts, everyNth, type Fault } from '../sandbox/server';

/** Issue 17 on CrmRpc: paged lists through the node's session hook ride out faults (see retry.test.ts). */

const tooMany = (retryAfter?: string): Fault => ({
	status: 429,
	json: { success: false, error: 'Too many requests' },
	...(retryAfter !== undefined ? { headers: { 'Retry-After': retryAfter } } : {}),
});
const unavailable: Fault = { status: 503, json: { success: false, error: 'Service unavailable' } };
const dropped: Fault = { reset: true };

const waits: number[] = [];
beforeEach(() => {
	waits.length = 0;
	retryClock.sleep = async (ms: number) => {
		waits.push(ms);
	};
});

const distinctInOrder = (values: number[]) => values.filter((value, index) => index === 0 || value !== values[index - 1]);

describe('CrmRpc: Return All of 1,200 companies under faults', () => {
	let bed: CrmRpcTestBed;
	beforeAll(async () => (bed = await startCrmRpc(1200)));
	afterAll(async () => await bed.sandbox.stop());
	beforeEach(() => {
		bed.sandbox.clearLog();
		bed.sandbox.setFaultPlan(undefined);
	});
	const pagesAsked = () => bed.calls().map((entry) => Number(entry.body.parameters.page));

	test.each([
		['one item (n8n\'s own request errors)', [{}]],
		['three items (the session\'s requests)', [{}, {}, {}]],
	])('%s: 429 every 2nd call, a reset and a 503 burst; every company once, in order', async (_title, inputItems) => {
		bed.sandbox.setFaultPlan({
			match: (entry) => entry.path === '/companies',
			// the items' requests interleave: a milder plan than for one item so that no page meets 5 faults in a row
			faultFor:
				inputItems.length === 1
					? anyOf(everyNth(2, tooMany('0')), (count) => (count === 1 ? dropped : undefined), bursts(5, 2, unavailable))
					: anyOf(everyNth(4, tooMany('0')), (count) => (count === 1 ? dropped : undefined)),
		});
		const { items, error } = await bed.run({ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: true }, { items: inputItems });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1200 * inputItems.length);
		inputItems.forEach((_item, index) => {
			// RoutingNode outputs the items' results in input order
			const names = items.slice(index * 1200, (index + 1) * 1200).map((item) => item.json.name);
			expect(names).toEqual(Array.from({ length: 1200 }, (_value, i) => `Company ${String(i + 1).padStart(4, '0')}`));
		});
		expect(bed.calls()).toHaveLength(3 * inputItems.length + bed.sandbox.planStats.served);
		expect(bed.sandbox.planStats.served).toBeGreaterThanOrEqual(3);
		if (inputItems.length === 1) expect(distinctInOrder(pagesAsked())).toEqual([1, 2, 3]);
		expect(waits).toHaveLength(bed.sandbox.planStats.served);
		console.log(`retry: CrmRpc ${inputItems.length} × 1,200 companies, ${bed.sandbox.planStats.served} faults served, ${bed.calls().length} calls`);
	});

	test('bound reached: the API\'s message, tries and wait; Continue On Fail keeps the other items', async () => {
		// the calls of item 1 (company name query "x") always answer 503
		bed.sandbox.setFaultPlan({ match: (entry) => entry.body?.parameters?.query === 'x', faultFor: () => unavailable });
		const { items, error } = await bed.run(
			{ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: false, limit: 2, companyFilters: { query: '={{ $json.query }}' } },
			{ items: [{ query: 'Company 000' }, { query: 'x' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name ?? 'error')).toEqual(['Company 0001', 'Company 0002', 'error']);
		expect(items[2].json.error).toMatch(/^Service unavailable \(gave up after 5 tries and [\d.]+ s of waiting \(Max Tries reached\)\) \[item 1\]$/);
		expect(bed.calls().filter((entry) => entry.body.parameters.query === 'x')).toHaveLength(5);
	});
});
