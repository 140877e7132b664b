import type { INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl, numericId } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { resourceLocator } from '../../../shared/locator';
import {
	BUSINESS_KEYS,
	businessProperties as p,
	listProperties,
	listRouting,
	notEmptied,
	numbersAt,
	somethingToUpdate,
	tidyBody,
	toBody,
} from '../../common';
import { records } from '../../transport';

const resource = ['business'];
const show = (...operation: string[]) => ({ resource, operation });
const create = { show: show('create') };

/** A business field at the top level of Create: its own unique name, the API's key in the body. */
const top = (property: INodeProperties, name: string, key: keyof typeof BUSINESS_KEYS): INodeProperties => ({
	...toBody(property, BUSINESS_KEYS[key]),
	name,
	required: true,
	displayOptions: create,
});

/** A business field of a collection, sent under the API's key. */
const option = (key: keyof typeof BUSINESS_KEYS): INodeProperties => toBody(p[key], BUSINESS_KEYS[key]);

export const businessFields: INodeProperties[] = [
	resourceLocator({
		name: 'businessId',
		displayName: 'Business',
		searchListMethod: 'searchBusinesses',
		show: show('get', 'update', 'delete'),
		description: 'The business (a location of a brand): pick it from the list, or give its numeric ID',
	}),
	...listProperties('business'),
	top(p.businessName, 'businessName', 'businessName'),
	resourceLocator({
		name: 'businessBrandId',
		displayName: 'Brand',
		searchListMethod: 'searchBrands',
		show: show('create'),
		description: 'The brand (franchise) the business belongs to: pick it, or give its numeric ID',
		routing: { send: { type: 'body', property: 'brand_id' } },
	}),
	top(p.categoryId, 'businessCategoryId', 'categoryId'),
	top(p.address, 'businessAddress', 'address'),
	top(p.city, 'businessCity', 'city'),
	top(p.countryId, 'businessCountryId', 'countryId'),
	top(p.zipCode, 'businessZipCode', 'zipCode'),
	top(p.email, 'businessEmail', 'email'),
	top(p.status, 'businessStatus', 'status'),
	{
		displayName: 'Additional Fields',
		name: 'businessFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: create,
		options: [option('address2'), option('fax'), option('phone'), option('stateName'), option('stateId'), option('website')],
	},
	{
		displayName: 'Update Fields',
		name: 'businessUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: [
			option('address'),
			option('address2'),
			{
				displayName: 'Brand Name or ID',
				name: 'brandId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getBrands' },
				default: '',
				description:
					'Move the business to another brand. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'body', property: 'brand_id' } },
			},
			option('businessName'),
			option('categoryId'),
			option('city'),
			option('countryId'),
			option('email'),
			option('fax'),
			option('phone'),
			// Update Business names the free-text state "state" (Create Business: "state_name")
			toBody(p.stateName, 'state'),
			option('status'),
			option('stateId'),
			option('website'),
			option('zipCode'),
		],
	},
];

const checkInput = checkFields(businessFields);
const checkBusinessId = idInUrl('businessId', 'Business');
const businessUrl = '/businesses/{{businessId}}';
const dropdownNumbers = numbersAt('category_id', 'state_id', 'country_id', 'brand_id');

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
				description: 'Create a business (location) under a brand; returns the new business',
				routing: {
					request: { method: 'POST', url: '/businesses' },
					send: { preSend: [checkInput, numericId('businessBrandId', 'Brand'), tidyBody, dropdownNumbers] },
					output: { postReceive: [handleApiResponse, records('businesses')] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a business',
				description: 'Delete a business by ID; returns {"success": true}',
				routing: {
					request: { method: 'DELETE', url: businessUrl },
					send: { preSend: [checkInput, checkBusinessId] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a business',
				description: 'Get one business by ID, with its category, country and state',
				routing: {
					request: { method: 'GET', url: businessUrl },
					send: { preSend: [checkInput, checkBusinessId] },
					output: { postReceive: [handleApiResponse, records('businesses')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many businesses',
				description: 'List the businesses the account can access, one item per business',
				routing: {
					...listRouting('/businesses', checkInput),
					output: { postReceive: [handleApiResponse, records('businesses')] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a business',
				description: 'Change only the fields you set (PATCH); returns the updated business',
				routing: {
					request: { method: 'PATCH', url: businessUrl },
					send: {
						preSend: [checkInput, checkBusinessId, notEmptied({ business_name: 'Business Name' }), tidyBody, dropdownNumbers, somethingToUpdate()],
					},
					output: { postReceive: [handleApiResponse, records('businesses')] },
				},
			},
		],
	},
];
