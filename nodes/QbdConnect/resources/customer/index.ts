import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { bodyText, collection } from '../../../shared/fields';
import { operationsProperty } from '../../../shared/operations';
import { simplified, simplifyProperties } from '../../../shared/simplify';
import { customerLocator, instantField, maxLength, sendInstanceList, showFor, timeRange } from '../../common';
import { qbd } from '../../transport';

const show = showFor('customer');

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
	instantField('Begin', 'begin', "Start of the time range; a date without a time zone is read in the workflow's time zone", show('getStats')),
	instantField('End', 'end', 'End of the time range, not before Begin', show('getStats')),
	{
		displayName: 'Billing Contact Email',
		name: 'customerEmail',
		type: 'string',
		placeholder: 'e.g. name@email.com',
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
	collection('Additional Fields', 'customerFields', { show: show('create') }, [
		bodyText('Billing Contact First Name', 'firstName', 'primaryBillingContact.firstName'),
		bodyText('Billing Contact Last Name', 'lastName', 'primaryBillingContact.lastName'),
		bodyText('Billing Contact Phone', 'phone', 'primaryBillingContact.phone'),
		bodyText('Customer ID', 'id', 'id', { description: 'The ID for the QBD Connect client, which is the same as the user ID' }),
		bodyText('Gateway Customer ID', 'gatewayCustomerId', 'gatewayCustomerId', { placeholder: 'e.g. cus_NffrFeUfNV2Hib', description: 'The customer ID from Stripe' }),
		bodyText('Name', 'name', 'name', { description: 'The name of the client' }),
		bodyText('Organization ID', 'organizationId', 'organizationId', { description: 'The organization ID from Insightly' }),
		{
			displayName: 'QBD Instances (JSON)',
			name: 'qbdInstances',
			type: 'json',
			default: '[]',
			description:
				'The QBD instances of the customer: a JSON list of instance objects, each with name, customerId and contact {firstName, lastName, email}; optional qbdPath, appUrl, frequencyInMinutes, fileId, validated, sla, dateCreated (YYYY-MM-DD)',
			routing: { send: { preSend: [sendInstanceList('customerFields.qbdInstances', 'Additional Fields › QBD Instances (JSON)')] } },
		},
		bodyText('Subscription ID', 'subscriptionId', 'subscriptionId', { description: 'The subscription ID from Stripe' }),
	]),
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
					addressValue('Zip Code', 'postalCode', {
						required: true,
						description: 'At most 10 characters',
						routing: {
							send: {
								type: 'body',
								property: 'address.postalCode',
								value: '={{ String($value ?? "").trim() }}',
								preSend: [maxLength('customerAddress.values.postalCode', 'Address › Zip Code', 10)],
							},
						},
					}),
				],
			},
		],
	},
	// after the data fields (n8n's UX guidelines)
	...simplifyProperties('customer', ['get', 'getByGatewayId']),
];

/** Simplify: a customer whose instances are named by ID and name only (a whole instance has 11 fields). */
const shortCustomer = simplified('customer', (record: IDataObject) => ({
	id: record.id,
	name: record.name,
	gatewayCustomerId: record.gatewayCustomerId,
	subscriptionId: record.subscriptionId,
	organizationId: record.organizationId,
	primaryBillingContact: record.primaryBillingContact,
	address: record.address,
	qbdInstances: Array.isArray(record.qbdInstances)
		? (record.qbdInstances as IDataObject[]).map((instance) => ({ instanceId: instance?.instanceId, name: instance?.name }))
		: undefined,
}));

export const customerOperations = operationsProperty(qbd, {
	resource: 'customer', fields: customerFields, default: 'get',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/customers',
			action: 'Create a customer', description: 'Create a QBD Connect customer from its billing contact; returns the created customer' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/customers/{customerId}', textIds: ['customerId'], shape: [shortCustomer],
			action: 'Get a customer', description: 'Get one customer by its QBD Connect ID; returns the customer with its billing contact and address' },
		{ value: 'getByGatewayId', name: 'Get by Gateway ID', method: 'GET', path: '/customers', shape: [shortCustomer],
			action: 'Get a customer by gateway ID', description: 'Look a customer up by its payment gateway (Stripe) customer ID; returns the customer' },
		{ value: 'getStats', name: 'Get Stats', method: 'GET', path: '/customers/{customerId}/stats', textIds: ['customerId'],
			checks: [timeRange({ parameter: 'begin', label: 'Begin' }, { parameter: 'end', label: 'End' })],
			action: 'Get the statistics of a customer', description: 'Get the usage statistics of a customer for a time range; returns one statistics record' },
	],
});
