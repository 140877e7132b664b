import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../../shared/pagination';
import { companySearchBy } from '../../constants';
import {
	addressField,
	addressObjects,
	catalogOperation,
	profileField,
	profileMultiOptions,
	profileOptions,
	rpcOperation,
	sendFields,
	type WireField,
} from '../../GenericFunctions';
import { guardOperations } from '../../../shared/validation';

const resource = 'company';
const show = (...operation: string[]) => ({ resource: [resource], operation });

const filterWire: WireField[] = [
	{ name: 'companyTypes', wire: 'company_type', kind: 'ids', label: 'Filters › Company Types' },
	{ name: 'companyIndustries', wire: 'company_industry', kind: 'ids', label: 'Filters › Company Industries' },
	{ name: 'createdFrom', wire: 'created_at.from', kind: 'date', label: 'Filters › Created From' },
	{ name: 'createdTo', wire: 'created_at.to', kind: 'date', label: 'Filters › Created To' },
	{ name: 'query', wire: 'query', kind: 'text', label: 'Filters › Search Query' },
	{ name: 'withInputs', wire: 'with_inputs', kind: 'boolean', label: 'Filters › Include Inputs' },
	{ name: 'withContacts', wire: 'with_contacts', kind: 'boolean', label: 'Filters › Include Contacts' },
	{ name: 'withAddresses', wire: 'with_addresses', kind: 'boolean', label: 'Filters › Include Addresses' },
];

const createWire: WireField[] = [
	{ name: 'name', wire: 'name', kind: 'text', label: 'Name', required: true },
	{ name: 'typeId', wire: 'type_id', kind: 'id', label: 'Type', required: true },
	{ name: 'industryId', wire: 'industry_id', kind: 'id', label: 'Industry', required: true },
];

const additionalWire: WireField[] = [
	{ name: 'website', wire: 'website', kind: 'text', label: 'Additional Fields › Website' },
	{ name: 'phone', wire: 'phone', kind: 'text', label: 'Additional Fields › Phone' },
	{ name: 'billingName', wire: 'billing_name', kind: 'text', label: 'Additional Fields › Billing Name' },
	{ name: 'rfc', wire: 'rfc', kind: 'text', label: 'Additional Fields › RFC' },
];

const getWire: WireField[] = [
	{ name: 'searchBy', wire: 'search_by', kind: 'text', label: 'Search By', required: true },
	{ name: 'searchValue', wire: 'search_value', kind: 'text', label: 'Search Value', required: true },
];

export const companyOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getCompanies',
		options: [
			rpcOperation({
				name: 'Create',
				value: 'createCompany',
				action: 'Create a company',
				service: 'Companies',
				method: 'CreateCompany',
				root: 'company',
				preSend: [sendFields({ fields: createWire, collections: { additionalFields: additionalWire }, objects: addressObjects })],
			}),
			rpcOperation({
				name: 'Get',
				value: 'getCompany',
				action: 'Get a company',
				description: 'Get a company by ID or by client number',
				service: 'Companies',
				method: 'GetCompany',
				root: 'company',
				preSend: [sendFields({ fields: getWire })],
			}),
			catalogOperation('Companies', 'GetIndustries', 'industries', 'Industries', 'Get the company industries of a profile'),
			catalogOperation('Companies', 'GetInputs', 'inputs', 'Inputs', 'Get the custom company fields (inputs) of a profile'),
			rpcOperation({
				name: 'Get Many',
				value: 'getCompanies',
				action: 'Get many companies',
				service: 'Companies',
				method: 'GetCompanies',
				root: 'companies',
				paged: true,
				preSend: [sendFields({ collections: { filters: filterWire } })],
			}),
			catalogOperation('Companies', 'GetTypes', 'types', 'Types', 'Get the company types of a profile'),
		],
	},
];

export const companyFields: INodeProperties[] = [
	profileField(resource, ['createCompany', 'getCompany', 'getIndustries', 'getInputs', 'getCompanies', 'getTypes']),

	// create
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('createCompany') },
	},
	profileOptions('Type', 'typeId', 'getCompanyTypes', { required: true, displayOptions: { show: show('createCompany') } }),
	profileOptions('Industry', 'industryId', 'getIndustries', { required: true, displayOptions: { show: show('createCompany') } }),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('createCompany') },
		options: [
			{ displayName: 'Billing Name', name: 'billingName', type: 'string', default: '' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
			{ displayName: 'RFC', name: 'rfc', type: 'string', default: '', description: 'The tax ID (RFC) of the company' },
			{ displayName: 'Website', name: 'website', type: 'string', default: '' },
		],
	},
	addressField('Shipping Address', 'shippingAddress', show('createCompany')),
	addressField('Billing Address', 'billingAddress', show('createCompany')),

	// get
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		options: companySearchBy,
		default: 'id',
		description: 'Which key identifies the company',
		displayOptions: { show: show('getCompany') },
	},
	{
		displayName: 'Search Value',
		name: 'searchValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 42 or C-00042',
		description: 'The company ID or client number',
		displayOptions: { show: show('getCompany') },
	},

	// get many
	...listFields(resource, 'getCompanies'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getCompanies') },
		options: [
			profileMultiOptions('Company Type', 'companyTypes', 'getCompanyTypes'),
			profileMultiOptions('Company Industry', 'companyIndustries', 'getIndustries'),
			{ displayName: 'Created From', name: 'createdFrom', type: 'dateTime', default: '', description: 'Companies created on or after this day' },
			{ displayName: 'Created To', name: 'createdTo', type: 'dateTime', default: '', description: 'Companies created on or before this day' },
			{ displayName: 'Include Addresses', name: 'withAddresses', type: 'boolean', default: false, description: 'Whether to include the disclosed addresses of each company' },
			{ displayName: 'Include Contacts', name: 'withContacts', type: 'boolean', default: false, description: 'Whether to include the contacts of each company' },
			{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each company' },
			{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for' },
		],
	},

	...['getIndustries', 'getInputs', 'getTypes'].flatMap((operation) => listFields(resource, operation)),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(companyOperations, companyFields);
