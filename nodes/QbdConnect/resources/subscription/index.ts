import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { somethingToUpdate } from '../../../shared/bodyRules';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { customerLocator, dateCreatedField, jsonBodyField, showFor, slaCollection, wholeNumber } from '../../common';
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
function subscriptionOptions(collectionName: string): INodeProperties[] {
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
		dateCreatedField(collectionName),
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
			routing: { send: { type: 'body', property: 'quantity', preSend: [wholeNumber(`${collectionName}.quantity`, 'Quantity')] } },
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
	collection('Additional Fields', 'subscriptionFields', { show: show('create') }, subscriptionOptions('subscriptionFields')),
	collection('Update Fields', 'subscriptionUpdateFields', { show: show('update') }, subscriptionOptions('subscriptionUpdateFields')),
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
	resource: 'subscription', fields: subscriptionFields, default: 'get',
	rows: [
		// the URL is in the Location header of the answer, not behind it
		{ value: 'checkout', name: 'Checkout', method: 'POST', path: '/subscriptions/checkout', request: { disableFollowRedirect: true },
			action: 'Start a subscription checkout', description: 'Start a Stripe checkout; returns the URL of the checkout page' },
		{ value: 'create', name: 'Create', method: 'POST', path: '/subscriptions',
			action: 'Create a subscription', description: 'Create a subscription (Stripe IDs, quantity, customer, SLA); returns the created subscription' },
		{ value: 'get', name: 'Get', method: 'GET', path: subscriptionPath, textIds,
			action: 'Get a subscription', description: 'Get one subscription by its Stripe ID; returns the subscription' },
		// only what was added (a field or the SLA), and at least one
		{ value: 'update', name: 'Update', method: 'PUT', path: subscriptionPath, textIds, bodyRule: [dropBlankFields, somethingToUpdate()],
			action: 'Update a subscription', description: 'Change the fields given; returns the updated subscription' },
	],
});
