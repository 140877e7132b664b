import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { somethingToUpdate } from '../../../shared/bodyRules';
import { invalidField, readParameter } from '../../../shared/checks';
import { operationsProperty } from '../../../shared/operations';
import { checkRows, checkTags, withoutTagsOption } from '../../common';
import { qbench } from '../../transport';
import { customerFields } from './fields';

export { customerFields };

const contactRows = (parameter: string, label: string) =>
	checkRows({ parameter, rows: ['contacts', 'contact'], id: 'contactId', label: `${label} › Contacts › Contact`, idLabel: 'Contact ID' });

/** Update rules that span its fields: a name that is not blank, one way to set contacts (something to change: the row's body rule). */
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
	return request;
}

export const customerOperations = operationsProperty(qbench, {
	resource: 'customer',
	// tags are a list of texts (checkTags); the described check reads a text field as one value
	fields: withoutTagsOption(customerFields),
	default: 'get',
	rows: [
		{ value: 'addContacts', name: 'Add Contacts', method: 'POST', path: '/customer/contacts/add', bodyIds: { customerId: 'id' },
			checks: [checkRows({ parameter: 'customerAddContacts', rows: ['contact'], id: 'contactId', label: 'Contacts to Add › Contact', idLabel: 'Contact ID', emptyProblem: 'add at least one contact' })],
			action: 'Add contacts to a customer', description: 'Link existing contacts to a customer, each with its email and portal settings' },
		{ value: 'create', name: 'Create', method: 'POST', path: '/customer',
			checks: [checkTags('customerFields', 'Additional Fields'), contactRows('customerFields', 'Additional Fields')],
			action: 'Create a customer', description: 'Create a customer, optionally linking existing contacts; returns the ID QBench gave it' },
		{ value: 'delete', name: 'Delete', method: 'DELETE', path: '/customer/{customerId}',
			action: 'Delete a customer', description: 'Delete a customer by ID' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/customer/{customerId}',
			action: 'Get a customer', description: 'Get one customer by ID: its name, address, phone, fax, comments and tags' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/customer', list: 'paged',
			action: 'Get many customers', description: 'List customers, one item per customer (all of them, or up to Limit)' },
		{ value: 'removeContact', name: 'Remove Contact', method: 'POST', path: '/customer/contact/remove',
			bodyIds: { customerId: 'id', customerContactId: 'contact_id' },
			action: 'Remove a contact from a customer', description: 'Unlink one contact from a customer (the contact itself stays)' },
		{ value: 'update', name: 'Update', method: 'PUT', path: '/customer/{customerId}',
			checks: [checkTags('customerUpdateFields', 'Update Fields'), contactRows('customerUpdateFields', 'Update Fields'), checkUpdate], bodyRule: [somethingToUpdate()],
			action: 'Update a customer', description: 'Change the fields set in Update Fields (contacts replace the whole list)' },
	],
});
