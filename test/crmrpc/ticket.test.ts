import { type CrmRpcTestBed, expectRpc, jsonOf, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(5);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

const createParameters = {
	resource: 'ticket',
	operation: 'create',
	ticketProfileId: 1,
	ticketTitle: 'Printer on fire',
	ticketDescription: 'Smoke from tray 2',
	ticketCompanyId: { __rl: true, mode: 'id', value: '1' },
	ticketUserId: 101,
	ticketOriginId: 102,
	ticketCaseId: 103,
	ticketPriorityId: 103,
	ticketEstimatedEndAt: '2026-03-20T17:30:00',
};

describe('CrmRpc › Ticket', () => {
	it('Get Many lists the tickets of the profile', async () => {
		const { items, error } = await bed.run({ resource: 'ticket', operation: 'getAll', ticketProfileId: 1, returnAll: true });
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'tickets', 'GetTickets', { profile_id: 1 });
		expect(jsonOf(items).map((ticket) => ticket.title)).toEqual(['Ticket 1', 'Ticket 2', 'Ticket 3']);
	});

	it('Get Many with Limit 1', async () => {
		const { items } = await bed.run({ resource: 'ticket', operation: 'getAll', ticketProfileId: 1, returnAll: false, limit: 1 });
		expect(items).toHaveLength(1);
	});

	it('Create sends the estimated end as YYYY-MM-DD', async () => {
		const { items, error } = await bed.run({
			...createParameters,
			ticketNotify: true,
			ticketFields: {
				contactId: { __rl: true, mode: 'list', value: '4' },
				opportunityId: { __rl: true, mode: 'id', value: '9' },
				comment: 'Urgent',
			},
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'tickets', 'CreateTicket', {
			profile_id: 1,
			title: 'Printer on fire',
			description: 'Smoke from tray 2',
			company_id: 1,
			user_id: 101,
			origin_id: 102,
			case_id: 103,
			priority_id: 103,
			estimated_end_at: '2026-03-20',
			notify: true,
			contact_id: 4,
			opportunity_id: 9,
			comment: 'Urgent',
		});
		expect(items[0].json).toMatchObject({ title: 'Printer on fire', estimated_end_at: '2026-03-20' });
	});

	it('Create: the estimated end keeps the day of its own zone (the same rule as opportunities)', async () => {
		await bed.run({ ...createParameters, ticketEstimatedEndAt: '2026-03-01T23:30:00-06:00' });
		expect(bed.calls()[0].body.parameters.estimated_end_at).toBe('2026-03-01');
	});

	it('Create with an impossible date sends nothing', async () => {
		const { error } = await bed.run({ ...createParameters, ticketEstimatedEndAt: '2026-02-31' });
		expect(error?.message).toBe(`Invalid 'Estimated End': "2026-02-31" is not a date`);
		// a month 13 is refused too
		const month13 = await bed.run({ ...createParameters, ticketEstimatedEndAt: '2026-13-01' });
		expect(month13.error?.message).toBe(`Invalid 'Estimated End': "2026-13-01" is not a date`);
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it.each([
		['getOrigins', 'GetOrigins', 'Phone'],
		['getCases', 'GetCases', 'Installation'],
		['getPriorities', 'GetPriorities', 'Low'],
	])('%s calls Tickets.%s for the profile', async (operation, method, firstName) => {
		const { items } = await bed.run({ resource: 'ticket', operation, ticketProfileId: 1 });
		expectRpc(bed.calls()[0], 'tickets', method, { profile_id: 1 });
		expect(items[0].json).toEqual({ id: 101, name: firstName });
	});
});
