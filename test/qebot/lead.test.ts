import { qebotDateToIso } from '../../nodes/Qebot/output';
import * as dates from '../../nodes/shared/dates';
import { basicAuth, startQebot } from './setup';

describe('Qebot node › CRM Lead', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	test('CRM dates like "Sep 02, 2020 04:01:23 PM" read as ISO 8601 (UTC, the API gives no zone)', () => {
		expect(qebotDateToIso('Sep 02, 2020 04:01:23 PM')).toBe('2020-09-02T16:01:23.000Z');
		expect(qebotDateToIso('Jan 01, 2021 12:00:00 AM')).toBe('2021-01-01T00:00:00.000Z');
		expect(qebotDateToIso('Jan 01, 2021 12:30:00 PM')).toBe('2021-01-01T12:30:00.000Z');
		expect(qebotDateToIso('2016-10-06T13:28:27+00:00')).toBe('2016-10-06T13:28:27.000Z');
		expect(qebotDateToIso('Foo 01, 2021 12:00:00 AM')).toBeUndefined();
		expect(qebotDateToIso('')).toBeUndefined();
	});

	test('Get Many returns every lead of the unpaginated list with Return All, one request', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'lead', operation: 'getAll', returnAll: true, leadSimplify: false });
		expect(items).toHaveLength(sandbox.leads.size);
		expect(sandbox.leads.size).toBeGreaterThanOrEqual(100);
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.rawQuery, entry.headers.authorization])).toEqual([
			['GET', '/api/v1/crm/leads', '', basicAuth(sandbox)],
		]);
	});

	test('Get Many raw: the whole lead, its CRM dates as ISO 8601 in place (one convention), Limit applied locally', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'lead', operation: 'getAll', limit: 5, leadSimplify: false });
		expect(items).toHaveLength(5);
		const first = [...sandbox.leads.values()][0];
		expect(first.creationDate).toMatch(/^[A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2}:\d{2} [AP]M$/);
		// issue 15: no second "…Iso" key; the date itself is ISO 8601, as with Simplify and in the trigger
		expect(items[0].json).toEqual({
			...first,
			creationDate: qebotDateToIso(first.creationDate),
			lastUpdateDate: qebotDateToIso(first.lastUpdateDate),
		});
		expect(items[0].json.creationDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
	});

	test('Limit is cut before the leads are shaped: only the leads kept are converted, each linked to its input', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'lead', operation: 'getAll', limit: 2 }, { items: [{ n: 1 }, { n: 2 }] });
		const [first, second] = [...sandbox.leads.values()];
		const short = (lead: typeof first) => ({ id: lead.id, leadId: lead.leadId, creationDate: qebotDateToIso(lead.creationDate) });
		expect(items.map((item) => [{ id: item.json.id, leadId: item.json.leadId, creationDate: item.json.creationDate }, item.pairedItem])).toEqual([
			[short(first), { item: 0 }],
			[short(second), { item: 0 }],
			[short(first), { item: 1 }],
			[short(second), { item: 1 }],
		]);
		expect(sandbox.leads.size).toBeGreaterThan(2);
	});

	test('Limit 2 over the whole list converts the dates of 2 leads only (raw leads too)', async () => {
		const { sandbox, harness } = context;
		const parse = jest.spyOn(dates, 'parseApiDate');
		try {
			const { items } = await harness.run('qebot', { resource: 'lead', operation: 'getAll', limit: 2, leadSimplify: false });
			expect(items).toHaveLength(2);
			expect(sandbox.leads.size).toBeGreaterThanOrEqual(100);
			// creationDate and lastUpdateDate of the two leads kept
			expect(parse).toHaveBeenCalledTimes(4);
		} finally {
			parse.mockRestore();
		}
	});

	test('Simplify (on by default) keeps ten fields most workflows need, dates as ISO 8601', async () => {
		const { sandbox, harness } = context;
		const lead = sandbox.addLead(
			{ firstName: 'Lois', lastName: 'Lane', companyName: 'Daily Planet', emailAddresses: [{ emailAddress: 'lois@planet.example' }], phoneNumbers: [{ phoneNumber: '5550100' }] },
			Date.UTC(2020, 8, 2, 16, 1, 23),
		);
		const { items } = await harness.run('qebot', { resource: 'lead', operation: 'getAll', returnAll: true });
		const simple = items.find((item) => item.json.leadId === lead.leadId)!.json;
		expect(simple).toEqual({
			id: lead.id,
			leadId: lead.leadId,
			fullName: 'Lois Lane',
			companyName: 'Daily Planet',
			emailAddress: 'lois@planet.example',
			phoneNumber: '5550100',
			leadStatus: 'New',
			leadSource: 'Cold Call',
			creationDate: '2020-09-02T16:01:23.000Z',
			lastUpdateDate: '2020-09-02T16:01:23.000Z',
		});
	});

	test('Create sends the fields as JSON (phone numbers as the example\'s list) and returns the new lead', async () => {
		const { sandbox, harness } = context;
		const { items, error } = await harness.run('qebot', {
			resource: 'lead',
			operation: 'create',
			leadSimplify: false,
			leadFirstName: 'John',
			leadLastName: 'Doe',
			leadEmailAddress: 'john.doe@example.com',
			leadPhoneNumbers: { phone: [{ phoneNumber: '5558675309', phoneType: 'Business', phoneTypeCode: 'PHONE_BUSINESS' }] },
			leadAddresses: { address: [{ addressType: 'Billing Address', addressLine1: '123 Krypton Dr', city: 'Smallville', stateCode: 'KS', zipCode: '67524', countryCode: 'US' }] },
			leadFields: {
				companyName: 'Detective Comics',
				leadStatus: 1,
				potentialAmount: 1500.5,
				wayToContact: 'Email',
				description: 'Met at the fair',
				isUnsubscribed: true,
				estimatedCloseDate: '2026-12-24T10:00:00.000Z',
				customAttributes: '[{"name": "size", "value": "L"}]',
			},
		});
		expect(error).toBeUndefined();
		expect(sandbox.log[0]).toMatchObject({ method: 'POST', path: '/api/v1/crm/leads' });
		expect(sandbox.log[0].body).toEqual({
			firstName: 'John',
			lastName: 'Doe',
			emailAddress: 'john.doe@example.com',
			companyName: 'Detective Comics',
			leadStatus: 1,
			potentialAmount: 1500.5,
			waytoContact: 'Email',
			Description: 'Met at the fair',
			estimatedCloseDate: '2026-12-24',
			customAttributes: [{ name: 'size', value: 'L' }],
			isUnsubscribed: 'Y',
			phoneNumbers: [{ phoneNumber: '5558675309', phoneType: 'Business', phoneTypeCode: 'PHONE_BUSINESS' }],
			addresses: [{ addressType: 'Billing Address', addressLine1: '123 Krypton Dr', city: 'Smallville', stateCode: 'KS', zipCode: '67524', countryCode: 'US' }],
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			firstName: 'John',
			companyName: 'Detective Comics',
			wayToContact: 'Email',
			creationDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/),
		});
	});

	test('Create sends the user\'s JSON as given (blank values inside it included); empty optional fields are left out', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', {
			resource: 'lead',
			operation: 'create',
			leadFirstName: ' Ada ',
			leadLastName: 'Lovelace',
			leadEmailAddress: '',
			leadFields: { customAttributes: '[{"name": " size ", "value": ""}]', jobTitle: '  ' },
		});
		expect(error).toBeUndefined();
		expect(sandbox.log[0].body).toEqual({ firstName: 'Ada', lastName: 'Lovelace', customAttributes: [{ name: ' size ', value: '' }] });
	});

	test('Create returns Qebot\'s 422 message for a lead without a name', async () => {
		const { harness } = context;
		const { error } = await harness.run('qebot', { resource: 'lead', operation: 'create', leadFields: { jobTitle: 'CTO' } });
		expect(error?.message).toBe("lastName can't be blank");
		expect(error?.httpCode).toBe('422');
	});

	test('Create with invalid JSON or a bad email sends nothing', async () => {
		const { sandbox, harness } = context;
		const badJson = await harness.run('qebot', { resource: 'lead', operation: 'create', leadLastName: 'X', leadFields: { labels: '{oops' } });
		expect(badJson.error?.message).toBe("Invalid 'Additional Fields › Labels (JSON)': it is not valid JSON");
		const badEmail = await harness.run('qebot', { resource: 'lead', operation: 'create', leadLastName: 'X', leadEmailAddress: 'nope' });
		expect(badEmail.error?.message).toBe(`Invalid 'Email': "nope" is not an email address`);
		const badDate = await harness.run('qebot', { resource: 'lead', operation: 'create', leadLastName: 'X', leadFields: { estimatedCloseDate: '={{ "soon" }}' } });
		expect(badDate.error?.message).toBe(`Invalid 'Additional Fields › Estimated Close Date': "soon" is not a date`);
		const badFlag = await harness.run('qebot', { resource: 'lead', operation: 'create', leadLastName: 'X', leadFields: { isUnsubscribed: '={{ "Y" }}' } });
		expect(badFlag.error?.message).toBe(`Invalid 'Additional Fields › Unsubscribed': "Y" is not true or false`);
		const nothing = await harness.run('qebot', { resource: 'lead', operation: 'create' });
		expect(nothing.error?.message).toMatch(/^Invalid 'First Name': give at least a name/);
		expect(sandbox.log).toHaveLength(0);
	});
});
