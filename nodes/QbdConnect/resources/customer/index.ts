import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { compact, guardOperations, invalidField, requiredText, validate } from '../../../shared/validation';
import { customerLocator, pathId, pickedRange, textParameter } from '../../GenericFunctions';
import { showFor } from '../common';

const show = showFor('customer');
const checkCustomerId = pathId('customerId', 'Customer');

interface AddressValues {
	street1?: string;
	street2?: string;
	city?: string;
	state?: string;
	postalCode?: string;
}

function addressBody(context: IExecuteSingleFunctions): IDataObject | undefined {
	const { values } = context.getNodeParameter('address', {}) as { values?: AddressValues };
	if (!values) return undefined;
	const address = compact({
		street1: values.street1?.trim(),
		street2: values.street2?.trim(),
		city: values.city?.trim(),
		state: values.state?.trim().toUpperCase(),
		postalCode: values.postalCode?.trim(),
	});
	for (const [key, label] of [
		['street1', 'Street 1'],
		['city', 'City'],
		['state', 'State'],
		['postalCode', 'Postal Code'],
	]) {
		if (!address[key]) throw invalidField(context, `Address › ${label}`, 'it is required when an address is given');
	}
	if (String(address.state).length > 2) throw invalidField(context, 'Address › State', 'use the 2-letter code, e.g. "TX"');
	if (String(address.postalCode).length > 10) throw invalidField(context, 'Address › Postal Code', 'at most 10 characters');
	return address;
}

function instancesBody(context: IExecuteSingleFunctions, raw: unknown): IDataObject[] | undefined {
	if (raw === undefined || raw === '') return undefined;
	let value = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw);
		} catch {
			throw invalidField(context, 'QBD Instances (JSON)', 'it is not valid JSON');
		}
	}
	if (!Array.isArray(value) || value.some((entry) => !entry || typeof entry !== 'object' || Array.isArray(entry))) {
		throw invalidField(context, 'QBD Instances (JSON)', 'it must be a JSON list of instance objects');
	}
	return value as IDataObject[];
}

/** The Customer schema: primaryBillingContact.email is the one required field. */
async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const email = textParameter(this, 'email');
	if (!email) throw invalidField(this, 'Billing Contact Email', 'it is required and cannot be empty');
	if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw invalidField(this, 'Billing Contact Email', `"${email}" is not an email address`);
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const address = addressBody(this);
	const qbdInstances = instancesBody(this, fields.qbdInstances);
	request.body = {
		...compact({
			id: fields.id as string | undefined,
			organizationId: fields.organizationId as string | undefined,
			gatewayCustomerId: fields.gatewayCustomerId as string | undefined,
			subscriptionId: fields.subscriptionId as string | undefined,
			name: fields.name as string | undefined,
		}),
		...(address ? { address } : {}),
		primaryBillingContact: compact({
			firstName: fields.firstName as string | undefined,
			lastName: fields.lastName as string | undefined,
			email,
			phone: fields.phone as string | undefined,
		}),
		...(qbdInstances ? { qbdInstances } : {}),
	};
	return request;
}

/** The stats range from the two date pickers, as JSON date-times. */
async function statsRange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const [begin, end] = pickedRange(this, { name: 'begin', field: 'Begin' }, { name: 'end', field: 'End' });
	request.qs = { ...(request.qs ?? {}), begin, end };
	return request;
}

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
				routing: {
					request: { method: 'POST', url: '/customers' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				routing: {
					request: { method: 'GET', url: '=/customers/{{encodeURIComponent($parameter.customerId)}}' },
					send: { preSend: [validate(checkCustomerId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get by Gateway ID',
				value: 'getByGatewayId',
				action: 'Get a customer by gateway ID',
				description: 'Look a customer up by its payment gateway (Stripe) customer ID',
				routing: {
					request: {
						method: 'GET',
						url: '/customers',
						qs: { gatewayCustomerId: '={{$parameter.gatewayCustomerId.trim()}}' },
					},
					send: { preSend: [validate(requiredText('gatewayCustomerId', 'Gateway Customer ID'))] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Stats',
				value: 'getStats',
				action: 'Get statistics of a customer',
				description: 'Get the statistics of a customer for a time range',
				routing: {
					request: { method: 'GET', url: '=/customers/{{encodeURIComponent($parameter.customerId)}}/stats' },
					send: { preSend: [validate(checkCustomerId), statsRange] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const customerFields: INodeProperties[] = [
	customerLocator(show('get', 'getStats')),
	{
		displayName: 'Gateway Customer ID',
		name: 'gatewayCustomerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. cus_NffrFeUfNV2Hib',
		description: 'The ID of the customer account with the payment provider (Stripe IDs start with cus_)',
		displayOptions: { show: show('getByGatewayId') },
	},
	{
		displayName: 'Begin',
		name: 'begin',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the time range',
		displayOptions: { show: show('getStats') },
	},
	{
		displayName: 'End',
		name: 'end',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the time range',
		displayOptions: { show: show('getStats') },
	},
	{
		displayName: 'Billing Contact Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Email of the primary billing contact (the person who signed up for QBD Connect)',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
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
			},
			{
				displayName: 'Billing Contact Last Name',
				name: 'lastName',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Billing Contact Phone',
				name: 'phone',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Customer ID',
				name: 'id',
				type: 'string',
				default: '',
				description: 'The ID for the QBD Connect client, which is the same as the user ID',
			},
			{
				displayName: 'Gateway Customer ID',
				name: 'gatewayCustomerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. cus_NffrFeUfNV2Hib',
				description: 'The customer ID from Stripe',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The name of the client',
			},
			{
				displayName: 'Organization ID',
				name: 'organizationId',
				type: 'string',
				default: '',
				description: 'The organization ID from Insightly',
			},
			{
				displayName: 'QBD Instances (JSON)',
				name: 'qbdInstances',
				type: 'json',
				default: '[]',
				description:
					'The QBD instances of the customer, a list of instance objects (name, customerId, contact {firstName, lastName, email}, …)',
			},
			{
				displayName: 'Subscription ID',
				name: 'subscriptionId',
				type: 'string',
				default: '',
				description: 'The subscription ID from Stripe',
			},
		],
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'fixedCollection',
		placeholder: 'Add Address',
		default: {},
		description: 'The address of the customer',
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Address',
				name: 'values',
				values: [
					{ displayName: 'Street 1', name: 'street1', type: 'string', default: '', required: true },
					{ displayName: 'Street 2', name: 'street2', type: 'string', default: '' },
					{ displayName: 'City', name: 'city', type: 'string', default: '', required: true },
					{
						displayName: 'State',
						name: 'state',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. TX',
						description: 'Two-letter state code',
					},
					{
						displayName: 'Postal Code',
						name: 'postalCode',
						type: 'string',
						default: '',
						required: true,
						description: 'At most 10 characters',
					},
				],
			},
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(customerOperations, customerFields);
