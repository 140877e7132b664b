import type { IDataObject } from 'n8n-workflow';

import { recordKey } from '../../nodes/CrmRpc/CrmRpcTrigger.node';
import { MAX_CURSOR_IDS } from '../../nodes/shared/polling';
import { type CrmRpcTestBed, expectRpc, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeEach(async () => {
	bed = await startCrmRpc();
});
afterEach(async () => bed.sandbox.stop());

const titles = (result: Awaited<ReturnType<ReturnType<CrmRpcTestBed['harness']['trigger']>['poll']>>) =>
	(result?.[0] ?? []).map((item) => (item.json as IDataObject).title ?? (item.json as IDataObject).name);

type Trigger = ReturnType<CrmRpcTestBed['harness']['trigger']>;

/** The trigger node's static data (n8n keys it by node name). */
const state = (trigger: Trigger) => trigger.staticData()['node:CrmRpc Trigger'] as IDataObject | undefined;

/** The part of the static data one event and profile keep (each has its own cursor). */
const stateOf = (trigger: Trigger, scope = 'newOpportunity:1') => (state(trigger)?.cursors as IDataObject | undefined)?.[scope] as IDataObject | undefined;

function opportunityTrigger(profileId = 1) {
	return bed.harness.trigger('crmRpcTrigger', { event: 'newOpportunity', profileId });
}

describe('CrmRpc Trigger › New Opportunity', () => {
	it('a manual run returns the newest opportunity and changes nothing', async () => {
		const trigger = opportunityTrigger();
		const result = await trigger.poll('manual');
		expect(result?.[0]).toHaveLength(1);
		const newest = bed.sandbox.opportunities[bed.sandbox.opportunities.length - 1];
		expect(result?.[0][0].json).toMatchObject({ id: newest.id, title: 'Deal 2026-03-04 #5' });
		expect(state(trigger) ?? {}).toEqual({});
	});

	it('first activation emits nothing; later polls emit each new opportunity once, oldest first', async () => {
		const trigger = opportunityTrigger();
		expect(await trigger.poll()).toBeNull();
		// the first activation reads everything (no date yet), every page
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunities', { profile_id: 1, page: 1, pagination: 500 });
		const lastDayIds = bed.sandbox.opportunities.filter((row) => String(row.created_at).startsWith('2026-03-04')).map((row) => String(row.id));
		expect(stateOf(trigger)).toEqual({ time: Date.UTC(2026, 2, 4), ids: lastDayIds });

		bed.sandbox.clearLog();
		expect(await trigger.poll()).toBeNull();
		// later polls ask only from the cursor's day on
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunities', {
			profile_id: 1,
			created_at: { from: '04/03/26' },
			page: 1,
			pagination: 500,
		});

		bed.sandbox.addOpportunity({ title: 'Next day', created_at: '2026-03-05 08:00:00' });
		bed.sandbox.addOpportunity({ title: 'Same day, later', created_at: '2026-03-04 23:59:00' });
		bed.sandbox.addOpportunity({ title: 'Same day, same minute', created_at: '2026-03-04 12:00:00' });
		const emitted = await trigger.poll();
		expect(titles(emitted)).toEqual(['Same day, later', 'Same day, same minute', 'Next day']);
		expect(stateOf(trigger)).toMatchObject({ time: Date.UTC(2026, 2, 5) });

		bed.sandbox.clearLog();
		expect(await trigger.poll()).toBeNull();
		expect(bed.calls()[0].body.parameters.created_at).toEqual({ from: '05/03/26' });

		bed.sandbox.addOpportunity({ title: 'Next day again', created_at: '2026-03-05 07:00:00' });
		expect(titles(await trigger.poll())).toEqual(['Next day again']);
		expect(await trigger.poll()).toBeNull();
	});

	it('other profiles do not count', async () => {
		const trigger = opportunityTrigger();
		await trigger.poll();
		bed.sandbox.addOpportunity({ profile_id: 2, title: 'Support deal', created_at: '2026-03-06 10:00:00' });
		expect(await trigger.poll()).toBeNull();
		bed.sandbox.clearLog();
		const support = opportunityTrigger(2);
		expect(await support.poll()).toBeNull();
		expect(bed.calls()[0].body.parameters.profile_id).toBe(2);
		bed.sandbox.addOpportunity({ profile_id: 2, title: 'Support deal 2', created_at: '2026-03-06 11:00:00' });
		expect(titles(await support.poll())).toEqual(['Support deal 2']);
	});

	it('a failed poll changes nothing: the records come with the next poll', async () => {
		const trigger = opportunityTrigger();
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData());
		bed.sandbox.addOpportunity({ title: 'Survives the outage', created_at: '2026-03-05 09:00:00' });
		bed.sandbox.injectFault({ status: 500, json: { success: false, error: 'Database unavailable' } }, { match: (entry) => entry.path === '/opportunities' });
		await expect(trigger.poll()).rejects.toMatchObject({ message: 'Database unavailable', httpCode: '500' });
		expect(JSON.stringify(trigger.staticData())).toBe(before);
		expect(titles(await trigger.poll())).toEqual(['Survives the outage']);
	});

	it('without a profile the poll fails before sending anything', async () => {
		const trigger = bed.harness.trigger('crmRpcTrigger', { event: 'newOpportunity', profileId: '' });
		await expect(trigger.poll()).rejects.toMatchObject({ message: "Invalid 'Profile Name or ID': choose a profile" });
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('a business error (success false) fails the poll with the API\'s text', async () => {
		const trigger = opportunityTrigger(9);
		await expect(trigger.poll()).rejects.toMatchObject({ message: 'Profile 9 not found' });
	});

	it('many opportunities on one day: pages through all, none lost or repeated', async () => {
		const trigger = opportunityTrigger();
		await trigger.poll();
		for (let i = 1; i <= 1100; i++) {
			bed.sandbox.addOpportunity({ title: `Bulk ${i}`, created_at: `2026-03-05 10:${String(i % 60).padStart(2, '0')}:00` });
		}
		bed.sandbox.clearLog();
		const first = await trigger.poll();
		expect(first?.[0]).toHaveLength(1100);
		expect(new Set(titles(first)).size).toBe(1100);
		// three pages of 500 from the cursor's day
		expect(bed.calls().map((call) => call.body.parameters.page)).toEqual([1, 2, 3]);

		// more on the same day: only those
		bed.sandbox.addOpportunity({ title: 'Bulk late', created_at: '2026-03-05 22:00:00' });
		expect(titles(await trigger.poll())).toEqual(['Bulk late']);
		expect(await trigger.poll()).toBeNull();
		const cursor = stateOf(trigger) as unknown as { ids: string[] };
		expect(cursor.ids).toHaveLength(1101);
		expect(cursor.ids.length).toBeLessThanOrEqual(MAX_CURSOR_IDS);
	});

	it('an expired token during a poll means one new login, not a failed poll', async () => {
		const trigger = opportunityTrigger();
		await trigger.poll();
		bed.sandbox.addOpportunity({ title: 'After expiry', created_at: '2026-03-05 09:00:00' });
		bed.sandbox.expireTokens();
		bed.sandbox.clearLog();
		expect(titles(await trigger.poll())).toEqual(['After expiry']);
		expect(bed.sandbox.log.map((entry) => entry.path)).toEqual(['/opportunities', '/auth', '/opportunities']);
	});

	it('each event and profile keeps its own cursor: switching away and back resumes, nothing created meanwhile is lost', async () => {
		const trigger = opportunityTrigger();
		await trigger.poll();
		const staticData = () => JSON.parse(JSON.stringify(trigger.staticData()['node:CrmRpc Trigger'])) as IDataObject;
		// the user switches the event to New Company (same node, same static data): a new event starts from now
		const companies = bed.harness.trigger('crmRpcTrigger', { event: 'newCompany', profileId: 1 });
		companies.workflow.staticData['node:CrmRpc Trigger'] = staticData();
		expect(await companies.poll()).toBeNull();
		// meanwhile an opportunity is created; then the user switches back to New Opportunity
		bed.sandbox.addOpportunity({ title: 'While away', created_at: '2026-03-05 11:00:00' });
		const back = opportunityTrigger();
		back.workflow.staticData['node:CrmRpc Trigger'] = JSON.parse(JSON.stringify(companies.workflow.staticData['node:CrmRpc Trigger'])) as IDataObject;
		expect(titles(await back.poll())).toEqual(['While away']);
		expect(Object.keys((state(back)?.cursors ?? {}) as IDataObject).sort()).toEqual(['newCompany:1', 'newOpportunity:1']);
		// another profile is its own scope too
		expect(stateOf(back, 'newOpportunity:2')).toBeUndefined();
	});
});

describe('CrmRpc Trigger › other events', () => {
	it('New Company pages through 1,200 companies on activation, then emits new ones', async () => {
		const trigger = bed.harness.trigger('crmRpcTrigger', { event: 'newCompany', profileId: 1 });
		expect(await trigger.poll()).toBeNull();
		expect(bed.calls().map((call) => call.body.parameters.page)).toEqual([1, 2, 3]);
		expectRpc(bed.calls()[0], 'companies', 'GetCompanies', { profile_id: 1, page: 1, pagination: 500 });
		bed.sandbox.addCompany({ name: 'Fresh Co', created_at: '2026-03-05 10:00:00' });
		bed.sandbox.clearLog();
		expect(titles(await trigger.poll())).toEqual(['Fresh Co']);
		expect(bed.calls()[0].body.parameters.created_at).toEqual({ from: '04/03/26' });
	});

	it('New Contact emits new contacts', async () => {
		const trigger = bed.harness.trigger('crmRpcTrigger', { event: 'newContact', profileId: 1 });
		expect(await trigger.poll()).toBeNull();
		expectRpc(bed.calls()[0], 'contacts', 'GetContacts', { profile_id: 1, page: 1, pagination: 500 });
		bed.sandbox.addContact({ company_id: 1, name: 'Nueva', surname: 'Persona', created_at: '2026-03-05 10:00:00' });
		expect(titles(await trigger.poll())).toEqual(['Nueva']);
		expect(await trigger.poll()).toBeNull();
	});

	it('New Ticket reads the whole list (no filter documented) and emits new tickets', async () => {
		const trigger = bed.harness.trigger('crmRpcTrigger', { event: 'newTicket', profileId: 1 });
		expect(await trigger.poll()).toBeNull();
		expectRpc(bed.calls()[0], 'tickets', 'GetTickets', { profile_id: 1 });
		bed.sandbox.addTicket({ title: 'Fresh ticket', created_at: '2026-03-05 10:00:00' });
		bed.sandbox.clearLog();
		expect(titles(await trigger.poll())).toEqual(['Fresh ticket']);
		expectRpc(bed.calls()[0], 'tickets', 'GetTickets', { profile_id: 1 });
		expect(await trigger.poll()).toBeNull();
	});
});

describe('recordKey', () => {
	it('keys a record by id and the UTC start of its created_at day', () => {
		expect(recordKey({ id: 7, created_at: '2026-03-05 23:59:59' })).toEqual({ id: '7', time: Date.UTC(2026, 2, 5) });
		expect(recordKey({ id: 8, created_at: '2026-03-05T00:00:01Z' })).toEqual({ id: '8', time: Date.UTC(2026, 2, 5) });
		expect(Number.isNaN(recordKey({ id: 9 }).time)).toBe(true);
	});
});
