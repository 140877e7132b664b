import { type CrmRpcTestBed, expectRpc, jsonOf, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(10);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

describe('CrmRpc › Contact', () => {
	it('Get Many pages with page / pagination and sends the filters', async () => {
		const { items, error } = await bed.run({
			resource: 'contact',
			operation: 'getAll',
			contactProfileId: 1,
			returnAll: true,
			contactFilters: {
				companyId: { __rl: true, mode: 'id', value: '1' },
				originIds: [101],
				titleIds: [101],
				positionIds: [101],
				departmentIds: [101],
				createdFrom: '2026-03-01T08:00:00.000Z',
				query: 'contact',
				withInputs: true,
				withAddresses: false,
			},
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'contacts', 'GetContacts', {
			profile_id: 1,
			company_id: 1,
			origin_id: [101],
			title_id: [101],
			position_id: [101],
			department_id: [101],
			created_at: { from: '01/03/26' },
			query: 'contact',
			with_inputs: true,
			with_addresses: false,
			page: 1,
			pagination: 500,
		});
		expect(jsonOf(items).map((contact) => contact.name)).toEqual(['Contact1']);
	});

	it('Get Many with Limit 5 asks for one page of 5', async () => {
		const { items } = await bed.run({ resource: 'contact', operation: 'getAll', contactProfileId: 1, returnAll: false, limit: 5 });
		expect(items).toHaveLength(5);
		expectRpc(bed.calls()[0], 'contacts', 'GetContacts', { profile_id: 1, page: 1, pagination: 5 });
	});

	it('Create sends the contact, its addresses and its assistant', async () => {
		const { items, error } = await bed.run({
			resource: 'contact',
			operation: 'create',
			contactProfileId: 1,
			contactCompanyId: { __rl: true, mode: 'id', value: '2' },
			contactName: 'Lucía',
			contactSurname: 'Martínez',
			contactOriginId: 102,
			contactFields: {
				motherSurname: 'Gómez',
				titleId: 102,
				positionId: '103',
				departmentId: 101,
				phoneOffice: '3312345678',
				phoneOfficeExtension: '12',
				phoneMobile: '3387654321',
				phoneOther: '5555',
				email: 'lucia@example.com',
				skype: 'lucia.skype',
				linkedin: 'in/lucia',
				twitter: '@lucia',
			},
			contactShippingAddress: { address: { country: 'MX', state: 'JAL', city: 'Zapopan' } },
			contactAssistant: { details: { name: 'Pedro', surname: 'Soto', email: 'pedro@example.com', phoneOffice: '331' } },
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'contacts', 'CreateContact', {
			profile_id: 1,
			company_id: 2,
			name: 'Lucía',
			surname: 'Martínez',
			origin_id: 102,
			mother_surname: 'Gómez',
			title_id: 102,
			position_id: 103,
			department_id: 101,
			phone_office: '3312345678',
			phone_office_extension: '12',
			phone_mobile: '3387654321',
			phone_other: '5555',
			email: 'lucia@example.com',
			skype: 'lucia.skype',
			linkedin: 'in/lucia',
			twitter: '@lucia',
			shipping_address: { country: 'MX', state: 'JAL', city: 'Zapopan' },
			assistant: { name: 'Pedro', surname: 'Soto', email: 'pedro@example.com', phone_office: '331' },
		});
		expect(items[0].json).toMatchObject({ name: 'Lucía', company_id: 2, assistant: { name: 'Pedro' } });
	});

	it('Create: an assistant without a surname sends nothing', async () => {
		const { error } = await bed.run({
			resource: 'contact',
			operation: 'create',
			contactProfileId: 1,
			contactCompanyId: { __rl: true, mode: 'id', value: '2' },
			contactName: 'A',
			contactSurname: 'B',
			contactOriginId: 101,
			// n8n's editor flags an empty required field; by expression it reaches the node's check
			contactAssistant: { details: { name: 'Pedro', surname: '={{ $json.missing }}' } },
		});
		expect(error?.message).toBe("Invalid 'Assistant › Surname': it is required and cannot be empty");
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('Create: a company that does not exist is the API error', async () => {
		const { error } = await bed.run({
			resource: 'contact',
			operation: 'create',
			contactProfileId: 1,
			contactCompanyId: { __rl: true, mode: 'id', value: '99999' },
			contactName: 'A',
			contactSurname: 'B',
			contactOriginId: 101,
		});
		expect(error).toMatchObject({ name: 'NodeApiError', message: 'Company not found' });
	});

	it('Get by email, within a company', async () => {
		const { items } = await bed.run({
			resource: 'contact',
			operation: 'get',
			contactProfileId: 1,
			contactId: { __rl: true, mode: 'email', value: 'contact2@example.com' },
			contactOptions: { companyId: { __rl: true, mode: 'id', value: '2' } },
		});
		expectRpc(bed.calls()[0], 'contacts', 'GetContact', {
			profile_id: 1,
			search_by: 'email',
			search_value: 'contact2@example.com',
			company_id: 2,
		});
		expect(items[0].json).toMatchObject({ name: 'Contact2', email: 'contact2@example.com' });
	});

	it('Get by ID', async () => {
		const contact = bed.sandbox.contacts[0];
		const { items } = await bed.run({ resource: 'contact', operation: 'get', contactProfileId: 1, contactId: { __rl: true, mode: 'id', value: String(contact.id) } });
		expectRpc(bed.calls()[0], 'contacts', 'GetContact', { profile_id: 1, search_by: 'id', search_value: String(contact.id) });
		expect(items[0].json.id).toBe(contact.id);
	});

	it.each([
		['getOrigins', 'GetOrigins', 'Website'],
		['getTitles', 'GetTitles', 'Mr.'],
		['getDepartments', 'GetDepartments', 'Sales'],
		['getPositions', 'GetPositions', 'Director'],
		['getInputs', 'GetInputs', 'Birthday'],
	])('%s calls Contacts.%s for the profile', async (operation, method, firstName) => {
		const { items } = await bed.run({ resource: 'contact', operation, contactProfileId: 2, returnAll: true });
		expectRpc(bed.calls()[0], 'contacts', method, { profile_id: 2 });
		expect(items[0].json).toEqual({ id: 201, name: firstName });
	});
});
