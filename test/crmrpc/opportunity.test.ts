import type { INodeProperties } from 'n8n-workflow';

import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { type CrmRpcTestBed, expectRpc, jsonOf, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(10);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

const createParameters = {
	resource: 'opportunity',
	operation: 'create',
	opportunityProfileId: 1,
	opportunityTitle: 'Big deal',
	opportunityUserId: 102,
	opportunityCompanyId: { __rl: true, mode: 'list', value: '3' },
	opportunityContactId: { __rl: true, mode: 'list', value: '15' },
	opportunityStageId: 101,
	opportunityValue: 25000,
	opportunityEstimatedEndAt: '2026-04-30T00:00:00',
	opportunityProspectType: 'existing',
	opportunityOperationType: 'renew',
};

describe('CrmRpc › Opportunity › Get Many', () => {
	it('Return All: every opportunity, one page', async () => {
		const { items, error } = await bed.run({ resource: 'opportunity', operation: 'getAll', opportunityProfileId: 1, returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(14);
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunities', { profile_id: 1, page: 1, pagination: 500 });
	});

	it('sends every filter and option as the API names them', async () => {
		const { items } = await bed.run({
			resource: 'opportunity',
			operation: 'getAll',
			opportunityProfileId: 1,
			returnAll: false,
			limit: 10,
			opportunityFilters: {
				userId: 101,
				status: 'active',
				contactType: 'new',
				operationType: 'new',
				stageIds: [101],
				contactOriginIds: [101, 102],
				companyIndustryIds: [101],
				valueFrom: 500,
				valueTo: 1500,
				createdFrom: '2026-03-02T00:00:00',
				createdTo: '2026-03-03T00:00:00',
				estimatedEndFrom: '2026-04-01T00:00:00',
				estimatedEndTo: '2026-05-31T00:00:00',
				closedFrom: '2026-01-01T00:00:00',
				closedTo: '2026-12-31T00:00:00',
				query: 'Deal',
			},
			opportunityOptions: { withUser: true, withCompany: true, withContact: false, withProducts: true, withInputs: false },
		});
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunities', {
			profile_id: 1,
			user_id: 101,
			status: 'active',
			contact_type: 'new',
			operation_type: 'new',
			stage: [101],
			contact_origin: [101, 102],
			company_industry: [101],
			value: { from: '500', to: '1500' },
			created_at: { from: '02/03/26', to: '03/03/26' },
			estimated_end_at: { from: '01/04/26', to: '31/05/26' },
			closed_at: { from: '01/01/26', to: '31/12/26' },
			query: 'Deal',
			with_user: true,
			with_company: true,
			with_contact: false,
			with_products: true,
			with_inputs: false,
			page: 1,
			pagination: 10,
		});
		// closed_at is null on every seeded opportunity: the closed range matches none
		expect(items).toHaveLength(0);
	});

	it('every filter added but left as it comes (its default) filters nothing', async () => {
		const filters = new CrmRpc().description.properties.find((property) => property.name === 'opportunityFilters')!;
		const defaults = Object.fromEntries((filters.options as INodeProperties[]).map((option) => [option.name, option.default]));
		const { items, error } = await bed.run({ resource: 'opportunity', operation: 'getAll', opportunityProfileId: 1, returnAll: true, opportunityFilters: defaults });
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunities', { profile_id: 1, page: 1, pagination: 500 });
		expect(items).toHaveLength(14);
	});

	it('the created range narrows the results in the sandbox', async () => {
		const { items } = await bed.run({
			resource: 'opportunity',
			operation: 'getAll',
			opportunityProfileId: 1,
			returnAll: true,
			opportunityFilters: { createdFrom: '2026-03-04T00:00:00', createdTo: '2026-03-04T00:00:00' },
			opportunityOptions: { withCompany: true },
		});
		expect(jsonOf(items).map((opportunity) => opportunity.title)).toEqual([
			'Deal 2026-03-04 #1',
			'Deal 2026-03-04 #2',
			'Deal 2026-03-04 #3',
			'Deal 2026-03-04 #4',
			'Deal 2026-03-04 #5',
		]);
		expect(items[0].json.company).toMatchObject({ id: 1 });
	});
});

describe('CrmRpc › Opportunity › Create', () => {
	it('sends the opportunity with DD/MM/YY dates and its product lines', async () => {
		const { items, error } = await bed.run({
			...createParameters,
			opportunityWantTax: true,
			opportunityNotify: true,
			opportunityFields: { campaignId: '7', comment: 'Please follow up' },
			opportunityProducts: {
				product: [
					{ productId: 2, amount: 3, price: 100, discount: 10, tax: 0.16, total: 313.2 },
					{ productId: '3', amount: 1, price: 50, discount: 0, tax: 0, total: 50 },
				],
			},
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'opportunities', 'CreateOpportunity', {
			profile_id: 1,
			user_id: 102,
			title: 'Big deal',
			value: 25000,
			estimated_end_at: '30/04/26',
			prospect_type: 'existing',
			operation_type: 'renew',
			stage_id: 101,
			company_id: 3,
			contact_id: 15,
			campaign_id: '7',
			want_products: true,
			want_tax: true,
			products: [
				{ product_id: 2, amount: 3, price: 100, discount: 10, tax: 0.16, total: 313.2 },
				{ product_id: 3, amount: 1, price: 50, discount: 0, tax: 0, total: 50 },
			],
			notify: true,
			comment: 'Please follow up',
		});
		expect(items[0].json).toMatchObject({ title: 'Big deal', estimated_end_at: '2026-04-30', company_id: 3 });
	});

	it('one date rule with the other APIs: a date with a zone keeps its own day', async () => {
		await bed.run({ ...createParameters, opportunityEstimatedEndAt: '2026-03-01T23:30:00-06:00' });
		expect(bed.calls()[0].body.parameters.estimated_end_at).toBe('01/03/26');
	});

	it('without products says so (want_products false)', async () => {
		await bed.run(createParameters);
		expect(bed.calls()[0].body.parameters).toMatchObject({ want_products: false, want_tax: false, notify: false });
		expect(bed.calls()[0].body.parameters.products).toBeUndefined();
	});

	it('a tax outside 0..1 sends nothing', async () => {
		const { error } = await bed.run({
			...createParameters,
			opportunityProducts: { product: [{ productId: 2, amount: 1, price: 10, tax: 16 }] },
		});
		expect(error?.message).toBe("Invalid 'Products › Product 1 › Tax': 16 is above the maximum of 1");
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('a contact ID that is not a number sends nothing', async () => {
		const { error } = await bed.run({ ...createParameters, opportunityContactId: { __rl: true, mode: 'id', value: '={{ "Lucía" }}' } });
		expect(error?.message).toBe(`Invalid 'Contact': "Lucía" is not a numeric ID`);
		expect(bed.sandbox.log).toHaveLength(0);
	});
});

describe('CrmRpc › Opportunity › Get and inputs', () => {
	it('Get sends the ID and the include flags', async () => {
		const opportunity = bed.sandbox.opportunities[0];
		const { items } = await bed.run({
			resource: 'opportunity',
			operation: 'get',
			opportunityProfileId: 1,
			opportunityId: { __rl: true, mode: 'list', value: String(opportunity.id) },
			opportunityOptions: { withCompany: true },
		});
		expectRpc(bed.calls()[0], 'opportunities', 'GetOpportunity', {
			profile_id: 1,
			opportunity_id: opportunity.id as number,
			with_company: true,
		});
		expect(items[0].json).toMatchObject({ id: opportunity.id, company: { id: opportunity.company_id } });
	});

	it('Get of an unknown opportunity is the API error; with Continue On Fail an error item', async () => {
		const { items } = await bed.run(
			{ resource: 'opportunity', operation: 'get', opportunityProfileId: 1, opportunityId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ continueOnFail: true, items: [{ id: 999999 }, { id: bed.sandbox.opportunities[1].id as number }] },
		);
		expect(items).toHaveLength(2);
		expect(items[0].json).toEqual({ error: 'Opportunity not found [item 0]' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.id).toBe(bed.sandbox.opportunities[1].id);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('Get Inputs calls Opportunities.GetInputs', async () => {
		const { items } = await bed.run({ resource: 'opportunity', operation: 'getInputs', opportunityProfileId: 1 });
		expectRpc(bed.calls()[0], 'opportunities', 'GetInputs', { profile_id: 1 });
		expect(jsonOf(items)).toEqual([{ id: 101, name: 'Campaign Notes' }]);
	});
});
