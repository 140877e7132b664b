import { type CrmRpcTestBed, expectRpc, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(120);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

describe('CrmRpc dropdowns', () => {
	it('profiles come from Profiles.GetProfiles', async () => {
		const options = await bed.harness.loadOptions('crmRpc', 'getProfiles', { resource: 'company', operation: 'getAll' });
		expect(options).toEqual([
			{ name: 'Sales Mexico', value: 1 },
			{ name: 'Support', value: 2 },
		]);
		expectRpc(bed.calls()[0], 'profiles', 'GetProfiles', {});
	});

	it('the trigger has the same profile dropdown', async () => {
		const options = await bed.harness.loadOptions('crmRpcTrigger', 'getProfiles', {});
		expect(options.map((option) => option.value)).toEqual([1, 2]);
	});

	it.each([
		['getStages', 'profiles', 'GetStages', 'Closing'],
		['getUsers', 'profiles', 'GetUsers', 'Ana López'],
		['getCompanyTypes', 'companies', 'GetTypes', 'Client'],
		['getIndustries', 'companies', 'GetIndustries', 'Construction'],
		['getContactOrigins', 'contacts', 'GetOrigins', 'Referral'],
		['getTitles', 'contacts', 'GetTitles', 'Dr.'],
		['getDepartments', 'contacts', 'GetDepartments', 'IT'],
		['getPositions', 'contacts', 'GetPositions', 'Analyst'],
		['getProducts', 'products', 'GetProducts', 'Support Plan'],
		['getCategories', 'products', 'GetCategories', 'Hardware'],
		['getValidities', 'products', 'GetValidities', '30 days'],
		['getDiscounts', 'products', 'GetDiscounts', '10%'],
		['getMeasures', 'products', 'GetMeasures', 'Hour'],
		['getTaxes', 'products', 'GetTaxes', 'Exempt'],
		['getTicketOrigins', 'tickets', 'GetOrigins', 'Email'],
		['getCases', 'tickets', 'GetCases', 'Billing'],
		['getPriorities', 'tickets', 'GetPriorities', 'High'],
	])('%s lists %s.%s of the chosen profile, sorted by name', async (method, service, rpcMethod, firstName) => {
		const options = await bed.harness.loadOptions('crmRpc', method, { resource: 'opportunity', operation: 'create', opportunityProfileId: 2 });
		expectRpc(bed.calls()[0], service, rpcMethod, { profile_id: 2 });
		expect(options[0].name).toBe(firstName);
		expect(options.map((option) => option.name)).toEqual([...options.map((option) => option.name)].sort((a, b) => a.localeCompare(b)));
		expect(options.every((option) => typeof option.value === 'number')).toBe(true);
	});

	it('a profile-dependent dropdown asks nothing until a profile is chosen', async () => {
		const options = await bed.harness.loadOptions('crmRpc', 'getStages', { resource: 'opportunity', operation: 'create', opportunityProfileId: '' });
		expect(options).toEqual([]);
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('countries are identified by code, states by code of the chosen country', async () => {
		const countries = await bed.harness.loadOptions('crmRpc', 'getCountries', { resource: 'profile', operation: 'getStates' });
		expect(countries).toEqual([
			{ name: 'México', value: 'MX' },
			{ name: 'United States', value: 'US' },
		]);
		const states = await bed.harness.loadOptions('crmRpc', 'getStates', { resource: 'profile', operation: 'getStates', profileCountry: 'MX' });
		expect(states.map((state) => state.value)).toEqual(['JAL', 'CMX', 'NLE']);
		expectRpc(bed.calls()[1], 'profiles', 'GetStates', { country: 'MX' });
	});

	it('an API error in a dropdown is shown with the API\'s text', async () => {
		await expect(
			bed.harness.loadOptions('crmRpc', 'getStages', { resource: 'opportunity', operation: 'create', opportunityProfileId: 7 }),
		).rejects.toMatchObject({ message: 'Profile 7 not found' });
	});

	it('dropdowns renew an expired token too', async () => {
		await bed.harness.loadOptions('crmRpc', 'getProfiles', {});
		bed.sandbox.expireTokens();
		bed.sandbox.clearLog();
		const options = await bed.harness.loadOptions('crmRpc', 'getProfiles', {});
		expect(options).toHaveLength(2);
		expect(bed.sandbox.log.map((entry) => entry.path)).toEqual(['/profiles', '/auth', '/profiles']);
	});
});

describe('CrmRpc company search', () => {
	const parameters = { resource: 'contact', operation: 'create', contactProfileId: 1 };

	it('lists 50 companies a page with a token for the next page', async () => {
		const first = await bed.harness.listSearch('crmRpc', 'searchCompanies', parameters);
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: 'Company 0001 (#1)', value: '1' });
		expect(first.paginationToken).toBe('2');
		expectRpc(bed.calls()[0], 'companies', 'GetCompanies', { profile_id: 1, page: 1, pagination: 50 });
		const last = await bed.harness.listSearch('crmRpc', 'searchCompanies', parameters, undefined, '3');
		expect(last.results).toHaveLength(20);
		expect(last.paginationToken).toBeUndefined();
	});

	it('sends the typed text as the API\'s query', async () => {
		const found = await bed.harness.listSearch('crmRpc', 'searchCompanies', parameters, 'Company 011');
		expectRpc(bed.calls()[0], 'companies', 'GetCompanies', { profile_id: 1, page: 1, pagination: 50, query: 'Company 011' });
		expect(found.results.map((result) => result.value)).toEqual(['110', '111', '112', '113', '114', '115', '116', '117', '118', '119']);
	});

	it('without a profile there is nothing to search', async () => {
		const none = await bed.harness.listSearch('crmRpc', 'searchCompanies', { ...parameters, contactProfileId: '' });
		expect(none).toEqual({ results: [] });
		expect(bed.sandbox.log).toHaveLength(0);
	});
});

describe('CrmRpc contact and opportunity pickers', () => {
	it('the contact picker lists the contacts of the company chosen next to it, searchable', async () => {
		const parameters = {
			resource: 'opportunity',
			operation: 'create',
			opportunityProfileId: 1,
			opportunityCompanyId: { __rl: true, mode: 'id', value: '2' },
		};
		const found = await bed.harness.listSearch('crmRpc', 'searchContacts', parameters, 'contact');
		expectRpc(bed.calls()[0], 'contacts', 'GetContacts', { profile_id: 1, page: 1, pagination: 50, company_id: 2, query: 'contact' });
		expect(found.results.length).toBeGreaterThan(0);
		const company2 = bed.sandbox.contacts.filter((contact) => contact.company_id === 2).map((contact) => String(contact.id));
		expect(found.results.every((result) => company2.includes(String(result.value)))).toBe(true);
		expect(found.results[0].name).toMatch(/ \(#\d+\)$/);
	});

	it('the opportunity picker lists the opportunities of the profile', async () => {
		const found = await bed.harness.listSearch('crmRpc', 'searchOpportunities', { resource: 'ticket', operation: 'create', ticketProfileId: 1 });
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunities', { profile_id: 1, page: 1, pagination: 50 });
		expect(found.results.map((result) => result.value)).toEqual(bed.sandbox.opportunities.slice(0, 50).map((row) => String(row.id)));
	});
});
