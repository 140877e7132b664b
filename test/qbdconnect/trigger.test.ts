import type { INodeExecutionData } from 'n8n-workflow';

import { DEFAULT_MAX_TRIES } from '../../nodes/shared/retry';
import { qbdFixture, TOKEN, TRIGGER } from './setup';

const fixture = qbdFixture();
const idsOf = (result: INodeExecutionData[][] | null) => (result ? result[0].map((item) => item.json.id) : null);

describe('QBD Connect Trigger › New Payout (GET /payouts)', () => {
	test('first activation emits nothing; later polls emit only new payouts, oldest first', async () => {
		const trigger = fixture.harness.trigger(TRIGGER, { event: 'newPayout' });
		expect(await trigger.poll()).toBeNull();
		expect(fixture.sandbox.log.map((entry) => [entry.method, entry.path, entry.headers.authorization])).toEqual([
			['GET', '/qbdconnect-api/v1/payouts', `Bearer ${TOKEN}`],
		]);
		// the cursor is the newest dateCreated seen (a date: midnight UTC) and the ids of that day
		expect(JSON.stringify(trigger.staticData())).toContain(
			JSON.stringify({ cursors: { newPayout: { time: Date.parse('2026-01-11'), ids: ['po_002'] } } }).slice(1, -1),
		);

		// nothing new
		expect(await trigger.poll()).toBeNull();

		// two payouts of the same (later) day, added out of id order, then one more of that day
		fixture.sandbox.addPayout({ id: 'po_020', dateCreated: '2026-01-12', payoutAmount: 20 });
		fixture.sandbox.addPayout({ id: 'po_010', dateCreated: '2026-01-12', payoutAmount: 10 });
		const second = await trigger.poll();
		expect(idsOf(second)).toEqual(['po_010', 'po_020']);
		expect(second![0][0].json).toEqual(expect.objectContaining({ payoutAmount: 10, currency: 'usd' }));

		fixture.sandbox.addPayout({ id: 'po_030', dateCreated: '2026-01-12' });
		expect(idsOf(await trigger.poll())).toEqual(['po_030']);
		expect(await trigger.poll()).toBeNull();

		// a next day
		fixture.sandbox.addPayout({ id: 'po_040', dateCreated: '2026-01-13' });
		fixture.sandbox.addPayout({ id: 'po_041', dateCreated: '2026-01-12' });
		expect(idsOf(await trigger.poll())).toEqual(['po_041', 'po_040']);
		expect(await trigger.poll()).toBeNull();
	});

	test('a failed poll throws the API message and loses nothing', async () => {
		const trigger = fixture.harness.trigger(TRIGGER, { event: 'newPayout' });
		expect(await trigger.poll()).toBeNull();
		const before = JSON.stringify(trigger.staticData());
		fixture.sandbox.addPayout({ id: 'po_100', dateCreated: '2026-02-01' });
		// a 502 is retried (issue 17): it fails the poll once every try met it
		fixture.sandbox.injectFault({ status: 502, json: { message: 'Upstream Stripe timeout' } }, { times: DEFAULT_MAX_TRIES });
		await expect(trigger.poll()).rejects.toThrow('Upstream Stripe timeout');
		expect(JSON.stringify(trigger.staticData())).toBe(before);
		expect(idsOf(await trigger.poll())).toEqual(['po_100']);
	});

	test('a manual run returns the newest payout and changes nothing', async () => {
		const trigger = fixture.harness.trigger(TRIGGER, { event: 'newPayout' });
		const manual = await trigger.poll('manual');
		const newest = [...fixture.sandbox.payouts].sort((a, b) =>
			String(a.dateCreated) === String(b.dateCreated)
				? String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
				: String(a.dateCreated).localeCompare(String(b.dateCreated)),
		).at(-1);
		expect(idsOf(manual)).toEqual([newest!.id]);
		expect(JSON.stringify(trigger.staticData())).not.toContain('cursor');
	});
});

describe('QBD Connect Trigger › New Invoice', () => {
	test('keyed on dateCreated plus id across several polls', async () => {
		const trigger = fixture.harness.trigger(TRIGGER, { event: 'newInvoice' });
		expect(await trigger.poll()).toBeNull();
		expect(fixture.sandbox.log[0].path).toBe('/qbdconnect-api/v1/invoices');

		const late = '2030-05-01T10:00:00.000Z';
		fixture.sandbox.addInvoice({ id: 'in_b', dateCreated: late });
		fixture.sandbox.addInvoice({ id: 'in_a', dateCreated: '2030-05-01T09:00:00.000Z' });
		expect(idsOf(await trigger.poll())).toEqual(['in_a', 'in_b']);

		// same timestamp as the newest seen, new id: emitted once
		fixture.sandbox.addInvoice({ id: 'in_c', dateCreated: late });
		expect(idsOf(await trigger.poll())).toEqual(['in_c']);
		expect(await trigger.poll()).toBeNull();
		expect(fixture.sandbox.requests('/qbdconnect-api/v1/invoices')).toHaveLength(4);
	});

	// issue 15: switching the event reset the trigger's memory; records created meanwhile never arrived
	test('each event keeps its own cursor: switching away and back resumes where that event stood', async () => {
		const invoices = fixture.harness.trigger(TRIGGER, { event: 'newInvoice' });
		expect(await invoices.poll()).toBeNull();
		// the same node, its event switched to New Payout: the static data carries over
		const payouts = fixture.harness.trigger(TRIGGER, { event: 'newPayout' });
		Object.assign(payouts.workflow.staticData, JSON.parse(JSON.stringify(invoices.staticData())));
		// a newly chosen event starts from now
		expect(await payouts.poll()).toBeNull();
		fixture.sandbox.addPayout({ id: 'po_next', dateCreated: '2031-01-01' });
		// meanwhile an invoice is created, while the node watches payouts
		fixture.sandbox.addInvoice({ id: 'in_meanwhile', dateCreated: '2031-02-01T00:00:00.000Z' });
		expect(idsOf(await payouts.poll())).toEqual(['po_next']);
		// switched back to New Invoice: the invoice created meanwhile arrives, once
		const back = fixture.harness.trigger(TRIGGER, { event: 'newInvoice' });
		Object.assign(back.workflow.staticData, JSON.parse(JSON.stringify(payouts.staticData())));
		expect(idsOf(await back.poll())).toEqual(['in_meanwhile']);
		expect(await back.poll()).toBeNull();
		const state = JSON.stringify(back.staticData());
		expect(state).toContain('"newInvoice"');
		expect(state).toContain('"newPayout"');
	});

	test('a cursor stored at the top level (before per-event cursors) is kept by its event', async () => {
		const trigger = fixture.harness.trigger(TRIGGER, { event: 'newInvoice' });
		const [node] = Object.values(trigger.workflow.nodes);
		Object.assign(trigger.workflow.getStaticData('node', node), {
			cursor: { time: Date.parse('2032-06-01T00:00:00.000Z'), ids: [] },
			scope: 'newInvoice',
		});
		fixture.sandbox.addInvoice({ id: 'in_before_upgrade', dateCreated: '2032-05-01T00:00:00.000Z' });
		fixture.sandbox.addInvoice({ id: 'in_after_upgrade', dateCreated: '2032-07-01T00:00:00.000Z' });
		expect(idsOf(await trigger.poll())).toEqual(['in_after_upgrade']);
	});
});
