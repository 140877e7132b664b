import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from '../shared/operations';
import { listSearch, loadOptions } from './methods';
import { authOperations } from './resources/auth';
import { companyFields, companyOperations } from './resources/company';
import { contactFields, contactOperations } from './resources/contact';
import { opportunityFields, opportunityOperations } from './resources/opportunity';
import { productFields, productOperations } from './resources/product';
import { profileFields, profileOperations } from './resources/profile';
import { ticketFields, ticketOperations } from './resources/ticket';

export class CrmRpc implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CrmRpc',
		name: 'crmRpc',
		icon: { light: 'file:crmrpc.svg', dark: 'file:crmrpc.dark.svg' },
		group: ['transform'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ ({"create":"Create","get":"Get","getAll":"Get Many","getCases":"Get Cases","getCategories":"Get Categories","getCountries":"Get Countries","getDepartments":"Get Departments","getDiscounts":"Get Discounts","getIndustries":"Get Industries","getInputs":"Get Inputs","getMeasures":"Get Measures","getOrigins":"Get Origins","getPositions":"Get Positions","getPriorities":"Get Priorities","getStages":"Get Stages","getStates":"Get States","getTaxes":"Get Taxes","getTitles":"Get Titles","getTypes":"Get Types","getUsers":"Get Users","getValidities":"Get Validities","login":"Log In","update":"Update"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"auth":"Auth","company":"Company","contact":"Contact","opportunity":"Opportunity","product":"Product","profile":"Profile","ticket":"Ticket"}[$parameter["resource"]] || $parameter["resource"]) }}',
		description: 'Manage CrmRpc companies, contacts, products, opportunities and tickets',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/crmrpc.md',
		defaults: { name: 'CrmRpc' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'crmRpcApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		// every request goes through the run's session (one login per token): the dialect's `around` (transport.ts)
		properties: nodeProperties('crmRpc', [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Auth', value: 'auth' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Opportunity', value: 'opportunity' },
					{ name: 'Product', value: 'product' },
					{ name: 'Profile', value: 'profile' },
					{ name: 'Ticket', value: 'ticket' },
				],
				default: 'opportunity',
			},
			authOperations,
			profileOperations,
			...profileFields,
			companyOperations,
			...companyFields,
			contactOperations,
			...contactFields,
			productOperations,
			...productFields,
			opportunityOperations,
			...opportunityFields,
			ticketOperations,
			...ticketFields,
		]),
	};

	methods = { loadOptions, listSearch };
}
