import type { INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { resourceLocator } from '../../../shared/locator';
import {
	BUSINESS_KEYS,
	businessProperties,
	listProperties,
	listRouting,
	notEmptied,
	numbersAt,
	somethingToUpdate,
	statusOptions,
	tidyBody,
} from '../../common';
import { records } from '../../transport';

const resource = ['brand'];
const show = (...operation: string[]) => ({ resource, operation });

/** The fields each business of a new brand must have (the doc marks them required there). */
const REQUIRED_IN_ROW = new Set(['businessName', 'phone', 'address', 'city', 'countryId', 'zipCode', 'email']);

/** One business row of Create Brand: the doc's `businesses[][x]` form fields, as a JSON list. */
const businessRow: INodeProperties[] = (Object.keys(businessProperties) as Array<keyof typeof businessProperties>).map((key) => ({
	...businessProperties[key],
	...(REQUIRED_IN_ROW.has(key) ? { required: true } : {}),
	routing: { send: { type: 'body', property: `=businesses[{{$index}}].${BUSINESS_KEYS[key]}` } },
}));

export const brandFields: INodeProperties[] = [
	resourceLocator({
		name: 'brandId',
		displayName: 'Brand',
		searchListMethod: 'searchBrands',
		show: show('get', 'update', 'delete'),
		description: 'The brand (franchise): pick it from the list, or give its numeric ID',
	}),
	...listProperties('brand'),
	{
		displayName: 'Name',
		name: 'brandName',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the brand or franchise',
		displayOptions: { show: show('create') },
		routing: { send: { type: 'body', property: 'brand.name' } },
	},
	{
		displayName: 'Status',
		name: 'brandStatus',
		type: 'options',
		options: statusOptions,
		required: true,
		default: 'active',
		displayOptions: { show: show('create') },
		routing: { send: { type: 'body', property: 'brand.status' } },
	},
	{
		displayName: 'Businesses',
		name: 'brandBusinesses',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Business',
		default: {},
		description: 'Businesses (locations) to create under the brand',
		displayOptions: { show: show('create') },
		options: [{ displayName: 'Business', name: 'business', values: businessRow }],
	},
	{
		displayName: 'Update Fields',
		name: 'brandUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		// Update Brand takes top-level name/status (Create Brand nests them under "brand")
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: { send: { type: 'body', property: 'name' } } },
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: statusOptions,
				default: 'active',
				routing: { send: { type: 'body', property: 'status' } },
			},
		],
	},
];

const checkInput = checkFields(brandFields);
const checkBrandId = idInUrl('brandId', 'Brand');
const brandUrl = '/brands/{{brandId}}';

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
				description: 'Create a brand (franchise), optionally with its businesses; returns the new brand',
				routing: {
					request: { method: 'POST', url: '/brands' },
					send: { preSend: [checkInput, tidyBody, numbersAt('businesses[].category_id', 'businesses[].state_id', 'businesses[].country_id')] },
					output: { postReceive: [handleApiResponse, records('brands')] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a brand',
				description: 'Delete a brand by ID; returns {"success": true}',
				routing: {
					request: { method: 'DELETE', url: brandUrl },
					send: { preSend: [checkInput, checkBrandId] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a brand',
				description: 'Get one brand by ID (name and status)',
				routing: {
					request: { method: 'GET', url: brandUrl },
					send: { preSend: [checkInput, checkBrandId] },
					output: { postReceive: [handleApiResponse, records('brands')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many brands',
				description: 'List the brands the account can access, one item per brand',
				routing: {
					...listRouting('/brands', checkInput),
					output: { postReceive: [handleApiResponse, records('brands')] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a brand',
				description: 'Change only the fields you set (PATCH); returns the updated brand',
				routing: {
					request: { method: 'PATCH', url: brandUrl },
					send: {
						preSend: [checkInput, checkBrandId, notEmptied({ name: 'Name' }), tidyBody, somethingToUpdate()],
					},
					output: { postReceive: [handleApiResponse, records('brands')] },
				},
			},
		],
	},
];
