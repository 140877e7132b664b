// What the end-to-end run executes in a real n8n: per node at least a read, a write and an error.
import type { FakeServer } from '../sandbox/server';
import { errorOf, itemsOf, type StepNode } from './workflows';

export type AnySandbox = FakeServer & { demoCredentials(): Record<string, unknown>; [key: string]: any };

export interface CaseContext {
	/** the bytes of a binary entry of the run (n8n 2 keeps binary data in files) */
	binaryBytes: (entry: any) => Buffer;
}

export interface E2eCase {
	/** workflow id (16+ characters, unique) */
	id: string;
	title: string;
	/** the credential type whose sandbox the case talks to */
	credentialType: string;
	steps: StepNode[];
	/** true when the execution is expected to end in an error */
	fails?: boolean;
	check: (run: any, sandbox: AnySandbox, context: CaseContext) => void;
}

/** The imported credential id of each type (see e2e.test.ts). */
export const credentialIds: Record<string, string> = {
	qBenchApi: 'e2eQBenchCred0001',
	qbdConnectApi: 'e2eQbdConnCred001',
	qebotApi: 'e2eQebotCred00001',
	crmRpcApi: 'e2eCrmRpcCred0001',
};

const step = (credentialType: string, name: string, type: string, parameters: Record<string, unknown>): StepNode => ({
	name,
	type,
	parameters,
	credentials: { [credentialType]: credentialIds[credentialType] },
});

export const cases: E2eCase[] = [
	{
		id: 'e2eQBenchRead0001',
		title: 'QBench: Get Many with Limit 5 reads one page of 5',
		credentialType: 'qBenchApi',
		steps: [step('qBenchApi', 'Customers', 'qBench', { resource: 'customer', operation: 'getAll', returnAll: false, limit: 5 })],
		check: (run, sandbox) => {
			expect(itemsOf(run, 'Customers').map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5]);
			const requests = sandbox.requests(/\/customer$/);
			expect(requests).toHaveLength(1);
			expect(requests[0].query).toEqual({ page_num: '1', page_size: '5' });
			expect(requests[0].headers.authorization).toBe(`Bearer ${sandbox.token}`);
		},
	},
	{
		id: 'e2eQBenchWrite001',
		title: 'QBench: Create customer with contacts, then an assay discount',
		credentialType: 'qBenchApi',
		steps: [
			step('qBenchApi', 'Create', 'qBench', {
				resource: 'customer',
				operation: 'create',
				customerName: 'E2E Lab',
				customerFields: { tags: ['e2e', 'n8n'], contacts: { contact: [{ contactId: '3' }] } },
			}),
			step('qBenchApi', 'Discount', 'qBench', {
				resource: 'assayDiscount',
				operation: 'create',
				assayDiscountCustomerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				assayDiscounts: { discount: [{ assayId: '7', basePrice: 50, discount: 5 }] },
			}),
		],
		check: (run, sandbox) => {
			const id = itemsOf(run, 'Create')[0].json.id;
			expect(sandbox.customers.get(id)).toMatchObject({ customer_name: 'E2E Lab', tags: ['e2e', 'n8n'] });
			expect(itemsOf(run, 'Discount')[0].json).toEqual({ success: true });
			expect(sandbox.discounts.get(`${id}:assay`).get(7)).toEqual({ base_price: 50, discount: 5 });
		},
	},
	{
		id: 'e2eQBenchError001',
		title: 'QBench: a missing customer fails with the API message and status',
		credentialType: 'qBenchApi',
		fails: true,
		steps: [step('qBenchApi', 'Get', 'qBench', { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: '99999' } })],
		check: (run) => {
			const error = errorOf(run, 'Get');
			expect(error.message).toBe(`Customer 99999 not found (check 'Customer': "99999")`);
			expect(error.httpCode).toBe('404');
		},
	},
	{
		id: 'e2eQbdConnRead001',
		title: 'QBD Connect: customer by Stripe ID, then its QWC file as binary',
		credentialType: 'qbdConnectApi',
		steps: [
			step('qbdConnectApi', 'Customer', 'qbdConnect', { resource: 'customer', operation: 'getByGatewayId', gatewayCustomerId: 'cus_Acme001' }),
			step('qbdConnectApi', 'Instances', 'qbdConnect', {
				resource: 'instance',
				operation: 'getAll',
				instanceCustomerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				returnAll: true,
			}),
			step('qbdConnectApi', 'QWC', 'qbdConnect', {
				resource: 'instance',
				operation: 'getQwc',
				instanceId: { __rl: true, mode: 'id', value: '={{ $json.instanceId }}' },
				instanceQwcEmail: false,
				instanceQwcOptions: {},
			}),
		],
		check: (run, sandbox, context) => {
			expect(itemsOf(run, 'Customer')[0].json.id).toBe('cust-1');
			const [file] = itemsOf(run, 'QWC');
			const instanceId = itemsOf(run, 'Instances')[0].json.instanceId;
			expect(file.binary.data.fileName).toBe(`${instanceId}.qwc`);
			expect(context.binaryBytes(file.binary.data).toString('utf8')).toBe(sandbox.qwcXml(instanceId));
		},
	},
	{
		id: 'e2eQbdConnRead002',
		title: 'QBD Connect: customer by Stripe ID, with the Bearer token',
		credentialType: 'qbdConnectApi',
		steps: [step('qbdConnectApi', 'Customer', 'qbdConnect', { resource: 'customer', operation: 'getByGatewayId', gatewayCustomerId: 'cus_North002' })],
		check: (run, sandbox) => {
			expect(itemsOf(run, 'Customer').map((item) => item.json.id)).toEqual(['cust-2']);
			const [request] = sandbox.requests(/\/customers$/);
			expect(request.query).toEqual({ gatewayCustomerId: 'cus_North002' });
			expect(request.headers.authorization).toBe(`Bearer ${sandbox.token}`);
		},
	},
	{
		id: 'e2eQbdConnWrite01',
		title: 'QBD Connect: create a payout',
		credentialType: 'qbdConnectApi',
		steps: [
			step('qbdConnectApi', 'Payout', 'qbdConnect', {
				resource: 'payout',
				operation: 'create',
				dateCreated: '2026-02-14T18:30:00',
				payoutAmount: 97.1,
				invoiceAmount: 100,
				feeAmount: 2.9,
				currency: 'usd',
				chargeId: 'ch_e2e',
				description: 'e2e payout',
				payoutFields: { id: 'po_e2e' },
			}),
		],
		check: (run, sandbox) => {
			expect(itemsOf(run, 'Payout')[0].json).toMatchObject({ id: 'po_e2e', dateCreated: '2026-02-14' });
			const [request] = sandbox.requests(/\/payouts$/).filter((entry) => entry.method === 'POST');
			expect(request.body).toMatchObject({ id: 'po_e2e', payoutAmount: 97.1, chargeId: 'ch_e2e' });
		},
	},
	{
		id: 'e2eQbdConnError01',
		title: 'QBD Connect: an unknown Stripe customer fails with the API message',
		credentialType: 'qbdConnectApi',
		fails: true,
		steps: [
			step('qbdConnectApi', 'Customer', 'qbdConnect', { resource: 'customer', operation: 'getByGatewayId', gatewayCustomerId: 'cus_missing' }),
		],
		check: (run) => {
			const error = errorOf(run, 'Customer');
			expect(error.httpCode).toBe('404');
			expect(error.message).toContain('cus_missing');
		},
	},
	{
		id: 'e2eQebotRead00001',
		title: 'Qebot: Get Many leads with Limit 5, simplified, with ISO dates',
		credentialType: 'qebotApi',
		steps: [step('qebotApi', 'Leads', 'qebot', { resource: 'lead', operation: 'getAll', returnAll: false, limit: 5, leadSimplify: true })],
		check: (run, sandbox) => {
			const leads = itemsOf(run, 'Leads');
			expect(leads).toHaveLength(5);
			// Simplify gives the dates in ISO 8601
			expect(leads[0].json.creationDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
			const [request] = sandbox.requests(/\/api\/v1\/crm\/leads$/);
			expect(request.method).toBe('GET');
			expect(request.headers.authorization).toMatch(/^Basic /);
		},
	},
	{
		id: 'e2eQebotWrite0001',
		title: 'Qebot: Create a brand with one business',
		credentialType: 'qebotApi',
		steps: [
			step('qebotApi', 'Brand', 'qebot', {
				resource: 'brand',
				operation: 'create',
				brandName: 'E2E Brand',
				brandStatus: 'active',
				brandBusinesses: {
					business: [
						{
							businessName: 'E2E Business',
							categoryId: 2,
							phone: '4155550100',
							address: '1 Market St',
							city: 'San Francisco',
							stateId: 5,
							countryId: 230,
							zipCode: '94105',
							email: 'e2e@example.com',
						},
					],
				},
			}),
		],
		check: (run, sandbox) => {
			const [brand] = itemsOf(run, 'Brand');
			expect(brand.json.name).toBe('E2E Brand');
			const [request] = sandbox.requests(/\/api\/v1\/brands$/).filter((entry) => entry.method === 'POST');
			expect(request.body.brand.name).toBe('E2E Brand');
		},
	},
	{
		id: 'e2eQebotError0001',
		title: 'Qebot: a missing brand fails with the API message and status',
		credentialType: 'qebotApi',
		fails: true,
		steps: [step('qebotApi', 'Brand', 'qebot', { resource: 'brand', operation: 'get', brandId: { __rl: true, mode: 'id', value: '999999' } })],
		check: (run) => {
			const error = errorOf(run, 'Brand');
			expect(error.httpCode).toBe('404');
			expect(error.message).toMatch(/not found|Couldn't find/i);
		},
	},
	{
		id: 'e2eCrmRpcRead0001',
		title: 'CrmRpc: Get Companies with Limit 3 (logs in, then one RPC call)',
		credentialType: 'crmRpcApi',
		steps: [step('crmRpcApi', 'Companies', 'crmRpc', { resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: false, limit: 3 })],
		check: (run, sandbox) => {
			expect(itemsOf(run, 'Companies')).toHaveLength(3);
			const [call] = sandbox.requests('/companies');
			expect(call.body).toMatchObject({ method: 'GetCompanies', parameters: { profile_id: 1, page: 1, pagination: 3 } });
			expect(call.headers.authorization).toMatch(/^Bearer crm-token-/);
		},
	},
	{
		id: 'e2eCrmRpcWrite001',
		title: 'CrmRpc: Create a company',
		credentialType: 'crmRpcApi',
		steps: [
			step('crmRpcApi', 'Company', 'crmRpc', {
				resource: 'company',
				operation: 'create',
				companyProfileId: 1,
				companyName: 'E2E Company',
				companyTypeId: 101,
				companyIndustryId: 101,
			}),
		],
		check: (run, sandbox) => {
			expect(itemsOf(run, 'Company')).toHaveLength(1);
			const [call] = sandbox.requests('/companies');
			expect(call.body).toMatchObject({ method: 'CreateCompany', parameters: { profile_id: 1, name: 'E2E Company' } });
		},
	},
	{
		id: 'e2eCrmRpcError001',
		title: 'CrmRpc: success:false with HTTP 200 fails with the API error text',
		credentialType: 'crmRpcApi',
		fails: true,
		steps: [
			step('crmRpcApi', 'Company', 'crmRpc', { resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '99999999' } }),
		],
		check: (run) => {
			const error = errorOf(run, 'Company');
			expect(error.message).toBeTruthy();
			expect(error.message).not.toMatch(/password/i);
		},
	},
	{
		id: 'e2eCrmRpcItems001',
		title: 'CrmRpc: Get a company for each of 8 items (one session for the run)',
		credentialType: 'crmRpcApi',
		steps: [
			{ name: 'Ids', type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode: 'return [1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({ json: { id } }));' } },
			step('crmRpcApi', 'Company', 'crmRpc', { resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
		],
		check: (run, sandbox) => {
			expect(itemsOf(run, 'Company').map((item: { json: { id: number } }) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
			expect(sandbox.requests('/companies').length).toBeGreaterThanOrEqual(8);
		},
	},
];
