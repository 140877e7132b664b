import type { IDataObject } from 'n8n-workflow';

import { type CrmRpcTestBed, startCrmRpc } from './setup';

/**
 * Session counts (issue 15): one login for a run without a token, and on expiry one login and
 * one resend per refused item; a 401 that keeps failing costs one login and one resend.
 */
let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(20);
});
afterAll(async () => bed.sandbox.stop());

const getCompany = { resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } };
const items = (count: number): IDataObject[] => Array.from({ length: count }, (_, index) => ({ id: index + 1 }));
const companyCalls = () => bed.sandbox.requests('/companies');
const logins = () => bed.sandbox.requests('/auth').length;

/** A stored token that works, as after earlier executions. */
async function loggedIn() {
	bed.harness.credentials.set('crmRpcApi', bed.credentials());
	expect((await bed.run({ ...getCompany, companyId: { __rl: true, mode: 'id', value: '5' } })).error).toBeUndefined();
	bed.sandbox.clearLog();
	return `Bearer ${String(bed.harness.credentials.stored.crmRpcApi.sessionToken)}`;
}

describe('CrmRpc session counts', () => {
	it('a credential without a token, 5 items: one login, 5 calls, all with the new token', async () => {
		bed.harness.credentials.set('crmRpcApi', { ...bed.credentials(), sessionToken: '' });
		bed.sandbox.clearLog();
		const run = await bed.run(getCompany, { items: items(5) });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5]);
		expect(logins()).toBe(1);
		expect(companyCalls()).toHaveLength(5);
		expect(new Set(companyCalls().map((entry) => entry.headers.authorization))).toEqual(
			new Set([`Bearer ${String(bed.harness.credentials.stored.crmRpcApi.sessionToken)}`]),
		);
	});

	it('a token expired before the run, 5 items: one login, one 401, 6 calls', async () => {
		const oldToken = await loggedIn();
		bed.sandbox.expireTokens();
		const run = await bed.run(getCompany, { items: items(5) });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5]);
		expect(logins()).toBe(1);
		expect(companyCalls().filter((entry) => entry.headers.authorization === oldToken)).toHaveLength(1);
		expect(companyCalls()).toHaveLength(6);
	});

	it('a token that expires during the run: one login, each refused item resent once, the expired token never sent twice by one item', async () => {
		const oldToken = await loggedIn();
		let count = 0;
		bed.sandbox.expireTokensAt((request) => request.path === '/companies' && ++count === 3);
		const run = await bed.run(getCompany, { items: items(8) });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(logins()).toBe(1);
		// the calls with the expired token from the third on were refused (401)
		const refusedItems = companyCalls()
			.slice(2)
			.filter((entry) => entry.headers.authorization === oldToken)
			.map((entry) => String(entry.body.parameters.search_value));
		expect(refusedItems.length).toBeGreaterThan(0);
		// no item sent the expired token twice (the item that renews does not resend it first)
		expect(new Set(refusedItems).size).toBe(refusedItems.length);
		// one call per item plus one resend per refused item, nothing more
		expect(companyCalls()).toHaveLength(8 + refusedItems.length);
		const perItem = new Map<string, number>();
		for (const entry of companyCalls()) perItem.set(String(entry.body.parameters.search_value), (perItem.get(String(entry.body.parameters.search_value)) ?? 0) + 1);
		expect(Math.max(...perItem.values())).toBeLessThanOrEqual(2);
	});

	it('a 401 that keeps failing, one item: one login, one resend, the API error', async () => {
		await loggedIn();
		bed.sandbox.injectFault({ status: 401, json: { success: false, error: 'Account locked' } }, { times: 2, match: (entry) => entry.path === '/companies' });
		const run = await bed.run({ ...getCompany, companyId: { __rl: true, mode: 'id', value: '5' } });
		expect(run.error).toMatchObject({ name: 'NodeApiError', message: 'Account locked', httpCode: '401' });
		expect(logins()).toBe(1);
		expect(companyCalls()).toHaveLength(2);
	});

	it('a 401 that keeps failing, 3 items: one login in all, no item sent more than twice', async () => {
		await loggedIn();
		bed.sandbox.injectFault({ status: 401, json: { success: false, error: 'Account locked' } }, { times: 4, match: (entry) => entry.path === '/companies' });
		const run = await bed.run(getCompany, { items: items(3), continueOnFail: true });
		expect(run.items.map((item) => item.json.error)).toEqual(['Account locked [item 0]', 'Account locked [item 1]', 'Account locked [item 2]']);
		expect(logins()).toBe(1);
		// the first item: its call, the login, its resend; the others were refused with the new token: final
		expect(companyCalls()).toHaveLength(4);
	});
});
