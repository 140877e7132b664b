import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidField, isNumericId } from '../../../shared/checks';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { simplifyProperties } from '../../../shared/simplify';
import { catalogRow, profileField, profileOptions, rpcRow, sendAs, sendDay, sendId, sendNumber, shortRecord } from '../../common';
import { operationTypes, prospectTypes } from '../../fields';
import { crmRpc } from '../../transport';
import { opportunityFilters, opportunityOptions } from './filters';

const resource = 'opportunity';
const show = (...operation: string[]) => ({ resource: [resource], operation });
const onCreate = { displayOptions: { show: show('create') } };

/** A number of a product line, sent in `parameters.products[i]`. */
const lineNumber = (displayName: string, name: string, wire: string, extra: Partial<INodeProperties> = {}) =>
	({
		displayName,
		name,
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		routing: { send: { type: 'body', property: `=parameters.products[{{$index}}].${wire}` } },
		...extra,
	}) as INodeProperties;

const opportunityCreateFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'opportunityTitle',
		type: 'string',
		required: true,
		default: '',
		description: 'The title of the opportunity',
		...onCreate,
		routing: { send: sendAs('title') },
	},
	profileOptions(resource, 'Owner', 'opportunityUserId', 'getUsers', {
		required: true,
		description: 'The user who will own the opportunity',
		...onCreate,
		routing: { send: sendId('user_id', 'Owner') },
	}),
	resourceLocator({
		name: 'opportunityCompanyId',
		displayName: 'Company',
		show: show('create'),
		searchListMethod: 'searchCompanies',
		description: 'The company the opportunity is for (a company of the profile)',
		routing: { send: sendId('company_id', 'Company') },
	}),
	resourceLocator({
		name: 'opportunityContactId',
		displayName: 'Contact',
		show: show('create'),
		searchListMethod: 'searchContacts',
		description: 'The contact the opportunity is for; it must belong to the company (the list shows its contacts)',
		routing: { send: sendId('contact_id', 'Contact') },
	}),
	profileOptions(resource, 'Stage', 'opportunityStageId', 'getStages', {
		required: true,
		description: "The pipeline stage, as Profile › 'Get Stages' lists them",
		...onCreate,
		routing: { send: sendId('stage_id', 'Stage') },
	}),
	{
		displayName: 'Value',
		name: 'opportunityValue',
		type: 'number',
		required: true,
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'The value of the opportunity',
		...onCreate,
		routing: { send: sendNumber('value') },
	},
	{
		displayName: 'Estimated End',
		name: 'opportunityEstimatedEndAt',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The estimated end date (sent as DD/MM/YY, the day in the workflow time zone)',
		...onCreate,
		routing: { send: sendDay('opportunityEstimatedEndAt', 'estimated_end_at', 'Estimated End') },
	},
	{
		displayName: 'Prospect Type',
		name: 'opportunityProspectType',
		type: 'options',
		options: prospectTypes,
		default: 'new',
		description: 'Whether the opportunity is for a new or an existing customer',
		...onCreate,
		routing: { send: sendAs('prospect_type') },
	},
	{
		displayName: 'Operation Type',
		name: 'opportunityOperationType',
		type: 'options',
		options: operationTypes,
		default: 'new',
		description: 'Whether the opportunity is a new sale or a renewal',
		...onCreate,
		routing: { send: sendAs('operation_type') },
	},
	{
		displayName: 'Products',
		name: 'opportunityProducts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product',
		default: {},
		description: 'The product lines; none means an opportunity without products',
		...onCreate,
		options: [
			{
				displayName: 'Product',
				name: 'product',
				// in n8n's order: alphabetical by what the user reads
				values: [
					lineNumber('Amount', 'amount', 'amount', { default: 1, typeOptions: {}, description: 'How many units' }),
					lineNumber('Discount', 'discount', 'discount', { description: 'The discount of each unit' }),
					lineNumber('Price', 'price', 'price', { description: 'The price of one unit' }),
					profileOptions(resource, 'Product', 'productId', 'getProducts', {
						routing: { send: { type: 'body', property: '=parameters.products[{{$index}}].product_id' } },
					}),
					lineNumber('Tax', 'tax', 'tax', {
						typeOptions: { numberPrecision: 2, minValue: 0, maxValue: 1 },
						description: 'The tax as a fraction from 0.00 to 1.00',
					}),
					lineNumber('Total', 'total', 'total', { description: 'The total of this line' }),
				],
			},
		],
	},
	{
		displayName: 'Products Have Tax',
		name: 'opportunityWantTax',
		type: 'boolean',
		default: false,
		description: 'Whether the product lines carry tax',
		...onCreate,
		routing: { send: sendAs('want_tax') },
	},
	{
		displayName: 'Notify Owner',
		name: 'opportunityNotify',
		type: 'boolean',
		default: false,
		description: 'Whether to send a notification to the owner',
		...onCreate,
		routing: { send: sendAs('notify') },
	},
	{
		displayName: 'Additional Fields',
		name: 'opportunityFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		...onCreate,
		options: [
			{ displayName: 'Campaign ID', name: 'campaignId', type: 'string', default: '', description: 'The campaign the opportunity came from', routing: { send: sendAs('campaign_id') } },
			{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'The comment sent with the notification', routing: { send: sendAs('comment') } },
		],
	},
];

export const opportunityFields: INodeProperties[] = [
	profileField(resource, ['create', 'get', 'getInputs', 'getAll']),
	...listProperties(resource, { paged: true }),
	...opportunityCreateFields,
	resourceLocator({
		name: 'opportunityId',
		displayName: 'Opportunity',
		show: show('get'),
		searchListMethod: 'searchOpportunities',
		description: 'The opportunity to get (an opportunity of the profile)',
		routing: { send: sendId('opportunity_id', 'Opportunity') },
	}),
	opportunityFilters,
	opportunityOptions,
	...simplifyProperties(resource, ['get', 'getAll']),
];

/** The short opportunity of Simplify: the company asked for next to its ID, the contact and owner in place of theirs; products and inputs need Simplify off. */
const simplify = shortRecord(resource, ['id', 'title', 'value', 'status', 'stage_id', 'estimated_end_at', 'company_id', 'company', 'contact|contact_id', 'user|user_id']);

/**
 * The product lines: each needs a numeric product and numbers (sent as numbers whatever an
 * expression gave), and `want_products` says whether there are any (the API requires the
 * flag). A rule over all lines, so an operation step.
 */
async function productLines(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const parameters = (request.body as IDataObject).parameters as IDataObject;
	const lines = Array.isArray(parameters.products) ? (parameters.products as IDataObject[]) : [];
	lines.forEach((line, index) => {
		if (!isNumericId(line.product_id)) {
			throw invalidField(this, `Products › Product ${index + 1} › Product`, `${JSON.stringify(line.product_id ?? '')} is not a product ID`);
		}
		for (const key of Object.keys(line)) line[key] = Number(line[key]);
	});
	parameters.want_products = lines.length > 0;
	if (!lines.length) delete parameters.products;
	return request;
}

export const opportunityOperations = operationsProperty(crmRpc, {
	resource, fields: opportunityFields, default: 'getAll',
	rows: [
		rpcRow('Opportunities', 'CreateOpportunity', { value: 'create', name: 'Create', root: 'opportunity', checks: [productLines],
			action: 'Create an opportunity', description: 'Create an opportunity with its product lines and return it' }),
		rpcRow('Opportunities', 'GetOpportunity', { value: 'get', name: 'Get', root: 'opportunity', shape: [simplify],
			action: 'Get an opportunity', description: 'Get one opportunity by ID, with the related records asked for' }),
		catalogRow('Opportunities', 'GetInputs', 'inputs', 'Inputs', 'Get the custom opportunity fields (inputs) of the profile, one item per input'),
		rpcRow('Opportunities', 'GetOpportunities', { value: 'getAll', name: 'Get Many', root: 'opportunities', list: 'paged', shape: [simplify],
			action: 'Get many opportunities', description: 'List the opportunities of the profile, one item per opportunity' }),
	],
});
