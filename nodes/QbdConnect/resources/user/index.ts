import type { INodeProperties } from 'n8n-workflow';

import { listProperties } from '../../../shared/lists';
import { operationsProperty } from '../../../shared/operations';
import { customerLocator, jsonBodyField, showFor, userLocator } from '../../common';
import { qbd } from '../../transport';

const show = showFor('user');
const userPath = '/users/{userId}';
const textIds = ['userId'];

/*
 * Add and Remove Customer name the customer the same way: a `customerId` query parameter. The API
 * doc gives only the path for both; a query parameter works for POST and DELETE alike (a DELETE
 * body is dropped by some proxies), so one rule serves both.
 */
export const userFields: INodeProperties[] = [
	userLocator(show('get', 'update', 'addCustomer', 'removeCustomer')),
	customerLocator('userCustomerId', show('addCustomer', 'removeCustomer'), 'The customer to link to or unlink from the user', {
		send: { type: 'query', property: 'customerId' },
	}),
	...listProperties('user', { paged: false }),
	// the doc gives no user schema: the body is the user's JSON
	jsonBodyField(
		'userJson',
		show('create', 'update'),
		'The user as one JSON object. The API documents no user fields, so they are sent as given; Update replaces the user with them.',
	),
];

export const userOperations = operationsProperty(qbd, {
	resource: 'user', fields: userFields, default: 'get',
	rows: [
		{ value: 'addCustomer', name: 'Add Customer', method: 'POST', path: '/users/{userId}/customers', textIds,
			action: 'Add a customer to a user', description: "Link a customer to a user; returns the API's answer" },
		{ value: 'create', name: 'Create', method: 'POST', path: '/users',
			action: 'Create a user', description: 'Create a user from a JSON body; returns the created user' },
		{ value: 'get', name: 'Get', method: 'GET', path: userPath, textIds,
			action: 'Get a user', description: 'Get one user by its ID; returns the user' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/users', list: 'whole',
			action: 'Get many users', description: 'List the users; returns one item per user' },
		{ value: 'removeCustomer', name: 'Remove Customer', method: 'DELETE', path: '/users/{userId}/customers', textIds,
			action: 'Remove a customer from a user', description: 'Unlink a customer from a user; returns a success flag when the API answers nothing' },
		{ value: 'update', name: 'Update', method: 'PUT', path: userPath, textIds,
			action: 'Update a user', description: 'Replace the fields of a user with those given as JSON; returns the updated user' },
	],
});
