import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { compact, guardOperations, invalidField } from '../../../shared/validation';
import { pickedDate, textParameter } from '../../GenericFunctions';
import { showFor } from '../common';

const show = showFor('payout');

/** The Payout schema: every field but id is required. */
async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const text = (name: string, field: string) => {
		const value = textParameter(this, name);
		if (!value) throw invalidField(this, field, 'it is required and cannot be empty');
		return value;
	};
	const amount = (name: string, field: string) => {
		const value = this.getNodeParameter(name, 0) as unknown;
		if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidField(this, field, 'it must be a number');
		return value;
	};
	const dateCreated = pickedDate(this, text('dateCreated', 'Date Created'), 'Date Created');
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	request.body = compact({
		id: typeof fields.id === 'string' ? fields.id.trim() : undefined,
		dateCreated,
		payoutAmount: amount('payoutAmount', 'Payout Amount'),
		invoiceAmount: amount('invoiceAmount', 'Invoice Amount'),
		feeAmount: amount('feeAmount', 'Fee Amount'),
		currency: text('currency', 'Currency'),
		chargeId: text('chargeId', 'Charge ID'),
		description: text('description', 'Description'),
	});
	return request;
}

const amountField = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	required: true,
	default: 0,
	typeOptions: { numberPrecision: 2 },
	description,
	displayOptions: { show: show('create') },
});

export const payoutOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payout'] } },
		default: 'create',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a payout',
				routing: {
					request: { method: 'POST', url: '/payouts' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const payoutFields: INodeProperties[] = [
	{
		displayName: 'Date Created',
		name: 'dateCreated',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Sent as a date (YYYY-MM-DD)',
		displayOptions: { show: show('create') },
	},
	amountField('Payout Amount', 'payoutAmount', 'The amount paid out'),
	amountField('Invoice Amount', 'invoiceAmount', 'The amount of the invoice the payout is for'),
	amountField('Fee Amount', 'feeAmount', 'The fee withheld'),
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		required: true,
		default: 'usd',
		placeholder: 'e.g. usd',
		description: 'Three-letter currency code',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Charge ID',
		name: 'chargeId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ch_3NffrF',
		description: 'The payment gateway (Stripe) charge the payout comes from',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [{ displayName: 'Payout ID', name: 'id', type: 'string', default: '' }],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(payoutOperations, payoutFields);
