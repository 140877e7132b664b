import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { operationsProperty } from '../../../shared/operations';
import { simplifyProperties } from '../../../shared/simplify';
import { catalogRow, profileField, profileMultiOptions, profileOptions, rpcRow, searchKeyLocator, sendAs, sendDay, sendId, sendIds, shortRecord } from '../../common';
import { addressField } from '../../fields';
import { crmRpc } from '../../transport';

const resource = 'company';
const show = (...operation: string[]) => ({ resource: [resource], operation });

export const companyFields: INodeProperties[] = [
	profileField(resource, ['create', 'get', 'getIndustries', 'getInputs', 'getAll', 'getTypes']),
	...listProperties(resource, { paged: true }),

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
		description: "The company type (Client, Partner …), as 'Get Types' lists them",
		displayOptions: { show: show('create') },
		routing: { send: sendId('type_id', 'Type') },
	}),
	profileOptions(resource, 'Industry', 'companyIndustryId', 'getIndustries', {
		required: true,
		description: "The industry, as 'Get Industries' lists them",
		displayOptions: { show: show('create') },
		routing: { send: sendId('industry_id', 'Industry') },
	}),
	collection('Additional Fields', 'companyFields', { show: show('create') }, [
		{ displayName: 'Billing Name', name: 'billingName', type: 'string', default: '', description: 'The legal name on invoices', routing: { send: sendAs('billing_name') } },
		{ displayName: 'Phone', name: 'phone', type: 'string', default: '', routing: { send: sendAs('phone') } },
		{ displayName: 'RFC', name: 'rfc', type: 'string', default: '', description: 'The tax ID (RFC) of the company', routing: { send: sendAs('rfc') } },
		{ displayName: 'Website', name: 'website', type: 'string', default: '', routing: { send: sendAs('website') } },
	]),
	addressField('Shipping Address', 'companyShippingAddress', 'shipping_address', show('create')),
	addressField('Billing Address', 'companyBillingAddress', 'billing_address', show('create')),

	// get
	searchKeyLocator({
		name: 'companyId',
		displayName: 'Company',
		show: show('get'),
		searchListMethod: 'searchCompanies',
		description: 'The company to get: from the list, by ID, or by its client number',
		key: { mode: 'clientNumber', displayName: 'By Client Number', placeholder: 'e.g. C-00042', searchBy: 'client_number' },
	}),

	// get many
	collection('Filters', 'companyFilters', { show: show('getAll') }, [
		profileMultiOptions(resource, 'Company Industry', 'companyIndustries', 'getIndustries', sendIds('company_industry', 'Filters › Company Industries')),
		profileMultiOptions(resource, 'Company Type', 'companyTypes', 'getCompanyTypes', sendIds('company_type', 'Filters › Company Types')),
		{ displayName: 'Created From', name: 'createdFrom', type: 'dateTime', default: '', description: 'Companies created on or after this day', routing: { send: sendDay('companyFilters.createdFrom', 'created_at.from', 'Filters › Created From') } },
		{ displayName: 'Created To', name: 'createdTo', type: 'dateTime', default: '', description: 'Companies created on or before this day', routing: { send: sendDay('companyFilters.createdTo', 'created_at.to', 'Filters › Created To') } },
		{ displayName: 'Include Addresses', name: 'withAddresses', type: 'boolean', default: false, description: "Whether to include the disclosed addresses of each company (shown with 'Simplify' off)", routing: { send: sendAs('with_addresses') } },
		{ displayName: 'Include Contacts', name: 'withContacts', type: 'boolean', default: false, description: 'Whether to include the contacts of each company', routing: { send: sendAs('with_contacts') } },
		{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each company', routing: { send: sendAs('with_inputs') } },
		{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for in the name and client number', routing: { send: sendAs('query') } },
	]),
	...simplifyProperties(resource, ['get', 'getAll']),
];

/** The short company of Simplify: the contacts and inputs asked for stay, the addresses need Simplify off. */
const simplify = shortRecord(resource, ['id', 'name', 'client_number', 'type_id', 'industry_id', 'phone', 'website', 'created_at', 'contacts', 'inputs']);

export const companyOperations = operationsProperty(crmRpc, {
	resource, fields: companyFields, default: 'getAll',
	rows: [
		rpcRow('Companies', 'CreateCompany', { value: 'create', name: 'Create', root: 'company',
			action: 'Create a company', description: 'Create a company in the profile and return it' }),
		rpcRow('Companies', 'GetCompany', { value: 'get', name: 'Get', root: 'company', shape: [simplify],
			action: 'Get a company', description: 'Get one company by ID or client number' }),
		catalogRow('Companies', 'GetIndustries', 'industries', 'Industries', 'Get the company industries of the profile, one item per industry (ID, name)'),
		catalogRow('Companies', 'GetInputs', 'inputs', 'Inputs', 'Get the custom company fields (inputs) of the profile, one item per input'),
		rpcRow('Companies', 'GetCompanies', { value: 'getAll', name: 'Get Many', root: 'companies', list: 'paged', shape: [simplify],
			action: 'Get many companies', description: 'List the companies of the profile, one item per company' }),
		catalogRow('Companies', 'GetTypes', 'types', 'Types', 'Get the company types of the profile, one item per type (ID, name)'),
	],
});
