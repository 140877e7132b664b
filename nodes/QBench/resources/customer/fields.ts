import type { INodeProperties } from 'n8n-workflow';

import { bodyText, collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { customerPicker } from '../../common';

const resource = ['customer'];
const show = (...operation: string[]) => ({ resource, operation });

/** The contact rows of Create and Update: an existing contact's ID and, optionally, new details for it. */
const contactRows: INodeProperties = {
	displayName: 'Contacts',
	name: 'contacts',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Contact',
	default: {},
	options: [
		{
			displayName: 'Contact',
			name: 'contact',
			values: [
				{
					displayName: 'Contact ID',
					name: 'contactId',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. 7',
					description: 'The numeric ID of a contact that already exists in QBench',
				},
				{
					displayName: 'Email Address',
					name: 'emailAddress',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: "New email address for the contact; leave empty to keep the contact's own",
				},
				{
					displayName: 'First Name',
					name: 'firstName',
					type: 'string',
					default: '',
					description: "New first name for the contact; leave empty to keep the contact's own",
				},
				{
					displayName: 'Last Name',
					name: 'lastName',
					type: 'string',
					default: '',
					description: "New last name for the contact; leave empty to keep the contact's own",
				},
			],
		},
	],
	// QBench takes a list of contacts, each with its ID; empty details are left out so they stay as they are
	routing: {
		send: {
			type: 'body',
			property: 'contacts',
			value:
				'={{ ($value.contact || []).map(row => ({ id: Number(row.contactId), first_name: row.firstName || undefined, last_name: row.lastName || undefined, email_address: row.emailAddress || undefined })) }}',
		},
	},
};

/** The customer record's own fields, as optional fields of Create and Update. */
const recordFields: INodeProperties[] = [
	bodyText('Address', 'address', 'address'),
	bodyText('Comments', 'comments', 'comments', { typeOptions: { rows: 3 } }),
	bodyText('Fax', 'fax', 'fax'),
	bodyText('Phone', 'phone', 'phone'),
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
		default: [],
		description: 'The customer\'s tags, one per entry (a tag may contain a comma); on Update they replace the current tags',
		// blank entries are dropped; an entry mapped to a list adds each of its tags
		routing: {
			send: {
				type: 'body',
				property: 'tags',
				value: '={{ [].concat($value).flat().map(tag => String(tag).trim()).filter(tag => tag !== "") }}',
			},
		},
	},
];

export const customerFields: INodeProperties[] = [
	customerPicker(
		'customerId',
		show('get', 'update', 'delete', 'addContacts', 'removeContact'),
		'The QBench customer, picked from the list or given by its numeric ID',
	),
	...listProperties('customer', { paged: true }),
	bodyText('Customer Name', 'customerName', 'customer_name', { required: true, description: 'The name of the new customer', displayOptions: { show: show('create') } }),
	collection('Additional Fields', 'customerFields', { show: show('create') }, [
		...recordFields.slice(0, 2),
		{ ...contactRows, description: 'Existing QBench contacts to link to the new customer' },
		...recordFields.slice(2),
	]),
	collection('Update Fields', 'customerUpdateFields', { show: show('update') }, [
		...recordFields.slice(0, 2),
		{
			...contactRows,
			description:
				"Replaces the customer's whole contact list with these existing contacts (to unlink every contact, use Remove All Contacts)",
		},
		bodyText('Customer Name', 'customerName', 'customer_name', { description: 'The new name; QBench does not accept an empty one' }),
		...recordFields.slice(2, 4),
		{
			displayName: 'Remove All Contacts',
			name: 'removeAllContacts',
			type: 'boolean',
			default: true,
			description: 'Whether to unlink every contact from the customer (sends an empty contact list)',
			routing: { send: { type: 'body', property: 'contacts', value: '={{ $value === true ? [] : undefined }}' } },
		},
		...recordFields.slice(4),
	]),
	{
		displayName: 'Contacts to Add',
		name: 'customerAddContacts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact',
		default: {},
		required: true,
		description: 'Existing QBench contacts to link to the customer, each with its email and portal settings',
		displayOptions: { show: show('addContacts') },
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{ ...(contactRows.options![0] as { values: INodeProperties[] }).values[0] },
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
		// QBench keys the contacts object by contact ID: {"7": {"receive_email": true, …}}
		routing: {
			send: {
				type: 'body',
				property: 'contacts',
				value:
					'={{ Object.fromEntries(($value.contact || []).map(row => [String(Number(row.contactId)), { receive_email: row.receiveEmail === true, receive_invoice_email: row.receiveInvoiceEmail === true, portal_user: row.portalUser === true }])) }}',
			},
		},
	},
	{
		displayName: 'Contact ID',
		name: 'customerContactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7',
		description: 'The numeric ID of the contact to unlink from the customer',
		displayOptions: { show: show('removeContact') },
	},
];
