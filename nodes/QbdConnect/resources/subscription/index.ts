import type { INodeProperties } from 'n8n-workflow';

import { somethingToUpdate } from '../../../shared/bodyRules';
import { sendDate } from '../../../shared/dates';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { customerLocator, jsonBodyField, showFor, slaCollection, wholeNumber } from '../../common';
import { dropBlankFields, qbd } from '../../transport';

const show = showFor('subscription');

const text = (displayName: string, name: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
	routing: { send: { type: 'body', property: name, value: '={{ String($value ?? "").trim() }}' } },
});

/** The Subscription schema (no field is required); Create and Update send the same fields. */
function subscriptionOptions(collection: string): INodeProperties[] {
	// inside a collection the collection decides when the picker shows: no condition of its own; optional
	const customer = customerLocator(
		'customerId',
		{},
		'The QBD Connect customer the subscription belongs to',
		{ send: { type: 'body', property: 'customerId' } },
		false,
	);
	return [
		customer,
		{
			displayName: 'Date Created',
			name: 'dateCreated',
			type: 'dateTime',
			default: '',
			description: 'Sent as a date (YYYY-MM-DD); a date with a time zone keeps its own day',
			routing: {
				send: sendDate({ parameter: `${collection}.dateCreated`, label: 'Date Created', type: 'body', property: 'dateCreated', format: 'yyyy-MM-dd' }),
			},
		},
		{ ...text('Email', 'email', 'The email address of the customer in Stripe'), placeholder: 'e.g. name@email.com' },
		text('Price ID', 'priceId', 'The line-item price ID of the subscription in Stripe', 'e.g. price_1NffrF'),
		text('Product ID', 'productId', 'The line-item product ID of the subscription in Stripe', 'e.g. prod_NffrFeUf'),
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			default: 1,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			description: 'The number of QBD Connect instances',
			routing: { send: { type: 'body', property: 'quantity', preSend: [wholeNumber(`${collection}.quantity`, 'Quantity')] } },
		},
		text('Subscription ID', 'subscriptionId', 'The subscription ID in Stripe', 'e.g. sub_1NffrF'),
		text('Subscription Item ID', 'subscriptionItemId', 'The line-item ID of the subscription in Stripe', 'e.g. si_NffrF'),
	];
}

export const subscriptionFields: INodeProperties[] = [
	resourceLocator({
		name: 'subscriptionId',
		displayName: 'Subscription',
		show: show('get', 'update'),
		numeric: false,
		placeholder: 'e.g. sub_1NffrF',
		description: 'The Stripe subscription ID (sub_…); the API cannot list subscriptions',
	}),
	{
		displayName: 'Additional Fields',
		name: 'subscriptionFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: subscriptionOptions('subscriptionFields'),
	},
	{
		displayName: 'Update Fields',
		name: 'subscriptionUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: subscriptionOptions('subscriptionUpdateFields'),
	},
	slaCollection('subscriptionSla', show('create', 'update')),
	jsonBodyField(
		'checkoutJson',
		show('checkout'),
		'The checkout request as one JSON object (the API documents no fields; typically customerId, priceId and quantity)',
	),
];

const subscriptionPath = '/subscriptions/{subscriptionId}';
const textIds = ['subscriptionId'];

export const subscriptionOperations = operationsProperty(qbd, {
	resource: 'subscription',
	fields: subscriptionFields,
	default: 'get',
	rows: [
		{
			value: 'checkout',
			name: 'Checkout',
			action: 'Start a subscription checkout',
			description: 'Start a Stripe checkout; returns the URL of the checkout page',
			method: 'POST',
			path: '/subscriptions/checkout',
			// the URL is in the Location header of the answer, not behind it
			request: { disableFollowRedirect: true },
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a subscription',
			description: 'Create a subscription (Stripe IDs, quantity, customer, SLA); returns the created subscription',
			method: 'POST',
			path: '/subscriptions',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a subscription',
			description: 'Get one subscription by its Stripe ID; returns the subscription',
			method: 'GET',
			path: subscriptionPath,
			textIds,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a subscription',
			description: 'Change the fields given; returns the updated subscription',
			method: 'PUT',
			path: subscriptionPath,
			textIds,
			// only what was added (a field or the SLA), and at least one
			bodyRule: [dropBlankFields, somethingToUpdate()],
		},
	],
});
