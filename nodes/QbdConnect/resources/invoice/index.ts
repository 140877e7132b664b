import type { INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { listFields, retriedList } from '../../../shared/pagination';
import { invoiceLocator, jsonBodyField, LIST_LIMIT, showFor } from '../../common';
import { listRecords } from '../../transport';

const show = showFor('invoice');
// literal templates: idInUrl reads the ID once, checks it and puts it in
const invoiceUrl = '/invoices/{{invoiceId}}';
const invoiceInUrl = idInUrl('invoiceId', 'Invoice', 'text');

// the doc gives no schema for invoices or their payments: the body is the user's JSON
export const invoiceFields: INodeProperties[] = [
	invoiceLocator(show('get', 'update', 'getPayments', 'createPayment')),
	...listFields('invoice', 'getAll', undefined, { paged: false }),
	...listFields('invoice', 'getPayments', undefined, { paged: false }),
	jsonBodyField(
		'invoiceJson',
		show('create', 'update'),
		'The invoice as one JSON object. The API documents no invoice fields, so they are sent as given (Update sends them with PUT).',
	),
	jsonBodyField(
		'invoicePaymentJson',
		show('createPayment'),
		'The payment as one JSON object. The API documents no payment fields, so they are sent as given.',
	),
];

const checkInput = checkFields(invoiceFields);

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
				description: 'Create an invoice from a JSON body; returns the created invoice',
				routing: {
					request: { method: 'POST', url: '/invoices' },
					send: { preSend: [checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Create Payment',
				value: 'createPayment',
				action: 'Create a payment for an invoice',
				description: 'Record a payment against an invoice from a JSON body; returns the created payment',
				routing: {
					request: { method: 'POST', url: '/invoices/{{invoiceId}}/payments' },
					send: { preSend: [checkInput, invoiceInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an invoice',
				description: 'Get one invoice by its ID; returns the invoice',
				routing: {
					request: { method: 'GET', url: invoiceUrl },
					send: { preSend: [checkInput, invoiceInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invoices',
				description: 'List the invoices; returns one item per invoice',
				routing: {
					request: { method: 'GET', url: '/invoices' },
					send: { preSend: [checkInput], paginate: true },
					operations: { pagination: retriedList },
					output: { postReceive: [handleApiResponse, listRecords, LIST_LIMIT] },
				},
			},
			{
				name: 'Get Payments',
				value: 'getPayments',
				action: 'Get the payments of an invoice',
				description: 'List the payments recorded against an invoice; returns one item per payment',
				routing: {
					request: { method: 'GET', url: '/invoices/{{invoiceId}}/payments' },
					send: { preSend: [checkInput, invoiceInUrl], paginate: true },
					operations: { pagination: retriedList },
					output: { postReceive: [handleApiResponse, listRecords, LIST_LIMIT] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an invoice',
				description: 'Replace the fields of an invoice given as JSON (PUT); returns the updated invoice',
				routing: {
					request: { method: 'PUT', url: invoiceUrl },
					send: { preSend: [checkInput, invoiceInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];
