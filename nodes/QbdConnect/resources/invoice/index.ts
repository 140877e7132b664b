import type { INodeProperties } from 'n8n-workflow';

import { listProperties } from '../../../shared/lists';
import { operationsProperty } from '../../../shared/operations';
import { invoiceLocator, jsonBodyField, showFor } from '../../common';
import { qbd } from '../../transport';

const show = showFor('invoice');
const textIds = ['invoiceId'];

// the doc gives no schema for invoices or their payments: the body is the user's JSON
export const invoiceFields: INodeProperties[] = [
	invoiceLocator(show('get', 'update', 'getPayments', 'createPayment')),
	...listProperties('invoice', { paged: false }),
	...listProperties('invoice', { operation: 'getPayments', paged: false }),
	jsonBodyField(
		'invoiceJson',
		show('create', 'update'),
		'The invoice as one JSON object. The API documents no invoice fields, so they are sent as given; Update replaces the invoice with them.',
	),
	jsonBodyField(
		'invoicePaymentJson',
		show('createPayment'),
		'The payment as one JSON object. The API documents no payment fields, so they are sent as given.',
	),
];

export const invoiceOperations = operationsProperty(qbd, {
	resource: 'invoice', fields: invoiceFields, default: 'get',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/invoices',
			action: 'Create an invoice', description: 'Create an invoice from a JSON body; returns the created invoice' },
		{ value: 'createPayment', name: 'Create Payment', method: 'POST', path: '/invoices/{invoiceId}/payments', textIds,
			action: 'Create a payment for an invoice', description: 'Record a payment against an invoice from a JSON body; returns the created payment' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/invoices/{invoiceId}', textIds,
			action: 'Get an invoice', description: 'Get one invoice by its ID; returns the invoice' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/invoices', list: 'whole',
			action: 'Get many invoices', description: 'List the invoices; returns one item per invoice' },
		{ value: 'getPayments', name: 'Get Payments', method: 'GET', path: '/invoices/{invoiceId}/payments', textIds, list: 'whole',
			action: 'Get the payments of an invoice', description: 'List the payments recorded against an invoice; returns one item per payment' },
		{ value: 'update', name: 'Update', method: 'PUT', path: '/invoices/{invoiceId}', textIds,
			action: 'Update an invoice', description: 'Replace the fields of an invoice with those given as JSON; returns the updated invoice' },
	],
});
