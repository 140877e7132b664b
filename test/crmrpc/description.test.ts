import type { INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { CrmRpcTrigger } from '../../nodes/CrmRpc/CrmRpcTrigger.node';

const node = new CrmRpc();
const operations = node.description.properties
	.filter((property: INodeProperties) => property.name === 'operation')
	.flatMap((property) =>
		(property.options as INodePropertyOptions[]).map((option) => ({
			resource: (property.displayOptions?.show?.resource as string[])[0],
			option,
		})),
	);

describe('CrmRpc description', () => {
	it('routes the 38 documented methods, each as POST /{service} with its RPC method', () => {
		expect(operations).toHaveLength(38);
		const routes = operations.map(({ option }) => {
			const request = option.routing!.request as { method: string; url: string; body: { method: string } };
			expect(request.method).toBe('POST');
			expect(request.url).toMatch(/^\/(auth|profiles|companies|contacts|products|opportunities|tickets)$/);
			return `${request.url} ${request.body.method}`;
		});
		expect(new Set(routes).size).toBe(38);
		expect(routes).toEqual(expect.arrayContaining(['/companies GetInputs', '/contacts GetInputs', '/products GetInputs', '/opportunities GetInputs']));
		expect(routes).toEqual(expect.arrayContaining(['/contacts GetOrigins', '/tickets GetOrigins', '/auth Login']));
	});

	it('every operation maps its answer (success false is an error) and has an action and a one-sentence description', () => {
		for (const { option } of operations) {
			expect(option.routing?.output?.postReceive?.length).toBeGreaterThan(0);
			expect(option.action).toBeTruthy();
			expect(option.description).toMatch(/^[A-Z](?!.*\. ).*[^.]$/);
		}
	});

	it('every operation sends through its own flow (the builder\'s hook, inside the session): no node-wide hook', () => {
		expect(node.description.requestOperations).toBeUndefined();
		const resource = node.description.properties.find((property) => property.name === 'resource');
		expect(resource?.routing).toBeUndefined();
		for (const { option } of operations) {
			expect(option.routing?.send?.paginate).toBe(true);
			expect(typeof option.routing?.operations?.pagination).toBe('function');
		}
	});

	it('every property name is unique within the node (n8n resolves each property that shares a name, per item)', () => {
		// Return All / Limit are n8n's names in every list, one pair per resource's Get Many
		const names = node.description.properties.map((property) => property.name).filter((name) => !['operation', 'returnAll', 'limit'].includes(name));
		expect(names.length - new Set(names).size).toBe(0);
	});

	it('the same verbs have the same operation values as the other nodes', () => {
		const values = operations.map(({ resource: name, option }) => `${name}.${String(option.value)}`);
		expect(values).toEqual(
			expect.arrayContaining(['company.create', 'company.get', 'company.getAll', 'contact.create', 'contact.get', 'contact.getAll',
				'opportunity.create', 'opportunity.get', 'opportunity.getAll', 'product.create', 'product.getAll', 'product.update',
				'profile.getAll', 'ticket.create', 'ticket.getAll']),
		);
		expect(values.filter((value) => /\.(get[A-Z][a-z]+s|create[A-Z]|edit)/.test(value) && !/\.get(Types|Industries|Inputs|Departments|Origins|Positions|Titles|Categories|Discounts|Measures|Taxes|Validities|Cases|Priorities|Countries|Stages|States|Users)$/.test(value))).toEqual([]);
	});

	it('catalogs (stages, types, taxes …) return whole: no Return All / Limit', () => {
		const limits = node.description.properties.filter((property) => property.name === 'limit');
		expect(limits).toHaveLength(6);
		const shown = (resource: string, operation: string) =>
			limits.some((limit) => NodeHelpers.displayParameter({ resource, operation, returnAll: false } as INodeParameters, limit, { typeVersion: 1 }, node.description));
		for (const { resource, option } of operations) {
			expect([resource, option.value, shown(resource, String(option.value))]).toEqual([resource, option.value, option.value === 'getAll']);
		}
	});

	it('Opportunity › Create and Ticket › Create pick contacts and opportunities from a list', () => {
		const locator = (name: string, within?: string) => {
			const holder = within ? (node.description.properties.find((property) => property.name === within)?.options as INodeProperties[]) : node.description.properties;
			return holder.find((property) => property.name === name);
		};
		for (const [name, within, method] of [
			['opportunityContactId', undefined, 'searchContacts'],
			['opportunityId', undefined, 'searchOpportunities'],
			['contactId', 'ticketFields', 'searchContacts'],
			['opportunityId', 'ticketFields', 'searchOpportunities'],
		] as const) {
			const property = locator(name, within);
			expect(property?.type).toBe('resourceLocator');
			expect(property?.modes?.[0].typeOptions?.searchListMethod).toBe(method);
			expect(typeof node.methods.listSearch[method]).toBe('function');
		}
	});

	it('requests send nothing secret by default and let n8n renew the token on 401', () => {
		expect(node.description.requestDefaults).toEqual({
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		});
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.icon).toEqual({ light: 'file:crmrpc.svg', dark: 'file:crmrpc.dark.svg' });
	});

	it('the credential keeps the token in a hidden expirable field and sends it as Bearer', async () => {
		const credential = new CrmRpcApi();
		const token = credential.properties.find((property) => property.name === 'sessionToken');
		expect(token).toMatchObject({ type: 'hidden', typeOptions: { expirable: true } });
		// a function (no expression per request) that sends the stored token as Bearer
		const authenticate = credential.authenticate as (credentials: object, request: object) => Promise<{ headers: Record<string, string> }>;
		const request = await authenticate({ sessionToken: 'tok-123', email: 'a@b.c' }, { url: '/companies', headers: { Accept: 'application/json' } });
		expect(request.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer tok-123' });
		expect(credential.properties.find((property) => property.name === 'password')?.typeOptions?.password).toBe(true);
	});

	it('the trigger polls and offers the four events', () => {
		const trigger = new CrmRpcTrigger();
		expect(trigger.description.polling).toBe(true);
		const events = trigger.description.properties.find((property) => property.name === 'event')?.options as INodePropertyOptions[];
		expect(events.map((event) => event.value).sort()).toEqual(['newCompany', 'newContact', 'newOpportunity', 'newTicket']);
	});
});
