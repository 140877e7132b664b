import type { IDataObject } from 'n8n-workflow';

import { type CrmRpcTestBed, startCrmRpc } from '../crmrpc/setup';

/**
 * CrmRpc token expiry in the middle of a 1,000-item run. RoutingNode sends all items at once,
 * so hundreds of requests are in flight when the token expires: the node must still log in
 * exactly once, and every item must come out, paired with its input.
 */
const ITEMS = 1000;

// a 1,000-item run takes ~10 s on a shared 2-core machine
jest.setTimeout(120_000);

let bed: CrmRpcTestBed;
beforeAll(async () => {
	bed = await startCrmRpc();
});
afterAll(async () => bed.sandbox.stop());

const getCompany = { resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } };

/** The first `count` seeded companies as input items `{id}`. */
const inputItems = (count: number): IDataObject[] => bed.sandbox.companies.slice(0, count).map((company) => ({ id: company.id as number }));

/** Calls to /companies seen so far, counted by the sandbox as they arrive. */
function companyCallCounter() {
	let calls = 0;
	return () => ++calls;
}

async function loggedIn() {
	// a stored, valid token, as after earlier executions
	bed.harness.credentials.set('crmRpcApi', bed.credentials());
	expect((await bed.run({ ...getCompany, companyId: { __rl: true, mode: 'id', value: '5' } })).error).toBeUndefined();
	bed.sandbox.clearLog();
}

describe('CrmRpc token expiry in a 1,000-item run', () => {
	it('the token expires after 500 calls: exactly one new login, no item lost or repeated', async () => {
		await loggedIn();
		const loginsBefore = bed.sandbox.logins;
		const refreshesBefore = bed.harness.credentials.refreshes.crmRpcApi ?? 0;
		const count = companyCallCounter();
		bed.sandbox.expireTokensAt((request) => request.path === '/companies' && count() === 500);
		const input = inputItems(ITEMS);
		const started = Date.now();

		const { items, error } = await bed.run(getCompany, { items: input });

		console.log(`${ITEMS} items, token expired at call 500: ${Date.now() - started} ms, ${bed.sandbox.log.length} requests, ${bed.sandbox.logins - loginsBefore} login(s)`);
		expect(error).toBeUndefined();
		expect(bed.sandbox.logins - loginsBefore).toBe(1);
		expect((bed.harness.credentials.refreshes.crmRpcApi ?? 0) - refreshesBefore).toBe(1);
		expect(bed.sandbox.requests('/auth')).toHaveLength(1);
		// one output per input, in order, paired with it
		expect(items).toHaveLength(ITEMS);
		items.forEach((item, index) => {
			expect(item.json.id).toBe(input[index].id);
			expect(item.pairedItem).toEqual({ item: index });
		});
		// every company was answered once with success (the 401s were resent, nothing else)
		const answered = bed.sandbox.requests('/companies').map((entry) => entry.body.parameters.search_value as string);
		expect(new Set(answered).size).toBe(ITEMS);
		expect(answered.length).toBeLessThanOrEqual(2 * ITEMS);
		// the new token is stored for the next execution
		const newToken = String(bed.harness.credentials.stored.crmRpcApi.sessionToken);
		expect(bed.sandbox.tokens.get(newToken)).toBe(true);
		bed.sandbox.clearLog();
		expect((await bed.run({ ...getCompany, companyId: { __rl: true, mode: 'id', value: '5' } })).error).toBeUndefined();
		expect(bed.sandbox.requests('/auth')).toHaveLength(0);
	});

	it('the token expires twice in a 500-item run: exactly two logins, every item answered', async () => {
		await loggedIn();
		const loginsBefore = bed.sandbox.logins;
		const count = companyCallCounter();
		// the first expiry at the 200th call, the second at the 100th call after the new login
		let callsWithNewToken = 0;
		const secondExpiry = () => bed.sandbox.logins === loginsBefore + 1 && ++callsWithNewToken === 100;
		bed.sandbox.expireTokensAt((request) => {
			if (request.path !== '/companies' || count() !== 200) return false;
			// the sandbox clears its trigger once it fired: arm the second one just after
			setImmediate(() => bed.sandbox.expireTokensAt(secondExpiry));
			return true;
		});
		const input = inputItems(500);
		const { items, error } = await bed.run(getCompany, { items: input });
		expect(error).toBeUndefined();
		expect(bed.sandbox.logins - loginsBefore).toBe(2);
		expect(items.map((item) => item.json.id)).toEqual(input.map((item) => item.id));
	});

	it('with Continue On Fail, a failing item among the expired ones stays an error item, the rest succeed, one login', async () => {
		await loggedIn();
		const loginsBefore = bed.sandbox.logins;
		const count = companyCallCounter();
		bed.sandbox.expireTokensAt((request) => request.path === '/companies' && count() === 100);
		const input: IDataObject[] = [...inputItems(300)];
		input[250] = { id: 999999 };
		const { items, error } = await bed.run(getCompany, { items: input, continueOnFail: true });
		expect(error).toBeUndefined();
		expect(bed.sandbox.logins - loginsBefore).toBe(1);
		expect(items).toHaveLength(300);
		expect(items[250].json.error).toBe('Company not found [item 250]');
		expect(items[250].pairedItem).toEqual({ item: 250 });
		expect(items.filter((item) => item.json.error)).toHaveLength(1);
	});
});
