import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl, invalidField, numericId, readParameter } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { checkRows, checkTags, withoutField, withoutTagsOption } from '../../common';
import { paginateCustomers } from '../../transport';
import { customerFields } from './fields';

export { customerFields };

const resource = ['customer'];

/** the described fields; the customer picker has its own check (on the URL where it is in it), the tags too */
const checkInput = checkFields(withoutField(withoutTagsOption(customerFields), 'customerId'));
const checkCustomerId = numericId('customerId', 'Customer');
const customerInUrl = idInUrl('customerId', 'Customer');
const contactRows = (parameter: string, label: string) =>
	checkRows({ parameter, rows: ['contacts', 'contact'], id: 'contactId', label: `${label} › Contacts › Contact`, idLabel: 'Contact ID' });

/** Update rules that span its fields: something to change, a name that is not blank, one way to set contacts. */
async function checkUpdate(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	// which fields were added, as saved (reading the collection would evaluate its expressions again)
	const fields = (this.getNode().parameters.customerUpdateFields ?? {}) as IDataObject;
	const rows = ((fields.contacts as IDataObject | undefined)?.contact as unknown[] | undefined) ?? [];
	if (fields.contacts !== undefined && readParameter(this, 'customerUpdateFields.removeAllContacts') === true)
		throw invalidField(this, 'Update Fields › Contacts', 'use either Contacts or Remove All Contacts, not both');
	if (fields.contacts !== undefined && rows.length === 0)
		throw invalidField(this, 'Update Fields › Contacts', 'add at least one contact (to unlink every contact, use Remove All Contacts)');
	const body = (request.body ?? {}) as IDataObject;
	if (body.customer_name !== undefined && String(body.customer_name).trim() === '')
		throw invalidField(this, 'Customer Name', 'QBench does not accept an empty name; remove the field to keep the current one');
	if (Object.values(body).every((value) => value === undefined))
		throw invalidField(this, 'Update Fields', 'set at least one field to update');
	return request;
}

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
				description: 'Link existing contacts to a customer, each with its email and portal settings; returns { success: true }',
				routing: {
					request: { method: 'POST', url: '/customer/contacts/add', body: { id: '={{ Number($parameter.customerId) }}' } },
					send: {
						preSend: [
							checkCustomerId,
							checkInput,
							checkRows({ parameter: 'customerAddContacts', rows: ['contact'], id: 'contactId', label: 'Contacts to Add › Contact', idLabel: 'Contact ID', emptyProblem: 'add at least one contact' }),
						],
					},
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a customer',
				description: 'Create a customer, optionally linking existing contacts; returns the ID QBench gave it',
				routing: {
					request: { method: 'POST', url: '/customer' },
					send: { preSend: [checkInput, checkTags('customerFields', 'Additional Fields'), contactRows('customerFields', 'Additional Fields')] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a customer',
				description: 'Delete a customer by ID; returns { success: true }',
				routing: {
					request: { method: 'DELETE', url: '/customer/{{customerId}}' },
					send: { preSend: [customerInUrl, checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				description: 'Get one customer by ID: its name, address, phone, fax, comments and tags',
				routing: {
					request: { method: 'GET', url: '/customer/{{customerId}}' },
					send: { preSend: [customerInUrl, checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				description: 'List customers, one item per customer (all of them, or up to Limit)',
				routing: {
					request: { method: 'GET', url: '/customer' },
					send: { paginate: true, preSend: [checkInput] },
					operations: { pagination: paginateCustomers },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Remove Contact',
				value: 'removeContact',
				action: 'Remove a contact from a customer',
				description: 'Unlink one contact from a customer (the contact itself stays); returns { success: true }',
				routing: {
					request: { method: 'POST', url: '/customer/contact/remove', body: { id: '={{ Number($parameter.customerId) }}' } },
					send: { preSend: [checkCustomerId, numericId('customerContactId', 'Contact ID'), checkInput] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a customer',
				description: 'Change the fields set in Update Fields (contacts replace the whole list); returns { success: true }',
				routing: {
					request: { method: 'PUT', url: '/customer/{{customerId}}' },
					send: {
						preSend: [
							customerInUrl,
							checkInput,
							checkTags('customerUpdateFields', 'Update Fields'),
							contactRows('customerUpdateFields', 'Update Fields'),
							checkUpdate,
						],
					},
					output: { postReceive: [handleApiResponse] },
				},
			},
		],
	},
];
