import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

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

	it('every operation maps its answer (success false is an error) and goes through the error mapping', () => {
		for (const { option } of operations) {
			expect(option.routing?.output?.postReceive?.length).toBeGreaterThan(0);
			expect(typeof option.routing?.operations?.pagination).toBe('function');
			expect(option.routing?.send?.paginate).toBe(true);
			expect(option.action).toBeTruthy();
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

	it('the credential keeps the token in a hidden expirable field and sends it as Bearer', () => {
		const credential = new CrmRpcApi();
		const token = credential.properties.find((property) => property.name === 'sessionToken');
		expect(token).toMatchObject({ type: 'hidden', typeOptions: { expirable: true } });
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
		});
		expect(credential.properties.find((property) => property.name === 'password')?.typeOptions?.password).toBe(true);
	});

	it('the trigger polls and offers the four events', () => {
		const trigger = new CrmRpcTrigger();
		expect(trigger.description.polling).toBe(true);
		const events = trigger.description.properties.find((property) => property.name === 'event')?.options as INodePropertyOptions[];
		expect(events.map((event) => event.value).sort()).toEqual(['newCompany', 'newContact', 'newOpportunity', 'newTicket']);
	});
});
