import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { notEmptied, numbersAt, somethingToUpdate } from '../../../shared/bodyRules';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { simplified, simplifyProperties } from '../../../shared/simplify';
import { BUSINESS_KEYS, businessProperties as p, tidyBody, toBody } from '../../common';
import { simplifyBusiness } from '../../output';
import { qebot } from '../../transport';

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

/** A picker as a collection entry: the entry shows when the user adds it (no display rule of its own). */
const asEntry = (picker: INodeProperties): INodeProperties =>
	Object.fromEntries(Object.entries(picker).filter(([key]) => key !== 'displayOptions')) as unknown as INodeProperties;

/** Update Fields › Brand: moves the business to another brand, picked like Create's. */
const brandInUpdate = asEntry(
	resourceLocator({
		name: 'brandId',
		displayName: 'Brand',
		searchListMethod: 'searchBrands',
		show: {},
		required: false,
		description: 'Move the business to another brand: pick it, or give its numeric ID',
		routing: { send: { type: 'body', property: 'brand_id' } },
	}),
);

export const businessFields: INodeProperties[] = [
	resourceLocator({
		name: 'businessId',
		displayName: 'Business',
		searchListMethod: 'searchBusinesses',
		show: show('get', 'update', 'delete'),
		description: 'The business (a location of a brand): pick it from the list, or give its numeric ID',
	}),
	...listProperties('business', { paged: false }),
	top(p.businessName, 'businessName', 'businessName'),
	resourceLocator({
		name: 'businessBrandId',
		displayName: 'Brand',
		searchListMethod: 'searchBrands',
		show: show('create'),
		description: 'The brand (franchise) the business belongs to: pick it, or give its numeric ID',
	}),
	top(p.categoryId, 'businessCategoryId', 'categoryId'),
	top(p.address, 'businessAddress', 'address'),
	top(p.city, 'businessCity', 'city'),
	top(p.countryId, 'businessCountryId', 'countryId'),
	top(p.zipCode, 'businessZipCode', 'zipCode'),
	top(p.email, 'businessEmail', 'email'),
	top(p.status, 'businessStatus', 'status'),
	collection('Additional Fields', 'businessFields', create, [option('address2'), option('fax'), option('phone'), option('stateName'), option('stateId'), option('website')]),
	collection('Update Fields', 'businessUpdateFields', { show: show('update') }, [
		option('address'),
		option('address2'),
		brandInUpdate,
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
	]),
	...simplifyProperties('business', ['get', 'getAll']),
];

const shortBusinesses = simplified('business', simplifyBusiness);

const dropdownNumbers = numbersAt('category_id', 'state_id', 'country_id', 'brand_id');

export const businessOperations = operationsProperty(qebot, {
	resource: 'business', fields: businessFields, default: 'getAll',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/businesses', bodyIds: { businessBrandId: 'brand_id' }, root: 'businesses',
			bodyRule: [tidyBody, dropdownNumbers],
			action: 'Create a business', description: 'Create a business (location) under a brand; returns the new business' },
		{ value: 'delete', name: 'Delete', method: 'DELETE', path: '/businesses/{businessId}',
			action: 'Delete a business', description: 'Delete a business by ID' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/businesses/{businessId}', root: 'businesses', shape: [shortBusinesses],
			action: 'Get a business', description: 'Get one business by ID, with its category, country and state' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/businesses', list: 'whole', root: 'businesses', shape: [shortBusinesses],
			action: 'Get many businesses', description: 'List the businesses the account can access, one item per business' },
		{ value: 'update', name: 'Update', method: 'PATCH', path: '/businesses/{businessId}', root: 'businesses',
			checks: [notEmptied({ business_name: 'Business Name' })], bodyRule: [tidyBody, dropdownNumbers, somethingToUpdate()],
			action: 'Update a business', description: 'Change only the fields you set; returns the updated business' },
	],
});
