import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { catalogLoader, getCountries, getStates, searchCompanies } from './GenericFunctions';
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
			'={{ ({"createCompany":"Create","createContact":"Create","createOpportunity":"Create","createProduct":"Create","createTicket":"Create","editProduct":"Update","getCases":"Get Cases","getCategories":"Get Categories","getCompanies":"Get Many","getCompany":"Get","getContact":"Get","getContacts":"Get Many","getCountries":"Get Countries","getDepartments":"Get Departments","getDiscounts":"Get Discounts","getIndustries":"Get Industries","getInputs":"Get Inputs","getMeasures":"Get Measures","getOpportunities":"Get Many","getOpportunity":"Get","getOrigins":"Get Origins","getPositions":"Get Positions","getPriorities":"Get Priorities","getProducts":"Get Many","getProfiles":"Get Many","getStages":"Get Stages","getStates":"Get States","getTaxes":"Get Taxes","getTickets":"Get Many","getTitles":"Get Titles","getTypes":"Get Types","getUsers":"Get Users","getValidities":"Get Validities","login":"Login"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"auth":"Auth","company":"Company","contact":"Contact","opportunity":"Opportunity","product":"Product","profile":"Profile","ticket":"Ticket"}[$parameter["resource"]] || $parameter["resource"]) }}',
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
			// no ignoreHttpStatusErrors: a 401 must throw inside n8n's request helper, which then
			// logs in again (preAuthentication) and retries once; see transport.ts
		},
		properties: [
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
			...authOperations,
			...profileOperations,
			...profileFields,
			...companyOperations,
			...companyFields,
			...contactOperations,
			...contactFields,
			...productOperations,
			...productFields,
			...opportunityOperations,
			...opportunityFields,
			...ticketOperations,
			...ticketFields,
		],
	};

	methods = {
		loadOptions: {
			getProfiles: catalogLoader('Profiles', 'GetProfiles', 'profiles', false),
			getStages: catalogLoader('Profiles', 'GetStages', 'stages'),
			getUsers: catalogLoader('Profiles', 'GetUsers', 'users'),
			getCountries,
			getStates,
			getCompanyTypes: catalogLoader('Companies', 'GetTypes', 'types'),
			getIndustries: catalogLoader('Companies', 'GetIndustries', 'industries'),
			getContactOrigins: catalogLoader('Contacts', 'GetOrigins', 'origins'),
			getTitles: catalogLoader('Contacts', 'GetTitles', 'titles'),
			getDepartments: catalogLoader('Contacts', 'GetDepartments', 'departments'),
			getPositions: catalogLoader('Contacts', 'GetPositions', 'positions'),
			getProducts: catalogLoader('Products', 'GetProducts', 'products'),
			getCategories: catalogLoader('Products', 'GetCategories', 'categories'),
			getValidities: catalogLoader('Products', 'GetValidities', 'validities'),
			getDiscounts: catalogLoader('Products', 'GetDiscounts', 'discounts'),
			getMeasures: catalogLoader('Products', 'GetMeasures', 'measures'),
			getTaxes: catalogLoader('Products', 'GetTaxes', 'taxes'),
			getTicketOrigins: catalogLoader('Tickets', 'GetOrigins', 'origins'),
			getCases: catalogLoader('Tickets', 'GetCases', 'cases'),
			getPriorities: catalogLoader('Tickets', 'GetPriorities', 'priorities'),
		},
		listSearch: { searchCompanies },
	};
}
