import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { compact, guardOperations, invalidField, validate } from '../../../shared/validation';
import { checkoutLocation, jsonBody, pathId, pickedDate } from '../../GenericFunctions';
import { jsonBodyField, showFor, slaBody, slaCollection } from '../common';

const show = showFor('subscription');
const checkSubscriptionId = pathId('subscriptionId', 'Subscription ID');

/** The Subscription schema (no field is required); create and update send the same shape. */
function subscriptionBody(context: IExecuteSingleFunctions, parameter: string): IDataObject {
	const fields = context.getNodeParameter(parameter, {}) as IDataObject;
	const trimmed = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string).trim() : undefined);
	let quantity: number | undefined;
	if (fields.quantity !== undefined) {
		quantity = Number(fields.quantity);
		if (!Number.isInteger(quantity) || quantity < 0) throw invalidField(context, 'Quantity', 'it must be a whole number');
	}
	const email = trimmed('email');
	if (email && !/^[^@\s]+@[^@\s]+$/.test(email)) throw invalidField(context, 'Email', `"${email}" is not an email address`);
	const sla = slaBody(context);
	return {
		...compact({
			subscriptionId: trimmed('subscriptionId'),
			productId: trimmed('productId'),
			priceId: trimmed('priceId'),
			subscriptionItemId: trimmed('subscriptionItemId'),
			quantity,
			customerId: trimmed('customerId'),
			email,
			dateCreated: fields.dateCreated ? pickedDate(context, fields.dateCreated, 'Date Created') : undefined,
		}),
		...(sla ? { sla } : {}),
	};
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	request.body = subscriptionBody(this, 'additionalFields');
	return request;
}

async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const body = subscriptionBody(this, 'updateFields');
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

const subscriptionFieldOptions: INodeProperties[] = [
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
		description: 'The QBD Connect customer the subscription belongs to',
	},
	{
		displayName: 'Date Created',
		name: 'dateCreated',
		type: 'dateTime',
		default: '',
		description: 'Sent as a date (YYYY-MM-DD)',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'The email address of the customer in Stripe',
	},
	{
		displayName: 'Price ID',
		name: 'priceId',
		type: 'string',
		default: '',
		placeholder: 'e.g. price_1NffrF',
		description: 'The line-item price ID for the subscription from Stripe',
	},
	{
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		default: '',
		placeholder: 'e.g. prod_NffrFeUf',
		description: 'The line-item product ID for the subscription from Stripe',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description: 'The number of QBD Connect instances',
	},
	{
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		default: '',
		placeholder: 'e.g. sub_1NffrF',
		description: 'The subscription ID from Stripe',
	},
	{
		displayName: 'Subscription Item ID',
		name: 'subscriptionItemId',
		type: 'string',
		default: '',
		placeholder: 'e.g. si_NffrF',
		description: 'The line-item ID for the subscription from Stripe',
	},
];

export const subscriptionOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['subscription'] } },
		default: 'get',
		options: [
			{
				name: 'Checkout',
				value: 'checkout',
				action: 'Start a subscription checkout',
				description: 'Start a checkout and return the checkout page URL (the answer\'s Location header)',
				routing: {
					request: {
						method: 'POST',
						url: '/subscriptions/checkout',
						// the URL is in the Location header of the answer, not behind it
						disableFollowRedirect: true,
					},
					send: { preSend: [jsonBody('jsonBody', 'Body (JSON)')] },
					output: { postReceive: [handleApiResponse, checkoutLocation] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a subscription',
				routing: {
					request: { method: 'POST', url: '/subscriptions' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a subscription',
				routing: {
					request: { method: 'GET', url: '=/subscriptions/{{encodeURIComponent($parameter.subscriptionId.trim())}}' },
					send: { preSend: [validate(checkSubscriptionId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a subscription',
				routing: {
					request: { method: 'PUT', url: '=/subscriptions/{{encodeURIComponent($parameter.subscriptionId.trim())}}' },
					send: { preSend: [validate(checkSubscriptionId), updateBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const subscriptionFields: INodeProperties[] = [
	{
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. sub_1NffrF',
		displayOptions: { show: show('get', 'update') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: subscriptionFieldOptions,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: subscriptionFieldOptions,
	},
	slaCollection(show('create', 'update')),
	jsonBodyField(
		show('checkout'),
		'The checkout request as JSON (the API documents no fields; typically the customer, price and quantity)',
	),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(subscriptionOperations, subscriptionFields);
