import type { INodeProperties } from 'n8n-workflow';

import { notEmptied, numbersAt, somethingToUpdate } from '../../../shared/bodyRules';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { BUSINESS_KEYS, businessProperties, statusOptions, tidyBody } from '../../common';
import { qebot } from '../../transport';

const resource = ['brand'];
const show = (...operation: string[]) => ({ resource, operation });

/** The fields each business of a new brand must have (the doc marks them required there). */
const REQUIRED_IN_ROW = new Set(['businessName', 'phone', 'address', 'city', 'countryId', 'zipCode', 'email']);

/**
 * One business row of Create Brand: the doc's `businesses[][x]` form fields, as a JSON list;
 * shown in n8n's order (alphabetical by what the user reads).
 */
const businessRow: INodeProperties[] = (Object.keys(businessProperties) as Array<keyof typeof businessProperties>)
	.map((key): INodeProperties => ({
		...businessProperties[key],
		...(REQUIRED_IN_ROW.has(key) ? { required: true } : {}),
		routing: { send: { type: 'body', property: `=businesses[{{$index}}].${BUSINESS_KEYS[key]}` } },
	}))
	.sort((a, b) => a.displayName.localeCompare(b.displayName));

export const brandFields: INodeProperties[] = [
	resourceLocator({
		name: 'brandId',
		displayName: 'Brand',
		searchListMethod: 'searchBrands',
		show: show('get', 'update', 'delete'),
		description: 'The brand (franchise): pick it from the list, or give its numeric ID',
	}),
	...listProperties('brand', { paged: false }),
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

export const brandOperations = operationsProperty(qebot, {
	resource: 'brand',
	fields: brandFields,
	default: 'getAll',
	rows: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a brand',
			description: 'Create a brand (franchise), optionally with its businesses; returns the new brand',
			method: 'POST',
			path: '/brands',
			root: 'brands',
			bodyRule: [tidyBody, numbersAt('businesses[].category_id', 'businesses[].state_id', 'businesses[].country_id')],
		},
		{ value: 'delete', name: 'Delete', action: 'Delete a brand', description: 'Delete a brand by ID', method: 'DELETE', path: '/brands/{brandId}' },
		{ value: 'get', name: 'Get', action: 'Get a brand', description: 'Get one brand by ID (name and status)', method: 'GET', path: '/brands/{brandId}', root: 'brands' },
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many brands',
			description: 'List the brands the account can access, one item per brand',
			method: 'GET',
			path: '/brands',
			list: 'whole',
			root: 'brands',
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a brand',
			description: 'Change only the fields you set; returns the updated brand',
			method: 'PATCH',
			path: '/brands/{brandId}',
			root: 'brands',
			checks: [notEmptied({ name: 'Name' })],
			bodyRule: [tidyBody, somethingToUpdate()],
		},
	],
});
