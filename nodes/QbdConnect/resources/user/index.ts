import type { INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { guardOperations, validate } from '../../../shared/validation';
import { customerLocator, jsonBody, limitLocally, pathId, userLocator } from '../../GenericFunctions';
import { jsonBodyField, showFor } from '../common';

const show = showFor('user');
const checkUserId = pathId('userId', 'User');
const checkCustomerId = pathId('customerId', 'Customer');
const userUrl = '=/users/{{encodeURIComponent($parameter.userId)}}';
const userCustomersUrl = '=/users/{{encodeURIComponent($parameter.userId)}}/customers';
// the doc gives no user schema: the body is the user's JSON
const sendJson = jsonBody('jsonBody', 'Body (JSON)');

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
				description: 'Associate a customer with a user',
				routing: {
					// the doc names no body; the customer goes as {"customerId": …}
					request: { method: 'POST', url: userCustomersUrl, body: { customerId: '={{$parameter.customerId}}' } },
					send: { preSend: [validate(checkUserId, checkCustomerId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				routing: {
					request: { method: 'POST', url: '/users' },
					send: { preSend: [sendJson] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				routing: {
					request: { method: 'GET', url: userUrl },
					send: { preSend: [validate(checkUserId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				routing: {
					request: { method: 'GET', url: '/users' },
					output: { postReceive: [handleApiResponse, limitLocally] },
				},
			},
			{
				name: 'Remove Customer',
				value: 'removeCustomer',
				action: 'Remove a customer from a user',
				description: 'Remove the association between a customer and a user',
				routing: {
					// the doc names no parameter; the customer goes as ?customerId=…
					request: { method: 'DELETE', url: userCustomersUrl, qs: { customerId: '={{$parameter.customerId}}' } },
					send: { preSend: [validate(checkUserId, checkCustomerId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				routing: {
					request: { method: 'PUT', url: userUrl },
					send: { preSend: [validate(checkUserId), sendJson] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const userFields: INodeProperties[] = [
	userLocator(show('get', 'update', 'addCustomer', 'removeCustomer')),
	customerLocator(show('addCustomer', 'removeCustomer')),
	...listFields('user', 'getAll'),
	jsonBodyField(show('create'), 'The user as JSON. The API documents no user fields, so they are sent as given.'),
	jsonBodyField(show('update'), 'The user fields to change, as JSON (sent with PUT; the API documents no fields)'),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(userOperations, userFields);
