import type { INodeProperties } from 'n8n-workflow';

import { notEmptied, numbersAt, somethingToUpdate } from '../../../shared/bodyRules';
import { alphabetically, bodyAt, bodyText, collection } from '../../../shared/fields';
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
	.sort((a, b) => alphabetically(a.displayName, b.displayName));

export const brandFields: INodeProperties[] = [
	resourceLocator({
		name: 'brandId',
		displayName: 'Brand',
		searchListMethod: 'searchBrands',
		show: show('get', 'update', 'delete'),
		description: 'The brand (franchise): pick it from the list, or give its numeric ID',
	}),
	...listProperties('brand', { paged: false }),
	bodyText('Name', 'brandName', 'brand.name', { required: true, description: 'Name of the brand or franchise', displayOptions: { show: show('create') } }),
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
	// Update Brand takes top-level name/status (Create Brand nests them under "brand")
	collection('Update Fields', 'brandUpdateFields', { show: show('update') }, [
		bodyText('Name', 'name', 'name'),
		{ displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active', routing: bodyAt('status') },
	]),
];

export const brandOperations = operationsProperty(qebot, {
	resource: 'brand', fields: brandFields, default: 'getAll',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/brands', root: 'brands',
			bodyRule: [tidyBody, numbersAt('businesses[].category_id', 'businesses[].state_id', 'businesses[].country_id')],
			action: 'Create a brand', description: 'Create a brand (franchise), optionally with its businesses; returns the new brand' },
		{ value: 'delete', name: 'Delete', method: 'DELETE', path: '/brands/{brandId}',
			action: 'Delete a brand', description: 'Delete a brand by ID' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/brands/{brandId}', root: 'brands',
			action: 'Get a brand', description: 'Get one brand by ID (name and status)' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/brands', list: 'whole', root: 'brands',
			action: 'Get many brands', description: 'List the brands the account can access, one item per brand' },
		{ value: 'update', name: 'Update', method: 'PATCH', path: '/brands/{brandId}', root: 'brands', checks: [notEmptied({ name: 'Name' })],
			bodyRule: [tidyBody, somethingToUpdate()],
			action: 'Update a brand', description: 'Change only the fields you set; returns the updated brand' },
	],
});
