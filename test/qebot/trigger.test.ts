import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { DEFAULT_MAX_TRIES } from '../../nodes/shared/retry';
import { basicAuth, startQebot } from './setup';

/** The records a poll emitted ([] for null). */
const firstOutput = (result: INodeExecutionData[][] | null) => (result?.[0] ?? []).map((item) => item.json);

describe('Qebot Trigger', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	describe('New Lead', () => {
		test('first activation remembers "now" and emits nothing; later polls emit only new leads, once, oldest first', async () => {
			const { sandbox, harness } = context;
			const trigger = harness.trigger('qebotTrigger', { event: 'newLead', simplify: false });
			expect(await trigger.poll()).toBeNull();
			expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.headers.authorization])).toEqual([
				['GET', '/api/v1/crm/leads', basicAuth(sandbox)],
			]);
			const newest = [...sandbox.leads.values()].at(-1)!;
			expect((trigger.workflow.staticData as IDataObject)['node:Qebot Trigger']).toMatchObject({
				cursors: { newLead: { ids: [String(newest.leadId)] } },
			});

			// nothing new
			expect(await trigger.poll()).toBeNull();

			// two leads created in the same second: both, once, in id order
			const sameTime = sandbox.clock + 60_000;
			const second = sandbox.addLead({ firstName: 'Second' }, sameTime);
			const first = sandbox.addLead({ firstName: 'First' }, sameTime);
			const batch = firstOutput(await trigger.poll());
			expect(batch.map((lead) => lead.firstName)).toEqual(['Second', 'First']);
			// one convention with Simplify off too: the lead's own dates in ISO 8601 (issue 15)
			expect(batch[0]).toMatchObject({ leadId: second.leadId, creationDate: new Date(sameTime).toISOString() });
			expect(batch[0]).not.toHaveProperty('creationDateIso');
			expect(batch[1].leadId).toBe(first.leadId);
			expect(await trigger.poll()).toBeNull();

			// a third lead with that same timestamp, seen later: emitted, the two others not again
			const third = sandbox.addLead({ firstName: 'Third' }, sameTime);
			expect(firstOutput(await trigger.poll()).map((lead) => lead.leadId)).toEqual([third.leadId]);

			// leads of different times come oldest first
			const later = sandbox.addLead({ firstName: 'Later' }, sameTime + 120_000);
			const sooner = sandbox.addLead({ firstName: 'Sooner' }, sameTime + 60_000);
			expect(firstOutput(await trigger.poll()).map((lead) => lead.leadId)).toEqual([sooner.leadId, later.leadId]);
			expect(await trigger.poll()).toBeNull();
		});

		test('a failed poll loses nothing: the lead comes with the next successful poll', async () => {
			const { sandbox, harness } = context;
			const trigger = harness.trigger('qebotTrigger', { event: 'newLead' });
			expect(await trigger.poll()).toBeNull();
			const before = JSON.stringify(trigger.workflow.staticData);
			const lead = sandbox.addLead({ firstName: 'Survivor' });
			// a 503 and a dropped connection are retried (issue 17): the poll fails once every try met them
			sandbox.injectFault({ status: 503, json: { error: "We're temporarily offline for maintenance" } }, { times: DEFAULT_MAX_TRIES });
			await expect(trigger.poll()).rejects.toThrow("We're temporarily offline for maintenance");
			expect(JSON.stringify(trigger.workflow.staticData)).toBe(before);
			sandbox.injectFault({ reset: true }, { times: DEFAULT_MAX_TRIES });
			await expect(trigger.poll()).rejects.toThrow();
			expect(JSON.stringify(trigger.workflow.staticData)).toBe(before);
			const recovered = firstOutput(await trigger.poll());
			expect(recovered.map((item) => item.leadId)).toEqual([lead.leadId]);
			// Simplify is on by default: the short lead, dates in ISO 8601
			expect(recovered[0]).toMatchObject({ fullName: `Survivor ${String(lead.lastName)}`, creationDate: expect.stringMatching(/Z$/) });
			expect(recovered[0]).not.toHaveProperty('customAttributes');
		});

		test('a manual test run returns the newest lead and changes no state', async () => {
			const { sandbox, harness } = context;
			const trigger = harness.trigger('qebotTrigger', { event: 'newLead', simplify: false });
			const newest = sandbox.addLead({ firstName: 'Newest' }, sandbox.clock + 3_600_000);
			const result = firstOutput(await trigger.poll('manual'));
			expect(result).toHaveLength(1);
			expect(result[0]).toMatchObject({ leadId: newest.leadId, firstName: 'Newest' });
			expect((trigger.workflow.staticData as IDataObject)['node:Qebot Trigger'] ?? {}).toEqual({});
		});

		test('the state stays bounded: only the ids at the newest timestamp are kept', async () => {
			const { sandbox, harness } = context;
			const trigger = harness.trigger('qebotTrigger', { event: 'newLead' });
			await trigger.poll();
			const time = sandbox.clock + 7_200_000;
			for (let i = 0; i < 3; i++) sandbox.addLead({ firstName: `Batch${i}` }, time);
			expect(firstOutput(await trigger.poll())).toHaveLength(3);
			const state = (trigger.workflow.staticData as IDataObject)['node:Qebot Trigger'] as { cursors: { newLead: { time: number; ids: string[] } } };
			expect(state.cursors.newLead.time).toBe(time);
			expect(state.cursors.newLead.ids).toHaveLength(3);
		});
	});

	test('New Purchase: new means a higher id', async () => {
		const { sandbox, harness } = context;
		const trigger = harness.trigger('qebotTrigger', { event: 'newPurchase' });
		expect(await trigger.poll()).toBeNull();
		expect(await trigger.poll()).toBeNull();
		const purchase = sandbox.addPurchase({ tool_id: 1, business_id: 2, user_id: 1000 });
		const items = firstOutput(await trigger.poll());
		expect(items.map((item) => item.id)).toEqual([purchase.id]);
		// Simplify (on by default for every event): a short camelCase record
		expect(items[0]).toEqual({ id: purchase.id, paymentDate: expect.stringMatching(/^\d{4}-/), toolId: 1, tool: 'Social Media Dashboard', businessId: 2, brandId: 2, userId: 1000 });
		expect(await trigger.poll()).toBeNull();
		expect(sandbox.log.every((entry) => entry.path === '/api/v1/purchases')).toBe(true);
	});

	test('New User: by creation date', async () => {
		const { sandbox, harness } = context;
		const trigger = harness.trigger('qebotTrigger', { event: 'newUser' });
		expect(await trigger.poll()).toBeNull();
		const first = sandbox.addUser({ username: 'a.new@example.com' });
		const second = sandbox.addUser({ username: 'b.new@example.com' });
		expect(firstOutput(await trigger.poll()).map((user) => user.username)).toEqual([first.username, second.username]);
		expect(await trigger.poll()).toBeNull();
	});

	test('New User and New Business without Simplify: the whole record as the API names it', async () => {
		const { sandbox, harness } = context;
		const trigger = harness.trigger('qebotTrigger', { event: 'newUser', simplify: false });
		expect(await trigger.poll()).toBeNull();
		const user = sandbox.addUser({ username: 'raw.user@example.com' });
		expect(firstOutput(await trigger.poll())).toEqual([expect.objectContaining({ id: user.id, first_name: 'New', created_date: user.created_date })]);
	});

	test('New Business: new means a higher id; each event keeps its own cursor when the event is switched', async () => {
		const { sandbox, harness } = context;
		const trigger = harness.trigger('qebotTrigger', { event: 'newBusiness' });
		expect(await trigger.poll()).toBeNull();
		const business = sandbox.addBusiness({ business_name: 'Fresh Opening' });
		expect(firstOutput(await trigger.poll())).toEqual([expect.objectContaining({ id: business.id, businessName: 'Fresh Opening' })]);
		expect(await trigger.poll()).toBeNull();

		// the same node switched to New Lead does not flood the workflow with every existing lead
		const switched = harness.trigger('qebotTrigger', { event: 'newLead' });
		Object.assign(switched.workflow.staticData, JSON.parse(JSON.stringify(trigger.workflow.staticData)));
		expect(await switched.poll()).toBeNull();
		const lead = sandbox.addLead({ firstName: 'While Leads' });
		expect(firstOutput(await switched.poll()).map((item) => item.leadId)).toEqual([lead.leadId]);

		// a business created while the trigger watched leads arrives when switched back (issue 15)
		const meanwhile = sandbox.addBusiness({ business_name: 'Opened Meanwhile' });
		const back = harness.trigger('qebotTrigger', { event: 'newBusiness' });
		Object.assign(back.workflow.staticData, JSON.parse(JSON.stringify(switched.workflow.staticData)));
		expect(firstOutput(await back.poll()).map((item) => item.id)).toEqual([meanwhile.id]);
		expect(await back.poll()).toBeNull();

		// and back on New Lead, the lead already emitted is not emitted again
		const again = harness.trigger('qebotTrigger', { event: 'newLead' });
		Object.assign(again.workflow.staticData, JSON.parse(JSON.stringify(back.workflow.staticData)));
		expect(await again.poll()).toBeNull();
	});

	test('a cursor kept by an earlier build (one event, no per-event cursors) is not lost when the event is switched', async () => {
		const { sandbox, harness } = context;
		const before = harness.trigger('qebotTrigger', { event: 'newBusiness' });
		expect(await before.poll()).toBeNull();
		const state = (before.workflow.staticData as IDataObject)['node:Qebot Trigger'] as IDataObject;
		// what an earlier build stored: the one cursor and its event
		Object.assign(state, { cursor: (state.cursors as IDataObject).newBusiness, scope: 'newBusiness' });
		delete state.cursors;
		const switched = harness.trigger('qebotTrigger', { event: 'newUser' });
		Object.assign(switched.workflow.staticData, JSON.parse(JSON.stringify(before.workflow.staticData)));
		expect(await switched.poll()).toBeNull();
		const business = sandbox.addBusiness({ business_name: 'Opened During Upgrade' });
		const back = harness.trigger('qebotTrigger', { event: 'newBusiness' });
		Object.assign(back.workflow.staticData, JSON.parse(JSON.stringify(switched.workflow.staticData)));
		expect(firstOutput(await back.poll()).map((item) => item.id)).toEqual([business.id]);
	});
});
