import { type CrmRpcTestBed, expectRpc, jsonOf, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc();
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

describe('CrmRpc › Company › Get Many', () => {
	it('Return All reads 1,200 companies in exactly 3 pages of 500', async () => {
		const { items, error } = await bed.run({ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1200);
		const calls = bed.calls();
		expect(calls).toHaveLength(3);
		calls.forEach((call, index) =>
			expectRpc(call, 'companies', 'GetCompanies', { profile_id: 1, page: index + 1, pagination: 500 }),
		);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Company 0001', client_number: 'C-00001' });
		expect(items[1199].json).toMatchObject({ name: 'Company 1200' });
		expect(new Set(items.map((item) => item.json.id)).size).toBe(1200);
		expect(items[1199].pairedItem).toEqual({ item: 0 });
	});

	it('Limit 20 is one request of 20', async () => {
		const { items } = await bed.run({ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: false, limit: 20 });
		expect(items).toHaveLength(20);
		expect(bed.calls()).toHaveLength(1);
		expectRpc(bed.calls()[0], 'companies', 'GetCompanies', { profile_id: 1, page: 1, pagination: 20 });
	});

	it('Limit 700 reads two pages and stops', async () => {
		const { items } = await bed.run({ resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: false, limit: 700 });
		expect(items).toHaveLength(700);
		expect(bed.calls().map((call) => call.body.parameters.page)).toEqual([1, 2]);
	});

	it('sends the filters as the API names them, dates as DD/MM/YY', async () => {
		const { items } = await bed.run({
			resource: 'company',
			operation: 'getAll',
			companyProfileId: 1,
			returnAll: true,
			companyFilters: {
				companyTypes: [101],
				companyIndustries: ['101', '102'],
				createdFrom: '2026-03-02T00:00:00',
				createdTo: '2026-03-02T23:59:59',
				query: 'Company 00',
				withContacts: true,
				withInputs: false,
				withAddresses: true,
			},
		});
		expectRpc(bed.calls()[0], 'companies', 'GetCompanies', {
			profile_id: 1,
			company_type: [101],
			company_industry: [101, 102],
			created_at: { from: '02/03/26', to: '02/03/26' },
			query: 'Company 00',
			with_contacts: true,
			with_inputs: false,
			with_addresses: true,
			page: 1,
			pagination: 500,
		});
		// Company 0001 … 0099 of type 101 created on the second day
		expect(items.length).toBeGreaterThan(0);
		for (const { json } of items) {
			expect(json.type_id).toBe(101);
			expect(String(json.created_at)).toMatch(/^2026-03-02/);
			expect(Array.isArray(json.contacts)).toBe(true);
		}
	});

	it('a date that is not a date sends nothing', async () => {
		const { error } = await bed.run({
			resource: 'company',
			operation: 'getAll',
			companyProfileId: 1,
			returnAll: true,
			companyFilters: { createdFrom: 'next tuesday' },
		});
		expect(error?.message).toBe(`Invalid 'Filters › Created From': "next tuesday" is not a date`);
		expect(bed.sandbox.log).toHaveLength(0);
	});
});

describe('CrmRpc › Company › Create', () => {
	it('sends the company with its shipping and billing addresses', async () => {
		const { items, error } = await bed.run({
			resource: 'company',
			operation: 'create',
			companyProfileId: 1,
			companyName: 'Tacos El Güero',
			companyTypeId: 102,
			companyIndustryId: '103',
			companyFields: { website: 'https://tacos.example', phone: '+52 33 1234 5678', billingName: 'Tacos SA de CV', rfc: 'TEG010101AAA' },
			companyShippingAddress: { address: { country: 'MX', state: 'JAL', street: 'Av. Juárez', number: '100', zip: '44100', city: 'Guadalajara' } },
			companyBillingAddress: { address: { country: 'MX', state: 'CMX', street: 'Reforma', number: '1', interiorNumber: '4B', suburb: 'Centro', city: 'CDMX', latitude: '19.43', longitude: '-99.13' } },
		});
		expect(error).toBeUndefined();
		expect(bed.calls()).toHaveLength(1);
		expectRpc(bed.calls()[0], 'companies', 'CreateCompany', {
			profile_id: 1,
			name: 'Tacos El Güero',
			type_id: 102,
			industry_id: 103,
			website: 'https://tacos.example',
			phone: '+52 33 1234 5678',
			billing_name: 'Tacos SA de CV',
			rfc: 'TEG010101AAA',
			shipping_address: { country: 'MX', state: 'JAL', street: 'Av. Juárez', number: '100', zip: '44100', city: 'Guadalajara' },
			billing_address: {
				country: 'MX',
				state: 'CMX',
				street: 'Reforma',
				number: '1',
				interior_number: '4B',
				suburb: 'Centro',
				city: 'CDMX',
				latitude: '19.43',
				longitude: '-99.13',
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Tacos El Güero', profile_id: 1, type_id: 102 });
		expect(bed.sandbox.companies.some((company) => company.name === 'Tacos El Güero')).toBe(true);
	});

	it('without addresses sends none', async () => {
		await bed.run({ resource: 'company', operation: 'create', companyProfileId: 1, companyName: 'Plain', companyTypeId: 101, companyIndustryId: 101 });
		expectRpc(bed.calls()[0], 'companies', 'CreateCompany', { profile_id: 1, name: 'Plain', type_id: 101, industry_id: 101 });
	});

	it('a type that is not an ID sends nothing', async () => {
		const { error } = await bed.run({ resource: 'company', operation: 'create', companyProfileId: 1, companyName: 'X', companyTypeId: 'abc', companyIndustryId: 101 });
		expect(error?.message).toBe(`Invalid 'Type': "abc" is not a numeric ID`);
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('the API\'s validation error reaches the user', async () => {
		bed.sandbox.injectFault({ status: 200, json: { success: false, response: null, error: 'The rfc has already been taken' } });
		const failed = await bed.run({ resource: 'company', operation: 'create', companyProfileId: 1, companyName: 'Y', companyTypeId: 101, companyIndustryId: 101 });
		expect(failed.error).toMatchObject({ name: 'NodeApiError', message: 'The rfc has already been taken' });
	});
});

describe('CrmRpc › Company › Get', () => {
	it('by ID', async () => {
		const { items } = await bed.run({ resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '7' } });
		expectRpc(bed.calls()[0], 'companies', 'GetCompany', { profile_id: 1, search_by: 'id', search_value: '7' });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: 7, name: 'Company 0007' })]);
	});

	it('by client number', async () => {
		const { items } = await bed.run({
			resource: 'company',
			operation: 'get',
			companyProfileId: 1,
			companyId: { __rl: true, mode: 'clientNumber', value: 'C-00012' },
		});
		expectRpc(bed.calls()[0], 'companies', 'GetCompany', { profile_id: 1, search_by: 'client_number', search_value: 'C-00012' });
		expect(items[0].json).toMatchObject({ id: 12 });
	});

	it('one item per input item, paired', async () => {
		const { items } = await bed.run(
			{ resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ items: [{ id: 3 }, { id: 4 }] },
		);
		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[3, { item: 0 }],
			[4, { item: 1 }],
		]);
		expect(bed.calls().map((call) => call.body.parameters.search_value)).toEqual(['3', '4']);
	});
});

describe('CrmRpc › Company › catalogs', () => {
	it.each([
		['getTypes', 'GetTypes', 'Client'],
		['getIndustries', 'GetIndustries', 'Software'],
		['getInputs', 'GetInputs', 'Account Manager'],
	])('%s calls Companies.%s for the profile', async (operation, method, firstName) => {
		const { items } = await bed.run({ resource: 'company', operation, companyProfileId: 1 });
		expectRpc(bed.calls()[0], 'companies', method, { profile_id: 1 });
		expect(items[0].json).toEqual({ id: 101, name: firstName });
	});
});
