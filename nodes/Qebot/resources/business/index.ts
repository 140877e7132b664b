import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, numericId, parameterValue, validate } from '../../../shared/validation';
import {
	checkEmail,
	checkInteger,
	limitResults,
	recordLocator,
	requiredString,
	unwrap,
} from '../../GenericFunctions';
import { CATEGORIES, COUNTRIES, US_STATES } from '../../referenceData';

const resource = ['business'];
const show = (...operation: string[]) => ({ resource, operation });

const UNITED_STATES = 230;

export const statusOptions = [
	{ name: 'Active', value: 'active' },
	{ name: 'Inactive', value: 'inactive' },
];

/** Business fields as n8n fields; `name` is the API's own key (business_name, state_id …). */
export const businessFieldOptions = {
	businessName: { displayName: 'Business Name', name: 'business_name', type: 'string', default: '' },
	category: {
		displayName: 'Category',
		name: 'category_id',
		type: 'options',
		options: CATEGORIES,
		default: 52,
		description: 'What the business does (Qebot\'s category list)',
	},
	phone: { displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	fax: { displayName: 'Fax', name: 'fax', type: 'string', default: '' },
	address: { displayName: 'Address', name: 'address', type: 'string', default: '' },
	address2: {
		displayName: 'Address 2',
		name: 'address2',
		type: 'string',
		default: '',
		description: 'Extra address information, e.g. a suite',
	},
	city: { displayName: 'City', name: 'city', type: 'string', default: '' },
	state: {
		displayName: 'US State',
		name: 'state_id',
		type: 'options',
		options: US_STATES,
		default: 5,
		description: 'State of a United States address',
	},
	stateName: {
		displayName: 'State Name',
		name: 'state_name',
		type: 'string',
		default: '',
		description: 'Name of the state or region, for addresses outside the United States',
	},
	country: {
		displayName: 'Country',
		name: 'country_id',
		type: 'options',
		options: COUNTRIES,
		default: UNITED_STATES,
	},
	zipcode: { displayName: 'Zip Code', name: 'zipcode', type: 'string', default: '' },
	email: {
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Contact email of the business',
	},
	website: { displayName: 'Website', name: 'website', type: 'string', default: '' },
	status: { displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active' },
} satisfies Record<string, INodeProperties>;

/** Checks and shapes one business as the API wants it; `label` names where it came from. */
export function businessBody(
	context: IExecuteSingleFunctions,
	fields: IDataObject,
	label: string,
	required: string[],
): IDataObject {
	const names: Record<string, string> = Object.fromEntries(
		Object.values(businessFieldOptions).map((option) => [option.name, option.displayName]),
	);
	for (const key of required) {
		const value = fields[key];
		if (value === undefined || value === null || String(value).trim() === '') {
			throw invalidField(context, `${label}${names[key] ?? key}`, 'it is required and cannot be empty');
		}
	}
	const body: IDataObject = { ...fields };
	for (const key of ['business_name', 'phone', 'fax', 'address', 'address2', 'city', 'state_name', 'state', 'zipcode', 'website']) {
		if (typeof body[key] === 'string') body[key] = (body[key] as string).trim();
	}
	for (const key of ['category_id', 'state_id', 'country_id', 'brand_id']) {
		if (body[key] !== undefined && body[key] !== '') body[key] = checkInteger(context, body[key], `${label}${names[key] ?? 'Brand'}`, 1, 1e9);
	}
	if (body.email !== undefined && body.email !== '') body.email = checkEmail(context, body.email, `${label}Email`);
	return compact(body);
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const fields: IDataObject = {
		business_name: requiredString(this, 'businessName', 'Business Name'),
		brand_id: parameterValue(this, 'brandId') as string,
		category_id: this.getNodeParameter('categoryId'),
		address: requiredString(this, 'address', 'Address'),
		city: requiredString(this, 'city', 'City'),
		country_id: this.getNodeParameter('countryId'),
		zipcode: requiredString(this, 'zipcode', 'Zip Code'),
		email: requiredString(this, 'email', 'Email'),
		status: this.getNodeParameter('status'),
		...extra,
	};
	request.body = businessBody(this, fields, '', ['brand_id', 'category_id', 'country_id']);
	return request;
}

async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (fields.business_name !== undefined && String(fields.business_name).trim() === '') {
		throw invalidField(this, 'Business Name', 'Qebot does not accept an empty name; remove the field to keep the current one');
	}
	const body = businessBody(this, fields, '', []);
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

const checkBusinessId = numericId('businessId', 'Business');
const businessUrl = '=/businesses/{{$parameter.businessId}}';

export const businessOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource } },
		default: 'getAll',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a business',
				routing: {
					request: { method: 'POST', url: '/businesses' },
					send: { preSend: [validate(numericId('brandId', 'Brand')), createBody] },
					output: { postReceive: [handleApiResponse, unwrap('businesses')] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a business',
				routing: {
					request: { method: 'DELETE', url: businessUrl },
					send: { preSend: [validate(checkBusinessId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a business',
				routing: {
					request: { method: 'GET', url: businessUrl },
					send: { preSend: [validate(checkBusinessId)] },
					output: { postReceive: [handleApiResponse, unwrap('businesses')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many businesses',
				routing: {
					request: { method: 'GET', url: '/businesses' },
					output: { postReceive: [handleApiResponse, unwrap('businesses'), limitResults] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a business',
				description: 'Change only the fields you set (PATCH)',
				routing: {
					request: { method: 'PATCH', url: businessUrl },
					send: { preSend: [validate(checkBusinessId), updateBody] },
					output: { postReceive: [handleApiResponse, unwrap('businesses')] },
				},
			},
		],
	},
];

const f = businessFieldOptions;

export const businessFields: INodeProperties[] = [
	recordLocator({
		name: 'businessId',
		displayName: 'Business',
		searchMethod: 'searchBusinesses',
		show: show('get', 'update', 'delete'),
	}),
	...listFields('business', 'getAll'),
	{ ...f.businessName, name: 'businessName', required: true, displayOptions: { show: show('create') } },
	recordLocator({
		name: 'brandId',
		displayName: 'Brand',
		searchMethod: 'searchBrands',
		show: show('create'),
		description: 'The brand (franchise) the business belongs to',
	}),
	{ ...f.category, name: 'categoryId', required: true, displayOptions: { show: show('create') } },
	{ ...f.address, name: 'address', required: true, displayOptions: { show: show('create') } },
	{ ...f.city, name: 'city', required: true, displayOptions: { show: show('create') } },
	{ ...f.country, name: 'countryId', required: true, displayOptions: { show: show('create') } },
	{ ...f.zipcode, name: 'zipcode', required: true, displayOptions: { show: show('create') } },
	{ ...f.email, name: 'email', required: true, displayOptions: { show: show('create') } },
	{ ...f.status, name: 'status', required: true, displayOptions: { show: show('create') } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [f.address2, f.fax, f.phone, f.stateName, f.state, f.website],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: [
			f.address,
			f.address2,
			{
				displayName: 'Brand Name or ID',
				name: 'brand_id',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getBrands' },
				default: '',
				description:
					'Move the business to another brand. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			f.businessName,
			f.category,
			f.city,
			f.country,
			f.email,
			f.fax,
			f.phone,
			// Update Business names the free-text state "state" (Create Business: "state_name")
			{ ...f.stateName, name: 'state' },
			f.status,
			f.state,
			f.website,
			f.zipcode,
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(businessOperations, businessFields);
