import type { INodeProperties } from 'n8n-workflow';

import { sendDate } from '../../../shared/dates';
import { bodyAt, collection } from '../../../shared/fields';
import { operationsProperty } from '../../../shared/operations';
import { showFor } from '../../common';
import { qbd } from '../../transport';

const show = showFor('payout');

// required text goes trimmed; the checks refuse it blank before anything is sent
const trimmed = '={{ String($value ?? "").trim() }}';

const amount = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	required: true,
	default: 0,
	typeOptions: { numberPrecision: 2 },
	description,
	displayOptions: { show: show('create') },
	routing: bodyAt(name),
});

/** The Payout schema: every field but the ID is required. */
export const payoutFields: INodeProperties[] = [
	{
		displayName: 'Date Created',
		name: 'dateCreated',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day of the payout, sent as YYYY-MM-DD; a date with a time zone keeps its own day',
		displayOptions: { show: show('create') },
		routing: { send: sendDate({ parameter: 'dateCreated', label: 'Date Created', type: 'body', property: 'dateCreated', format: 'yyyy-MM-dd' }) },
	},
	amount('Payout Amount', 'payoutAmount', 'The amount paid out'),
	amount('Invoice Amount', 'invoiceAmount', 'The amount of the invoice the payout is for'),
	amount('Fee Amount', 'feeAmount', 'The fee withheld'),
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		required: true,
		default: 'usd',
		placeholder: 'e.g. usd',
		description: 'Three-letter currency code (ISO 4217), e.g. usd',
		displayOptions: { show: show('create') },
		routing: bodyAt('currency', trimmed),
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
		routing: bodyAt('chargeId', trimmed),
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		required: true,
		default: '',
		description: 'What the payout is for',
		displayOptions: { show: show('create') },
		routing: bodyAt('description', trimmed),
	},
	collection('Additional Fields', 'payoutFields', { show: show('create') }, [
		{
			displayName: 'Payout ID',
			name: 'id',
			type: 'string',
			default: '',
			description: 'The ID of the new payout; the server assigns one when not given',
			routing: bodyAt('id', trimmed),
		},
	]),
];

export const payoutOperations = operationsProperty(qbd, {
	resource: 'payout', fields: payoutFields, default: 'create',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/payouts',
			action: 'Create a payout', description: 'Record a payout (amounts, fee, currency, Stripe charge); returns the created payout' },
	],
});
