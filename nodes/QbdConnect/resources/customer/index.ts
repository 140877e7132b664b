import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl, invalidField, parameterValue } from '../../../shared/checks';
import { sendDate, toDateTime } from '../../../shared/dates';
import { handleApiResponse } from '../../../shared/errors';
import { customerLocator, dropBlankFields, maxLength, sendInstanceList, showFor } from '../../common';

const show = showFor('customer');
const customerInUrl = idInUrl('customerId', 'Customer', 'text');

/** The stats range: the end may not precede the begin (the conversion itself is the fields'). */
async function checkRange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const zone = this.getTimezone();
	const begin = toDateTime(parameterValue(this, 'begin'), zone);
	const end = toDateTime(parameterValue(this, 'end'), zone);
	if (begin && end && end < begin) throw invalidField(this, 'End', 'it is before "Begin"');
	return request;
}

const addressValue = (displayName: string, name: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	routing: { send: { type: 'body', property: `address.${name}`, value: '={{ String($value ?? "").trim() || undefined }}' } },
	...extra,
});

export const customerFields: INodeProperties[] = [
	customerLocator('customerId', show('get', 'getStats'), 'The customer to read'),
	{
		displayName: 'Gateway Customer ID',
		name: 'gatewayCustomerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. cus_NffrFeUfNV2Hib',
		description: 'The ID of the customer account with the payment provider (Stripe IDs start with cus_)',
		displayOptions: { show: show('getByGatewayId') },
		routing: { send: { type: 'query', property: 'gatewayCustomerId', value: '={{ String($value ?? "").trim() }}' } },
	},
	{
		displayName: 'Begin',
		name: 'begin',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the time range; a date without a time zone is read in the workflow\'s time zone',
		displayOptions: { show: show('getStats') },
		routing: { send: sendDate({ parameter: 'begin', label: 'Begin', type: 'query', property: 'begin', format: 'instant' }) },
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the time range, not before Begin',
		displayOptions: { show: show('getStats') },
		routing: { send: sendDate({ parameter: 'end', label: 'End', type: 'query', property: 'end', format: 'instant' }) },
	},
	{
		displayName: 'Billing Contact Email',
		name: 'customerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Email of the primary billing contact (the person who signed up for QBD Connect)',
		displayOptions: { show: show('create') },
		routing: {
			send: {
				type: 'body',
				property: 'primaryBillingContact.email',
				value: '={{ String($value ?? "").trim() }}',
			},
		},
	},
	{
		displayName: 'Additional Fields',
		name: 'customerFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Billing Contact First Name',
				name: 'firstName',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'primaryBillingContact.firstName' } },
			},
			{
				displayName: 'Billing Contact Last Name',
				name: 'lastName',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'primaryBillingContact.lastName' } },
			},
			{
				displayName: 'Billing Contact Phone',
				name: 'phone',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'primaryBillingContact.phone' } },
			},
			{
				displayName: 'Customer ID',
				name: 'id',
				type: 'string',
				default: '',
				description: 'The ID for the QBD Connect client, which is the same as the user ID',
				routing: { send: { type: 'body', property: 'id' } },
			},
			{
				displayName: 'Gateway Customer ID',
				name: 'gatewayCustomerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. cus_NffrFeUfNV2Hib',
				description: 'The customer ID from Stripe',
				routing: { send: { type: 'body', property: 'gatewayCustomerId' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The name of the client',
				routing: { send: { type: 'body', property: 'name' } },
			},
			{
				displayName: 'Organization ID',
				name: 'organizationId',
				type: 'string',
				default: '',
				description: 'The organization ID from Insightly',
				routing: { send: { type: 'body', property: 'organizationId' } },
			},
			{
				displayName: 'QBD Instances (JSON)',
				name: 'qbdInstances',
				type: 'json',
				default: '[]',
				description:
					'The QBD instances of the customer: a JSON list of instance objects, each with name, customerId and contact {firstName, lastName, email}; optional qbdPath, appUrl, frequencyInMinutes, fileId, validated, sla, dateCreated (YYYY-MM-DD)',
				routing: { send: { preSend: [sendInstanceList('customerFields.qbdInstances', 'Additional Fields › QBD Instances (JSON)')] } },
			},
			{
				displayName: 'Subscription ID',
				name: 'subscriptionId',
				type: 'string',
				default: '',
				description: 'The subscription ID from Stripe',
				routing: { send: { type: 'body', property: 'subscriptionId' } },
			},
		],
	},
	{
		displayName: 'Address',
		name: 'customerAddress',
		type: 'fixedCollection',
		placeholder: 'Add Address',
		default: {},
		description: 'The address of the customer; street 1, city, state and postal code are required once an address is given',
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Address',
				name: 'values',
				values: [
					addressValue('Street 1', 'street1', { required: true }),
					addressValue('Street 2', 'street2'),
					addressValue('City', 'city', { required: true }),
					addressValue('State', 'state', {
						required: true,
						placeholder: 'e.g. TX',
						description: 'Two-letter state code',
						routing: {
							send: {
								type: 'body',
								property: 'address.state',
								value: '={{ String($value ?? "").trim().toUpperCase() }}',
								preSend: [maxLength('customerAddress.values.state', 'Address › State', 2, 'TX')],
							},
						},
					}),
					addressValue('Postal Code', 'postalCode', {
						required: true,
						description: 'At most 10 characters',
						routing: {
							send: {
								type: 'body',
								property: 'address.postalCode',
								value: '={{ String($value ?? "").trim() }}',
								preSend: [maxLength('customerAddress.values.postalCode', 'Address › Postal Code', 10)],
							},
						},
					}),
				],
			},
		],
	},
];

const checkInput = checkFields(customerFields);

export const customerOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		default: 'get',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a customer',
				description: 'Create a QBD Connect customer from its billing contact; returns the created customer',
				routing: {
					request: { method: 'POST', url: '/customers' },
					send: { preSend: [checkInput, dropBlankFields] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				description: 'Get one customer by its QBD Connect ID; returns the customer with its billing contact and address',
				routing: {
					request: { method: 'GET', url: '/customers/{{customerId}}' },
					send: { preSend: [checkInput, customerInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get by Gateway ID',
				value: 'getByGatewayId',
				action: 'Get a customer by gateway ID',
				description: 'Look a customer up by its payment gateway (Stripe) customer ID; returns the customer',
				routing: {
					request: { method: 'GET', url: '/customers' },
					send: { preSend: [checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Stats',
				value: 'getStats',
				action: 'Get the statistics of a customer',
				description: 'Get the usage statistics of a customer for a time range; returns one statistics record',
				routing: {
					request: { method: 'GET', url: '/customers/{{customerId}}/stats' },
					send: { preSend: [checkInput, customerInUrl, checkRange] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];
