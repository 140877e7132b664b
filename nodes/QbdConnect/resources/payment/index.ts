import type { INodeProperties } from 'n8n-workflow';

import { checkFields } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { jsonBodyField, showFor } from '../../common';

const show = showFor('payment');

export const paymentFields: INodeProperties[] = [
	jsonBodyField('paymentJson', show('create'), 'The payment as one JSON object. The API documents no payment fields, so they are sent as given.'),
];

const checkInput = checkFields(paymentFields);

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
				description: 'Record a payment from a JSON body; returns the created payment',
				routing: {
					request: { method: 'POST', url: '/payments' },
					send: { preSend: [checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];
