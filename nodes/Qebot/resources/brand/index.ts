import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, numericId, validate } from '../../../shared/validation';
import { limitResults, recordLocator, recordsOf, requiredString, unwrap } from '../../GenericFunctions';
import { US_STATES } from '../../referenceData';
import { businessBody, businessFieldOptions, statusOptions } from '../business';

const resource = ['brand'];
const show = (...operation: string[]) => ({ resource, operation });

/** The fields each business of a new brand must have (the doc marks them required there). */
const BUSINESS_REQUIRED = ['business_name', 'phone', 'address', 'city', 'country_id', 'zipcode', 'email'];

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const brand = { name: requiredString(this, 'name', 'Name'), status: this.getNodeParameter('status') };
	const entries = (this.getNodeParameter('businesses.business', []) as IDataObject[]) ?? [];
	const businesses = entries.map((entry, index) =>
		businessBody(this, entry, `Businesses › Business ${index + 1} › `, BUSINESS_REQUIRED),
	);
	// the doc's brand[name] and businesses[][x] form fields, as nested JSON
	request.body = { brand, ...(businesses.length ? { businesses } : {}) };
	return request;
}

async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (fields.name !== undefined && String(fields.name).trim() === '') {
		throw invalidField(this, 'Name', 'Qebot does not accept an empty name; remove the field to keep the current one');
	}
	// Update Brand takes top-level name/status (Create Brand nests them under "brand")
	const body = compact({ name: typeof fields.name === 'string' ? fields.name.trim() : undefined, status: fields.status as string });
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

/** Create Brand answers `{brands: [brand], businesses: [...]}`: one item, the brand with its businesses. */
async function brandWithBusinesses(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => {
		const businesses = recordsOf((item.json as IDataObject).businesses ?? [], 'businesses');
		return recordsOf(item.json, 'brands').map((brand) => ({ json: { ...brand, businesses } }));
	});
}

const checkBrandId = numericId('brandId', 'Brand');
const brandUrl = '=/brands/{{$parameter.brandId}}';

export const brandOperations: INodeProperties[] = [
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
				action: 'Create a brand',
				description: 'Create a brand with its businesses',
				routing: {
					request: { method: 'POST', url: '/brands' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse, brandWithBusinesses] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a brand',
				routing: {
					request: { method: 'DELETE', url: brandUrl },
					send: { preSend: [validate(checkBrandId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a brand',
				routing: {
					request: { method: 'GET', url: brandUrl },
					send: { preSend: [validate(checkBrandId)] },
					output: { postReceive: [handleApiResponse, unwrap('brands')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many brands',
				routing: {
					request: { method: 'GET', url: '/brands' },
					output: { postReceive: [handleApiResponse, unwrap('brands'), limitResults] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a brand',
				description: 'Change only the fields you set (PATCH)',
				routing: {
					request: { method: 'PATCH', url: brandUrl },
					send: { preSend: [validate(checkBrandId), updateBody] },
					output: { postReceive: [handleApiResponse, unwrap('brands')] },
				},
			},
		],
	},
];

const f = businessFieldOptions;

export const brandFields: INodeProperties[] = [
	recordLocator({ name: 'brandId', displayName: 'Brand', searchMethod: 'searchBrands', show: show('get', 'update', 'delete') }),
	...listFields('brand', 'getAll'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the brand or franchise',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: statusOptions,
		required: true,
		default: 'active',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Businesses',
		name: 'businesses',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Business',
		default: {},
		description: 'Businesses (locations) to create under the brand',
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Business',
				name: 'business',
				values: [
					{ ...f.businessName, required: true },
					f.category,
					{ ...f.phone, required: true },
					{ ...f.address, required: true },
					f.address2,
					{ ...f.city, required: true },
					{
						...f.state,
						options: [{ name: 'None (Not in the US)', value: '' }, ...US_STATES],
						default: '',
					},
					f.stateName,
					{ ...f.country, required: true },
					{ ...f.zipcode, required: true },
					{ ...f.email, required: true },
					f.fax,
					f.website,
					f.status,
				],
			},
		],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active' },
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(brandOperations, brandFields);
