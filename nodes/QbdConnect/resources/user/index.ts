import type { INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { listFields, retriedList } from '../../../shared/pagination';
import { customerLocator, jsonBodyField, LIST_LIMIT, showFor, userLocator } from '../../common';
import { listRecords } from '../../transport';

const show = showFor('user');
// literal templates: idInUrl reads the ID once, checks it and puts it in
const userUrl = '/users/{{userId}}';
const userInUrl = idInUrl('userId', 'User', 'text');

/*
 * Add and Remove Customer name the customer the same way: `?customerId=` in the query. The API
 * doc gives only the path for both; a query parameter works for POST and DELETE alike (a DELETE
 * body is dropped by some proxies), so one rule serves both.
 */
export const userFields: INodeProperties[] = [
	userLocator(show('get', 'update', 'addCustomer', 'removeCustomer')),
	customerLocator('userCustomerId', show('addCustomer', 'removeCustomer'), 'The customer to link to or unlink from the user', {
		send: { type: 'query', property: 'customerId' },
	}),
	...listFields('user', 'getAll', undefined, { paged: false }),
	// the doc gives no user schema: the body is the user's JSON
	jsonBodyField(
		'userJson',
		show('create', 'update'),
		'The user as one JSON object. The API documents no user fields, so they are sent as given (Update sends them with PUT).',
	),
];

const checkInput = checkFields(userFields);

export const userOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		default: 'get',
		options: [
			{
				name: 'Add Customer',
				value: 'addCustomer',
				action: 'Add a customer to a user',
				description: 'Link a customer to a user (the customer goes as ?customerId=); returns the API\'s answer',
				routing: {
					request: { method: 'POST', url: '/users/{{userId}}/customers' },
					send: { preSend: [checkInput, userInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				description: 'Create a user from a JSON body; returns the created user',
				routing: {
					request: { method: 'POST', url: '/users' },
					send: { preSend: [checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get one user by its ID; returns the user',
				routing: {
					request: { method: 'GET', url: userUrl },
					send: { preSend: [checkInput, userInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				description: 'List the users; returns one item per user',
				routing: {
					request: { method: 'GET', url: '/users' },
					send: { preSend: [checkInput], paginate: true },
					operations: { pagination: retriedList },
					output: { postReceive: [handleApiResponse, listRecords, LIST_LIMIT] },
				},
			},
			{
				name: 'Remove Customer',
				value: 'removeCustomer',
				action: 'Remove a customer from a user',
				description: 'Unlink a customer from a user (the customer goes as ?customerId=); returns {"success": true} when the API answers nothing',
				routing: {
					request: { method: 'DELETE', url: '/users/{{userId}}/customers' },
					send: { preSend: [checkInput, userInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Replace the fields of a user given as JSON (PUT); returns the updated user',
				routing: {
					request: { method: 'PUT', url: userUrl },
					send: { preSend: [checkInput, userInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];
