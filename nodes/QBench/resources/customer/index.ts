import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, isNumericId, numericId, validate } from '../../../shared/validation';
import { checkCustomerId, customerLocator, paginateCustomers } from '../../GenericFunctions';

const resource = ['customer'];
const show = (...operation: string[]) => ({ resource, operation });

interface ContactEntry {
	id?: number | string;
	firstName?: string;
	lastName?: string;
	emailAddress?: string;
}

interface ContactFlagsEntry {
	contactId?: number | string;
	receiveEmail?: boolean;
	receiveInvoiceEmail?: boolean;
	portalUser?: boolean;
}

function tagList(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((tag) => tag.trim())
		.filter((tag) => tag !== '');
}

/** The customer fields of create/update as the API names them; tags as a list. */
function customerBody(fields: IDataObject): IDataObject {
	return compact({
		customer_name: fields.customerName as string | undefined,
		address: fields.address as string | undefined,
		phone: fields.phone as string | undefined,
		fax: fields.fax as string | undefined,
		comments: fields.comments as string | undefined,
		tags: fields.tags === undefined ? undefined : tagList(fields.tags),
	});
}

/** The "Contacts" fixed collection as the API's `contacts` list (each contact must exist). */
function contactsBody(context: IExecuteSingleFunctions): IDataObject[] | undefined {
	const entries = (context.getNodeParameter('contacts.contact', []) as ContactEntry[]) ?? [];
	if (entries.length === 0) return undefined;
	return entries.map((entry, index) => {
		if (!isNumericId(entry.id)) {
			throw invalidField(context, `Contacts › Contact ${index + 1} › Contact ID`, `"${String(entry.id ?? '')}" is not a numeric ID`);
		}
		return compact({
			id: Number(entry.id),
			first_name: entry.firstName,
			last_name: entry.lastName,
			email_address: entry.emailAddress,
		});
	});
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const name = String(this.getNodeParameter('customerName', '')).trim();
	if (!name) throw invalidField(this, 'Customer Name', 'it is required and cannot be empty');
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const contacts = contactsBody(this);
	request.body = { ...customerBody({ ...fields, customerName: name }), ...(contacts ? { contacts } : {}) };
	return request;
}

async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (fields.customerName !== undefined && String(fields.customerName).trim() === '') {
		throw invalidField(this, 'Customer Name', 'QBench does not accept an empty name; remove the field to keep the current one');
	}
	const contacts = contactsBody(this);
	const body = { ...customerBody(fields), ...(contacts ? { contacts } : {}) };
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

async function addContactsBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const entries = (this.getNodeParameter('contactFlags.contact', []) as ContactFlagsEntry[]) ?? [];
	if (entries.length === 0) throw invalidField(this, 'Contacts', 'add at least one contact');
	const contacts: IDataObject = {};
	entries.forEach((entry, index) => {
		if (!isNumericId(entry.contactId)) {
			throw invalidField(this, `Contacts › Contact ${index + 1} › Contact ID`, `"${String(entry.contactId ?? '')}" is not a numeric ID`);
		}
		// the API keys the contacts object by contact id
		contacts[String(Number(entry.contactId))] = {
			receive_email: entry.receiveEmail ?? false,
			receive_invoice_email: entry.receiveInvoiceEmail ?? false,
			portal_user: entry.portalUser ?? false,
		};
	});
	request.body = { id: Number(this.getNodeParameter('customerId', undefined, { extractValue: true })), contacts };
	return request;
}

const customerFieldOptions: INodeProperties[] = [
	{ displayName: 'Address', name: 'address', type: 'string', default: '' },
	{ displayName: 'Comments', name: 'comments', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Fax', name: 'fax', type: 'string', default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		description: 'Comma-separated tags, e.g. "wholesale, priority"',
	},
];

const contactsCollection = (operation: string, description: string): INodeProperties => ({
	displayName: 'Contacts',
	name: 'contacts',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Contact',
	default: {},
	description,
	displayOptions: { show: show(operation) },
	options: [
		{
			displayName: 'Contact',
			name: 'contact',
			values: [
				{
					displayName: 'Contact ID',
					name: 'id',
					type: 'number',
					default: 0,
					required: true,
					description: 'ID of an existing QBench contact',
				},
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
				{
					displayName: 'Email Address',
					name: 'emailAddress',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
			],
		},
	],
});

export const customerOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource } },
		default: 'get',
		options: [
			{
				name: 'Add Contacts',
				value: 'addContacts',
				action: 'Add contacts to a customer',
				description: 'Link existing contacts to a customer, with their email and portal flags',
				routing: {
					request: { method: 'POST', url: '/customer/contacts/add' },
					send: { preSend: [validate(checkCustomerId), addContactsBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a customer',
				routing: {
					request: { method: 'POST', url: '/customer' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a customer',
				routing: {
					request: { method: 'DELETE', url: '=/customer/{{$parameter.customerId}}' },
					send: { preSend: [validate(checkCustomerId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				routing: {
					request: { method: 'GET', url: '=/customer/{{$parameter.customerId}}' },
					send: { preSend: [validate(checkCustomerId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				routing: {
					request: { method: 'GET', url: '/customer' },
					send: { paginate: true },
					operations: { pagination: paginateCustomers },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Remove Contact',
				value: 'removeContact',
				action: 'Remove a contact from a customer',
				routing: {
					request: {
						method: 'POST',
						url: '/customer/contact/remove',
						body: {
							id: '={{ Number($parameter.customerId) }}',
							contact_id: '={{ Number($parameter.contactId) }}',
						},
					},
					send: { preSend: [validate(checkCustomerId, numericId('contactId', 'Contact ID'))] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a customer',
				routing: {
					request: { method: 'PUT', url: '=/customer/{{$parameter.customerId}}' },
					send: { preSend: [validate(checkCustomerId), updateBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];

export const customerFields: INodeProperties[] = [
	customerLocator(show('get', 'update', 'delete', 'addContacts', 'removeContact')),
	...listFields('customer', 'getAll'),
	{
		displayName: 'Customer Name',
		name: 'customerName',
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
		options: customerFieldOptions,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: [
			{ displayName: 'Customer Name', name: 'customerName', type: 'string', default: '' },
			...customerFieldOptions,
		],
	},
	contactsCollection('create', 'Existing QBench contacts to link to the new customer'),
	contactsCollection(
		'update',
		'Replaces the customer\'s whole contact list with these existing contacts; leave empty to keep the current list',
	),
	{
		displayName: 'Contacts',
		name: 'contactFlags',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact',
		default: {},
		required: true,
		displayOptions: { show: show('addContacts') },
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{
						displayName: 'Contact ID',
						name: 'contactId',
						type: 'number',
						default: 0,
						required: true,
						description: 'ID of an existing QBench contact',
					},
					{
						displayName: 'Portal User',
						name: 'portalUser',
						type: 'boolean',
						default: false,
						description: 'Whether the contact may log in to the customer portal',
					},
					{
						displayName: 'Receive Email',
						name: 'receiveEmail',
						type: 'boolean',
						default: false,
						description: 'Whether the contact receives emails (reports, notifications)',
					},
					{
						displayName: 'Receive Invoice Email',
						name: 'receiveInvoiceEmail',
						type: 'boolean',
						default: false,
						description: 'Whether the contact receives invoice emails',
					},
				],
			},
		],
	},
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7',
		description: 'ID of the contact to remove from the customer',
		displayOptions: { show: show('removeContact') },
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(customerOperations, customerFields);
