import type { INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { jsonBody } from '../../GenericFunctions';
import { jsonBodyField, showFor } from '../common';
import { guardOperations } from '../../../shared/validation';

const show = showFor('payment');

export const paymentOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payment'] } },
		default: 'create',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a payment',
				routing: {
					request: { method: 'POST', url: '/payments' },
					send: { preSend: [jsonBody('jsonBody', 'Body (JSON)')] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const paymentFields: INodeProperties[] = [
	jsonBodyField(show('create'), 'The payment as JSON. The API documents no payment fields, so they are sent as given.'),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(paymentOperations, paymentFields);
