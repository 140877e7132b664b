import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { type CrmRpcTestBed, expectRpc, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;
beforeAll(async () => {
	bed = await startCrmRpc(20);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

const rl = (mode: string, value: string) => ({ __rl: true, mode, value });

describe('CrmRpc › Simplify', () => {
	it('Company › Get is simplified by default (at most 10 fields), whole with Simplify off; the same request', async () => {
		const get = { resource: 'company', operation: 'get', companyProfileId: 1, companyId: rl('id', '7') };
		const short = await bed.run(get);
		const raw = await bed.run({ ...get, companySimplify: false });
		const [first, second] = bed.calls();
		expect(first.body).toEqual(second.body);
		expect(short.items[0].json).toEqual({
			id: 7,
			name: 'Company 0007',
			client_number: 'C-00007',
			type_id: expect.any(Number),
			industry_id: expect.any(Number),
			phone: null,
			website: null,
			created_at: expect.any(String),
		});
		expect(raw.items[0].json).toMatchObject({ id: 7, profile_id: 1, rfc: null, billing_name: null, shipping_address: null });
		expect(Object.keys(raw.items[0].json).length).toBeGreaterThan(10);
	});

	it.each([
		['company', { companyProfileId: 1, returnAll: true, companyFilters: { withContacts: true, withInputs: true, withAddresses: true } }],
		['contact', { contactProfileId: 1, returnAll: true, contactFilters: { withInputs: true, withAddresses: true } }],
		['opportunity', { opportunityProfileId: 1, returnAll: true, opportunityOptions: { withCompany: true, withContact: true, withUser: true, withProducts: true, withInputs: true } }],
		['ticket', { ticketProfileId: 1, returnAll: true }],
	])('%s › Get Many: every simplified record keeps at most 10 fields', async (resource, parameters) => {
		const { items, error } = await bed.run({ resource, operation: 'getAll', ...parameters });
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		for (const { json } of items) expect(Object.keys(json).length).toBeLessThanOrEqual(10);
	});

	it('Opportunity › Get Many keeps the company asked for next to its ID, the owner in place of its ID', async () => {
		const { items } = await bed.run({
			resource: 'opportunity',
			operation: 'getAll',
			opportunityProfileId: 1,
			limit: 1,
			opportunityOptions: { withCompany: true, withUser: true },
		});
		expect(Object.keys(items[0].json)).toEqual(['id', 'title', 'value', 'status', 'stage_id', 'estimated_end_at', 'company_id', 'company', 'contact_id', 'user']);
		expect(items[0].json.company).toMatchObject({ id: items[0].json.company_id });
	});

	it('Ticket › Get Many: the profile is left out when simplified', async () => {
		const { items } = await bed.run({ resource: 'ticket', operation: 'getAll', ticketProfileId: 1, limit: 1 });
		expect(items[0].json).not.toHaveProperty('profile_id');
		expect(items[0].json).toMatchObject({ id: expect.any(Number), title: expect.any(String) });
	});
});

describe('CrmRpc › pickers', () => {
	it('Company › Get from the list sends search_by id', async () => {
		const { items } = await bed.run({ resource: 'company', operation: 'get', companyProfileId: 1, companyId: rl('list', '3') });
		expectRpc(bed.calls()[0], 'companies', 'GetCompany', { profile_id: 1, search_by: 'id', search_value: '3' });
		expect(items[0].json.id).toBe(3);
	});

	it('Company › Get by ID refuses a value that is not an ID (given by expression), before sending', async () => {
		const { error } = await bed.run({ resource: 'company', operation: 'get', companyProfileId: 1, companyId: rl('id', '={{ $json.key }}') }, { items: [{ key: 'C-00012' }] });
		expect(error?.message).toBe(`Invalid 'Company': "C-00012" is not a numeric ID`);
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('Contact › Get from the list, and the Company filter picker of Get Many', async () => {
		const contact = bed.sandbox.contacts[1];
		await bed.run({ resource: 'contact', operation: 'get', contactProfileId: 1, contactId: rl('list', String(contact.id)) });
		expectRpc(bed.calls()[0], 'contacts', 'GetContact', { profile_id: 1, search_by: 'id', search_value: String(contact.id) });
		bed.sandbox.clearLog();
		const { items } = await bed.run({ resource: 'contact', operation: 'getAll', contactProfileId: 1, returnAll: true, contactFilters: { companyId: rl('list', '2') } });
		expectRpc(bed.calls()[0], 'contacts', 'GetContacts', { profile_id: 1, company_id: 2, page: 1, pagination: 500 });
		expect(items.map((item) => item.json.company_id)).toEqual(items.map(() => 2));
	});

	it("Product › Update's picker lists the profile's products, searchable by name", async () => {
		const all = await bed.harness.listSearch('crmRpc', 'searchProducts', { resource: 'product', operation: 'update', productProfileId: 1 });
		expect(all.results.map((result) => result.name)).toEqual(['Product 1 (#' + String(bed.sandbox.products[0].id) + ')', expect.any(String), expect.any(String)]);
		const found = await bed.harness.listSearch('crmRpc', 'searchProducts', { resource: 'product', operation: 'update', productProfileId: 1 }, 'product 2');
		expect(found.results).toEqual([{ name: `Product 2 (#${String(bed.sandbox.products[1].id)})`, value: String(bed.sandbox.products[1].id) }]);
	});

	it('the pickers and their modes', () => {
		const properties = new CrmRpc().description.properties;
		const find = (name: string, show: string) => properties.find((property) => property.name === name && property.displayOptions?.show?.resource?.[0] === show);
		const modes = (property?: INodeProperties) => property?.modes?.map((mode) => mode.name);
		expect(modes(find('companyId', 'company'))).toEqual(['list', 'id', 'clientNumber']);
		expect(modes(find('contactId', 'contact'))).toEqual(['list', 'id', 'email']);
		expect(find('productId', 'product')?.type).toBe('resourceLocator');
		const contactCollections = ['contactOptions', 'contactFilters'].map((name) => (find(name, 'contact')?.options as INodeProperties[]).find((option) => option.name === 'companyId'));
		for (const picker of contactCollections) expect(picker?.modes?.[0].typeOptions?.searchListMethod).toBe('searchCompanies');
	});
});

describe('CrmRpc › words', () => {
	const properties = new CrmRpc().description.properties;
	const all = (list: INodeProperties[]): INodeProperties[] =>
		list.flatMap((property) => [
			property,
			...all(((property.options ?? []) as Array<INodeProperties & { values?: INodeProperties[] }>).flatMap((option) => ('values' in option && option.values ? option.values : 'type' in option ? [option] : []))),
		]);

	it('every API-loaded dropdown ends with the hint, every multi-select says IDs', () => {
		const loaded = all(properties).filter((property) => property.typeOptions?.loadOptionsMethod);
		expect(loaded.length).toBeGreaterThan(20);
		for (const property of loaded) {
			const hint = property.type === 'multiOptions' ? 'specify IDs using an' : 'specify an ID using an';
			expect([property.name, property.description]).toEqual([property.name, expect.stringMatching(new RegExp(`Choose from the list, or ${hint} <a href="https://docs.n8n.io/code/expressions/">expression</a>\\.?$`))]);
		}
	});

	it('no RPC method names in actions and descriptions; Return All first in every Get Many', () => {
		for (const property of properties.filter((entry) => entry.name === 'operation')) {
			for (const option of property.options as INodePropertyOptions[]) {
				expect(`${option.action} ${option.description}`).not.toMatch(/\b(Companies|Contacts|Products|Profiles|Opportunities|Tickets|Auth)\.[A-Z]/);
			}
			const resource = property.displayOptions?.show?.resource?.[0] as string;
			const listed = properties.filter((entry) => entry.displayOptions?.show?.resource?.[0] === resource && (entry.displayOptions?.show?.operation ?? []).includes('getAll'));
			if (resource === 'auth') continue;
			// the profile (the container the list is read from) first, then Return All / Limit
			expect(listed.map((entry) => entry.name).filter((name) => !/ProfileId$/.test(name)).slice(0, 2)).toEqual(['returnAll', 'limit']);
		}
	});
});

describe('CrmRpc › item links of lists', () => {
	it('two inputs into a paged Get Many with different limits: each record linked to its input', async () => {
		const { items } = await bed.run(
			{ resource: 'company', operation: 'getAll', companyProfileId: 1, limit: '={{ $json.n }}' },
			{ items: [{ n: 2 }, { n: 3 }] },
		);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }, { item: 1 }]);
	});

	it('a whole list (tickets) with Limit, and an error item under Continue On Fail, linked to their input', async () => {
		const { items } = await bed.run(
			{ resource: 'ticket', operation: 'getAll', ticketProfileId: '={{ $json.profile }}', limit: 2 },
			{ items: [{ profile: 1 }, { profile: 999 }], continueOnFail: true },
		);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }]);
		expect(items[2].json.error).toBe('Profile 999 not found [item 1]');
	});
});
