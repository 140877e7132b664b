import type { INodeProperties } from 'n8n-workflow';

import { operationsProperty } from '../../../shared/operations';
import { jsonBodyField, showFor } from '../../common';
import { qbd } from '../../transport';

const show = showFor('payment');

export const paymentFields: INodeProperties[] = [
	jsonBodyField('paymentJson', show('create'), 'The payment as one JSON object. The API documents no payment fields, so they are sent as given.'),
];

export const paymentOperations = operationsProperty(qbd, {
	resource: 'payment', fields: paymentFields, default: 'create',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/payments',
			action: 'Create a payment', description: 'Record a payment from a JSON body; returns the created payment' },
	],
});
