import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

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
				scope: 'newLead',
				cursor: { ids: [String(newest.leadId)] },
			});

			// nothing new
			expect(await trigger.poll()).toBeNull();

			// two leads created in the same second: both, once, in id order
			const sameTime = sandbox.clock + 60_000;
			const second = sandbox.addLead({ firstName: 'Second' }, sameTime);
			const first = sandbox.addLead({ firstName: 'First' }, sameTime);
			const batch = firstOutput(await trigger.poll());
			expect(batch.map((lead) => lead.firstName)).toEqual(['Second', 'First']);
			expect(batch[0]).toMatchObject({ leadId: second.leadId, creationDateIso: new Date(sameTime).toISOString() });
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
			sandbox.injectFault({ status: 503, json: { error: "We're temporarily offline for maintenance" } });
			await expect(trigger.poll()).rejects.toThrow("We're temporarily offline for maintenance");
			expect(JSON.stringify(trigger.workflow.staticData)).toBe(before);
			sandbox.injectFault({ reset: true });
			await expect(trigger.poll()).rejects.toThrow();
			expect(JSON.stringify(trigger.workflow.staticData)).toBe(before);
			const recovered = firstOutput(await trigger.poll());
			expect(recovered.map((item) => item.leadId)).toEqual([lead.leadId]);
			// Simplify is on by default: the short lead, dates in ISO 8601
			expect(recovered[0]).toMatchObject({ firstName: 'Survivor', creationDate: expect.stringMatching(/Z$/) });
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
			const state = (trigger.workflow.staticData as IDataObject)['node:Qebot Trigger'] as { cursor: { time: number; ids: string[] } };
			expect(state.cursor.time).toBe(time);
			expect(state.cursor.ids).toHaveLength(3);
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
		expect(items[0]).toMatchObject({ tool: { id: 1 }, business: { id: 2 } });
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

	test('New Business: new means a higher id; changing the event starts over', async () => {
		const { sandbox, harness } = context;
		const trigger = harness.trigger('qebotTrigger', { event: 'newBusiness' });
		expect(await trigger.poll()).toBeNull();
		const business = sandbox.addBusiness({ business_name: 'Fresh Opening' });
		expect(firstOutput(await trigger.poll())).toEqual([expect.objectContaining({ id: business.id, business_name: 'Fresh Opening' })]);
		expect(await trigger.poll()).toBeNull();

		// the same node switched to New Lead does not flood the workflow with every existing lead
		const switched = harness.trigger('qebotTrigger', { event: 'newLead' });
		Object.assign(switched.workflow.staticData, JSON.parse(JSON.stringify(trigger.workflow.staticData)));
		expect(await switched.poll()).toBeNull();
	});
});
