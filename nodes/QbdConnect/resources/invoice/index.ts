import type { INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { guardOperations, validate } from '../../../shared/validation';
import { invoiceLocator, jsonBody, limitLocally, pathId } from '../../GenericFunctions';
import { jsonBodyField, showFor } from '../common';

const show = showFor('invoice');
const checkInvoiceId = pathId('invoiceId', 'Invoice');
const invoiceUrl = '=/invoices/{{encodeURIComponent($parameter.invoiceId)}}';
// the doc gives no schema for invoices or their payments: the body is the user's JSON
const sendJson = jsonBody('jsonBody', 'Body (JSON)');

export const invoiceOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		default: 'get',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an invoice',
				routing: {
					request: { method: 'POST', url: '/invoices' },
					send: { preSend: [sendJson] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Create Payment',
				value: 'createPayment',
				action: 'Create a payment for an invoice',
				routing: {
					request: { method: 'POST', url: '=/invoices/{{encodeURIComponent($parameter.invoiceId)}}/payments' },
					send: { preSend: [validate(checkInvoiceId), sendJson] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an invoice',
				routing: {
					request: { method: 'GET', url: invoiceUrl },
					send: { preSend: [validate(checkInvoiceId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invoices',
				routing: {
					request: { method: 'GET', url: '/invoices' },
					output: { postReceive: [handleApiResponse, limitLocally] },
				},
			},
			{
				name: 'Get Payments',
				value: 'getPayments',
				action: 'Get the payments of an invoice',
				routing: {
					request: { method: 'GET', url: '=/invoices/{{encodeURIComponent($parameter.invoiceId)}}/payments' },
					send: { preSend: [validate(checkInvoiceId)] },
					output: { postReceive: [handleApiResponse, limitLocally] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an invoice',
				routing: {
					request: { method: 'PUT', url: invoiceUrl },
					send: { preSend: [validate(checkInvoiceId), sendJson] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const invoiceFields: INodeProperties[] = [
	invoiceLocator(show('get', 'update', 'getPayments', 'createPayment')),
	...listFields('invoice', 'getAll'),
	...listFields('invoice', 'getPayments'),
	jsonBodyField(show('create'), 'The invoice as JSON. The API documents no invoice fields, so they are sent as given.'),
	jsonBodyField(show('update'), 'The invoice fields to change, as JSON (sent with PUT; the API documents no fields)'),
	jsonBodyField(show('createPayment'), 'The payment as JSON. The API documents no payment fields, so they are sent as given.'),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(invoiceOperations, invoiceFields);
