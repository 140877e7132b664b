import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { listFields } from '../../../shared/pagination';
import { guardOperations, invalidField } from '../../../shared/validation';
import { operationTypes, opportunityStatuses, prospectTypes } from '../../constants';
import {
	addParameters,
	catalogOperation,
	companyLocator,
	profileField,
	profileMultiOptions,
	profileOptions,
	rpcOperation,
	sendFields,
	type WireField,
	wireParameters,
} from '../../GenericFunctions';

const resource = 'opportunity';
const show = (...operation: string[]) => ({ resource: [resource], operation });

const filterWire: WireField[] = [
	{ name: 'userId', wire: 'user_id', kind: 'id', label: 'Filters › User' },
	{ name: 'status', wire: 'status', kind: 'text', label: 'Filters › Status' },
	{ name: 'contactType', wire: 'contact_type', kind: 'text', label: 'Filters › Contact Type' },
	{ name: 'operationType', wire: 'operation_type', kind: 'text', label: 'Filters › Operation Type' },
	{ name: 'stageIds', wire: 'stage', kind: 'ids', label: 'Filters › Stages' },
	{ name: 'contactOriginIds', wire: 'contact_origin', kind: 'ids', label: 'Filters › Contact Origins' },
	{ name: 'companyIndustryIds', wire: 'company_industry', kind: 'ids', label: 'Filters › Company Industries' },
	// the value range is typed string in the doc
	{ name: 'valueFrom', wire: 'value.from', kind: 'text', label: 'Filters › Value From' },
	{ name: 'valueTo', wire: 'value.to', kind: 'text', label: 'Filters › Value To' },
	{ name: 'createdFrom', wire: 'created_at.from', kind: 'date', label: 'Filters › Created From' },
	{ name: 'createdTo', wire: 'created_at.to', kind: 'date', label: 'Filters › Created To' },
	{ name: 'estimatedEndFrom', wire: 'estimated_end_at.from', kind: 'date', label: 'Filters › Estimated End From' },
	{ name: 'estimatedEndTo', wire: 'estimated_end_at.to', kind: 'date', label: 'Filters › Estimated End To' },
	{ name: 'closedFrom', wire: 'closed_at.from', kind: 'date', label: 'Filters › Closed From' },
	{ name: 'closedTo', wire: 'closed_at.to', kind: 'date', label: 'Filters › Closed To' },
	{ name: 'query', wire: 'query', kind: 'text', label: 'Filters › Search Query' },
];

const includeWire: WireField[] = [
	{ name: 'withUser', wire: 'with_user', kind: 'boolean', label: 'Options › Include User' },
	{ name: 'withCompany', wire: 'with_company', kind: 'boolean', label: 'Options › Include Company' },
	{ name: 'withContact', wire: 'with_contact', kind: 'boolean', label: 'Options › Include Contact' },
	{ name: 'withProducts', wire: 'with_products', kind: 'boolean', label: 'Options › Include Products' },
	{ name: 'withInputs', wire: 'with_inputs', kind: 'boolean', label: 'Options › Include Inputs' },
];

const createWire: WireField[] = [
	{ name: 'userId', wire: 'user_id', kind: 'id', label: 'Owner', required: true },
	{ name: 'title', wire: 'title', kind: 'text', label: 'Title', required: true },
	{ name: 'value', wire: 'value', kind: 'number', label: 'Value', required: true },
	{ name: 'estimatedEndAt', wire: 'estimated_end_at', kind: 'date', label: 'Estimated End', required: true },
	{ name: 'prospectType', wire: 'prospect_type', kind: 'text', label: 'Prospect Type', required: true },
	{ name: 'operationType', wire: 'operation_type', kind: 'text', label: 'Operation Type', required: true },
	{ name: 'stageId', wire: 'stage_id', kind: 'id', label: 'Stage', required: true },
	{ name: 'companyId', wire: 'company_id', kind: 'id', label: 'Company', required: true },
	{ name: 'contactId', wire: 'contact_id', kind: 'id', label: 'Contact ID', required: true },
	{ name: 'wantTax', wire: 'want_tax', kind: 'boolean', label: 'Products Have Tax' },
	{ name: 'notify', wire: 'notify', kind: 'boolean', label: 'Notify Owner' },
];

const createOptionalWire: WireField[] = [
	{ name: 'campaignId', wire: 'campaign_id', kind: 'idText', label: 'Additional Fields › Campaign ID' },
	{ name: 'comment', wire: 'comment', kind: 'text', label: 'Additional Fields › Comment' },
];

const productLineWire = (line: number): WireField[] => [
	{ name: 'productId', wire: 'product_id', kind: 'id', label: `Products › Product ${line} › Product`, required: true },
	{ name: 'amount', wire: 'amount', kind: 'number', label: `Products › Product ${line} › Amount`, required: true },
	{ name: 'price', wire: 'price', kind: 'number', label: `Products › Product ${line} › Price`, required: true },
	{ name: 'discount', wire: 'discount', kind: 'number', label: `Products › Product ${line} › Discount` },
	{ name: 'tax', wire: 'tax', kind: 'number', label: `Products › Product ${line} › Tax` },
	{ name: 'total', wire: 'total', kind: 'number', label: `Products › Product ${line} › Total` },
];

/** The product lines; `want_products` says whether there are any (the API requires the flag). */
async function productLines(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const lines = (this.getNodeParameter('products.product', []) as IDataObject[]) ?? [];
	const products = lines.map((line, index) => {
		const wire = wireParameters(this, line, productLineWire(index + 1));
		if (line.tax !== undefined && (Number(line.tax) < 0 || Number(line.tax) > 1)) {
			throw invalidField(this, `Products › Product ${index + 1} › Tax`, 'give a fraction from 0.00 to 1.00');
		}
		return wire;
	});
	addParameters(request, { want_products: products.length > 0, ...(products.length ? { products } : {}) });
	return request;
}

const includeOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: { show: show('getOpportunity', 'getOpportunities') },
	options: [
		{ displayName: 'Include Company', name: 'withCompany', type: 'boolean', default: false, description: 'Whether to include the company' },
		{ displayName: 'Include Contact', name: 'withContact', type: 'boolean', default: false, description: 'Whether to include the contact' },
		{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs)' },
		{ displayName: 'Include Products', name: 'withProducts', type: 'boolean', default: false, description: 'Whether to include the products' },
		{ displayName: 'Include User', name: 'withUser', type: 'boolean', default: false, description: 'Whether to include the owner' },
	],
};

export const opportunityOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getOpportunities',
		options: [
			rpcOperation({
				name: 'Create',
				value: 'createOpportunity',
				action: 'Create an opportunity',
				service: 'Opportunities',
				method: 'CreateOpportunity',
				root: 'opportunity',
				preSend: [sendFields({ fields: createWire, collections: { additionalFields: createOptionalWire } }), productLines],
			}),
			rpcOperation({
				name: 'Get',
				value: 'getOpportunity',
				action: 'Get an opportunity',
				service: 'Opportunities',
				method: 'GetOpportunity',
				root: 'opportunity',
				preSend: [
					sendFields({
						fields: [{ name: 'opportunityId', wire: 'opportunity_id', kind: 'id', label: 'Opportunity ID', required: true }],
						collections: { options: includeWire },
					}),
				],
			}),
			catalogOperation('Opportunities', 'GetInputs', 'inputs', 'Inputs', 'Get the custom opportunity fields (inputs) of a profile'),
			rpcOperation({
				name: 'Get Many',
				value: 'getOpportunities',
				action: 'Get many opportunities',
				service: 'Opportunities',
				method: 'GetOpportunities',
				root: 'opportunities',
				paged: true,
				preSend: [sendFields({ collections: { filters: filterWire, options: includeWire } })],
			}),
		],
	},
];

export const opportunityFields: INodeProperties[] = [
	profileField(resource, ['createOpportunity', 'getOpportunity', 'getInputs', 'getOpportunities']),

	// create
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('createOpportunity') },
	},
	profileOptions('Owner', 'userId', 'getUsers', {
		required: true,
		displayOptions: { show: show('createOpportunity') },
		description:
			'The user who will own the opportunity. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	companyLocator(show('createOpportunity')),
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		description: 'The contact the opportunity is for; it must belong to the company',
		displayOptions: { show: show('createOpportunity') },
	},
	profileOptions('Stage', 'stageId', 'getStages', { required: true, displayOptions: { show: show('createOpportunity') } }),
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		required: true,
		typeOptions: { numberPrecision: 2 },
		default: 0,
		displayOptions: { show: show('createOpportunity') },
	},
	{
		displayName: 'Estimated End',
		name: 'estimatedEndAt',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The estimated end date (sent as DD/MM/YY)',
		displayOptions: { show: show('createOpportunity') },
	},
	{
		displayName: 'Prospect Type',
		name: 'prospectType',
		type: 'options',
		options: prospectTypes,
		default: 'new',
		description: 'Whether the opportunity is for a new or an existing customer',
		displayOptions: { show: show('createOpportunity') },
	},
	{
		displayName: 'Operation Type',
		name: 'operationType',
		type: 'options',
		options: operationTypes,
		default: 'new',
		displayOptions: { show: show('createOpportunity') },
	},
	{
		displayName: 'Products',
		name: 'products',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		description: 'The product lines; none means an opportunity without products',
		displayOptions: { show: show('createOpportunity') },
		options: [
			{
				displayName: 'Product',
				name: 'product',
				values: [
					profileOptions('Product', 'productId', 'getProducts'),
					{ displayName: 'Amount', name: 'amount', type: 'number', default: 1, description: 'How many units' },
					{ displayName: 'Discount', name: 'discount', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'The discount of each unit' },
					{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'The price of one unit' },
					{ displayName: 'Tax', name: 'tax', type: 'number', typeOptions: { numberPrecision: 2, minValue: 0, maxValue: 1 }, default: 0, description: 'The tax as a fraction from 0.00 to 1.00' },
					{ displayName: 'Total', name: 'total', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'The total of this line' },
				],
			},
		],
	},
	{
		displayName: 'Products Have Tax',
		name: 'wantTax',
		type: 'boolean',
		default: false,
		description: 'Whether the product lines carry tax',
		displayOptions: { show: show('createOpportunity') },
	},
	{
		displayName: 'Notify Owner',
		name: 'notify',
		type: 'boolean',
		default: false,
		description: 'Whether to send a notification to the owner',
		displayOptions: { show: show('createOpportunity') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('createOpportunity') },
		options: [
			{ displayName: 'Campaign ID', name: 'campaignId', type: 'string', default: '' },
			{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'The comment sent with the notification' },
		],
	},

	// get
	{
		displayName: 'Opportunity ID',
		name: 'opportunityId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('getOpportunity') },
	},

	// get many
	...listFields(resource, 'getOpportunities'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getOpportunities') },
		options: [
			{ displayName: 'Closed From', name: 'closedFrom', type: 'dateTime', default: '' },
			{ displayName: 'Closed To', name: 'closedTo', type: 'dateTime', default: '' },
			profileMultiOptions('Company Industry', 'companyIndustryIds', 'getIndustries'),
			profileMultiOptions('Contact Origin', 'contactOriginIds', 'getContactOrigins'),
			{ displayName: 'Contact Type', name: 'contactType', type: 'options', options: prospectTypes, default: 'new' },
			{ displayName: 'Created From', name: 'createdFrom', type: 'dateTime', default: '' },
			{ displayName: 'Created To', name: 'createdTo', type: 'dateTime', default: '' },
			{ displayName: 'Estimated End From', name: 'estimatedEndFrom', type: 'dateTime', default: '' },
			{ displayName: 'Estimated End To', name: 'estimatedEndTo', type: 'dateTime', default: '' },
			{ displayName: 'Operation Type', name: 'operationType', type: 'options', options: operationTypes, default: 'new' },
			{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for' },
			profileMultiOptions('Stage', 'stageIds', 'getStages'),
			{ displayName: 'Status', name: 'status', type: 'options', options: opportunityStatuses, default: 'active' },
			profileOptions('User', 'userId', 'getUsers'),
			{ displayName: 'Value From', name: 'valueFrom', type: 'number', default: 0, description: 'The minimum value' },
			{ displayName: 'Value To', name: 'valueTo', type: 'number', default: 0, description: 'The maximum value' },
		],
	},
	includeOptions,
	...listFields(resource, 'getInputs'),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(opportunityOperations, opportunityFields);
