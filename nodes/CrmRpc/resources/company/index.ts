import type { INodeProperties } from 'n8n-workflow';

import { checkFields } from '../../../shared/checks';
import { catalogOperation, profileField, profileMultiOptions, profileOptions, rpcOperation, sendAs, sendDay, sendId, sendIds, sendText } from '../../common';
import { addressField, listFields, listOptionsField } from '../../fields';

const resource = 'company';
const show = (...operation: string[]) => ({ resource: [resource], operation });

export const companyFields: INodeProperties[] = [
	profileField(resource, ['create', 'get', 'getIndustries', 'getInputs', 'getAll', 'getTypes']),

	// create
	{
		displayName: 'Name',
		name: 'companyName',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the company',
		displayOptions: { show: show('create') },
		routing: { send: sendAs('name') },
	},
	profileOptions(resource, 'Type', 'companyTypeId', 'getCompanyTypes', {
		required: true,
		description: 'The company type (Client, Partner …) from Company › Get Types.',
		displayOptions: { show: show('create') },
		routing: { send: sendId('type_id', 'Type') },
	}),
	profileOptions(resource, 'Industry', 'companyIndustryId', 'getIndustries', {
		required: true,
		description: 'The industry from Company › Get Industries.',
		displayOptions: { show: show('create') },
		routing: { send: sendId('industry_id', 'Industry') },
	}),
	{
		displayName: 'Additional Fields',
		name: 'companyFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{ displayName: 'Billing Name', name: 'billingName', type: 'string', default: '', description: 'The legal name on invoices', routing: { send: sendAs('billing_name') } },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', routing: { send: sendAs('phone') } },
			{ displayName: 'RFC', name: 'rfc', type: 'string', default: '', description: 'The tax ID (RFC) of the company', routing: { send: sendAs('rfc') } },
			{ displayName: 'Website', name: 'website', type: 'string', default: '', routing: { send: sendAs('website') } },
		],
	},
	addressField('Shipping Address', 'companyShippingAddress', 'shipping_address', show('create')),
	addressField('Billing Address', 'companyBillingAddress', 'billing_address', show('create')),

	// get
	{
		displayName: 'Search By',
		name: 'companySearchBy',
		type: 'options',
		options: [
			{ name: 'ID', value: 'id', description: 'The numeric company ID' },
			{ name: 'Client Number', value: 'client_number', description: 'The client number, e.g. C-00042' },
		],
		default: 'id',
		description: 'Which key identifies the company',
		displayOptions: { show: show('get') },
		routing: { send: sendAs('search_by') },
	},
	{
		displayName: 'Search Value',
		name: 'companySearchValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 42 or C-00042',
		description: 'The company ID or client number, as chosen in Search By',
		displayOptions: { show: show('get') },
		routing: { send: sendText('search_value') },
	},

	// get many
	{
		displayName: 'Filters',
		name: 'companyFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getAll') },
		options: [
			profileMultiOptions(resource, 'Company Type', 'companyTypes', 'getCompanyTypes', sendIds('company_type', 'Filters › Company Types')),
			profileMultiOptions(resource, 'Company Industry', 'companyIndustries', 'getIndustries', sendIds('company_industry', 'Filters › Company Industries')),
			{ displayName: 'Created From', name: 'createdFrom', type: 'dateTime', default: '', description: 'Companies created on or after this day', routing: { send: sendDay('companyFilters.createdFrom', 'created_at.from', 'Filters › Created From') } },
			{ displayName: 'Created To', name: 'createdTo', type: 'dateTime', default: '', description: 'Companies created on or before this day', routing: { send: sendDay('companyFilters.createdTo', 'created_at.to', 'Filters › Created To') } },
			{ displayName: 'Include Addresses', name: 'withAddresses', type: 'boolean', default: false, description: 'Whether to include the disclosed addresses of each company', routing: { send: sendAs('with_addresses') } },
			{ displayName: 'Include Contacts', name: 'withContacts', type: 'boolean', default: false, description: 'Whether to include the contacts of each company', routing: { send: sendAs('with_contacts') } },
			{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each company', routing: { send: sendAs('with_inputs') } },
			{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for in the name and client number', routing: { send: sendAs('query') } },
		],
	},
	listOptionsField(resource, true),
];

// the resource's fields and Return All / Limit, checked per item before sending
const checkInput = checkFields([...companyFields, ...listFields]);

export const companyOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getAll',
		options: [
			rpcOperation({
				name: 'Create',
				value: 'create',
				action: 'Create a company',
				description: 'Create a company in the profile (Companies.CreateCompany) and return the new company',
				service: 'Companies',
				method: 'CreateCompany',
				root: 'company',
				preSend: [checkInput],
			}),
			rpcOperation({
				name: 'Get',
				value: 'get',
				action: 'Get a company',
				description: 'Get one company by ID or client number (Companies.GetCompany) and return it',
				service: 'Companies',
				method: 'GetCompany',
				root: 'company',
				preSend: [checkInput],
			}),
			catalogOperation('Companies', 'GetIndustries', 'industries', 'Industries', 'Get the company industries of the profile, one item per industry (id, name)', [checkInput]),
			catalogOperation('Companies', 'GetInputs', 'inputs', 'Inputs', 'Get the custom company fields (inputs) of the profile, one item per input', [checkInput]),
			rpcOperation({
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many companies',
				description: 'List the companies of the profile (Companies.GetCompanies, paged), one item per company',
				service: 'Companies',
				method: 'GetCompanies',
				root: 'companies',
				paged: true,
				preSend: [checkInput],
			}),
			catalogOperation('Companies', 'GetTypes', 'types', 'Types', 'Get the company types of the profile, one item per type (id, name)', [checkInput]),
		],
	},
];
