import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { emailAt, notEmptied, numbersAt, somethingToUpdate } from '../../../shared/bodyRules';
import { email, idList, invalidField } from '../../../shared/checks';
import { bodyAt, bodyText, collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { statusOptions, tidyBody } from '../../common';
import { ROLES } from '../../referenceData';
import { qebot } from '../../transport';

const resource = ['user'];
const show = (...operation: string[]) => ({ resource, operation });
const create = { show: show('create') };

const roleProperty: INodeProperties = {
	displayName: 'Role',
	name: 'roleId',
	type: 'options',
	options: ROLES,
	default: 4,
	description: 'What the user may do in Qebot: Corporate Admin (2), Business Admin (3) or User (4)',
};

const usernameProperty: INodeProperties = {
	displayName: 'Username',
	name: 'username',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
	description: 'The user\'s email address, used to log in',
};

const passwordProperty: INodeProperties = {
	displayName: 'Password',
	name: 'password',
	type: 'string',
	typeOptions: { password: true },
	default: '',
};

export const userFields: INodeProperties[] = [
	resourceLocator({
		name: 'userId',
		displayName: 'User',
		searchListMethod: 'searchUsers',
		show: show('get', 'update', 'delete'),
		description: 'The Qebot user: pick it from the list, or give its numeric ID',
	}),
	...listProperties('user', { paged: false }),
	bodyText('First Name', 'userFirstName', 'first_name', { required: true, displayOptions: create }),
	bodyText('Last Name', 'userLastName', 'last_name', { required: true, displayOptions: create }),
	{ ...usernameProperty, name: 'userUsername', required: true, displayOptions: create, routing: bodyAt('username') },
	{ ...passwordProperty, name: 'userPassword', required: true, displayOptions: create, routing: bodyAt('password') },
	{ ...roleProperty, name: 'userRoleId', required: true, displayOptions: create, routing: bodyAt('role_id') },
	collection('Additional Fields', 'userFields', create, [
		{
			displayName: 'Brand Names or IDs',
			name: 'brandIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getBrands' },
			default: [],
			description:
				'Brands the user can access. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: bodyAt('brand_ids'),
		},
		{
			displayName: 'Business Names or IDs',
			name: 'businessIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getBusinesses' },
			default: [],
			description:
				'Businesses the user can access. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: bodyAt('business_ids'),
		},
		{ displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active', routing: bodyAt('status') },
	]),
	collection('Update Fields', 'userUpdateFields', { show: show('update') }, [
		bodyText('First Name', 'firstName', 'first_name'),
		bodyText('Last Name', 'lastName', 'last_name'),
		{ ...passwordProperty, routing: bodyAt('password') },
		// not in the doc's table, but its curl example sends role_id
		{ ...roleProperty, routing: bodyAt('role_id') },
		{ displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active', routing: bodyAt('status') },
		{ ...usernameProperty, routing: bodyAt('username') },
	]),
];

/** Roles a user may be given: 2 Corporate Admin, 3 Business Admin, 4 User (1 is not assignable). */
const ASSIGNABLE_ROLES = ROLES.map((role) => Number(role.value)).sort((a, b) => a - b);

/**
 * The body as the doc wants it: role_id one of the assignable roles, brand and business ids as
 * lists of numbers (a list mapped by expression may also come as "3, 4").
 */
async function rolesAndIdLists(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const data = request.body as IDataObject;
	if (data.role_id !== undefined && !ASSIGNABLE_ROLES.includes(Number(data.role_id))) {
		throw invalidField(this, 'Role', `${String(data.role_id)} is not a role a user can be given (use ${ASSIGNABLE_ROLES.join(', ')})`);
	}
	for (const [key, label] of [['brand_ids', 'Brands'], ['business_ids', 'Businesses']]) {
		if (data[key] !== undefined) data[key] = idList(this, data[key], label);
	}
	return request;
}

export const userOperations = operationsProperty(qebot, {
	resource: 'user', fields: userFields, default: 'getAll',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/users', root: 'users', hide: ['userPassword'],
			checks: [email('userUsername', 'Username')], bodyRule: [tidyBody, numbersAt('role_id'), rolesAndIdLists],
			action: 'Create a user', description: 'Create a Qebot user with a role and the brands and businesses it can access; returns the new user' },
		{ value: 'delete', name: 'Delete', method: 'DELETE', path: '/users/{userId}',
			action: 'Delete a user', description: 'Delete a user by ID' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/users/{userId}', root: 'users',
			action: 'Get a user', description: 'Get one user by ID, with its role (never its password)' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/users', list: 'whole', root: 'users',
			action: 'Get many users', description: 'List the users the account can access, one item per user' },
		{ value: 'update', name: 'Update', method: 'PATCH', path: '/users/{userId}', root: 'users', hide: ['userUpdateFields.password'],
			checks: [notEmptied({ first_name: 'First Name', last_name: 'Last Name', username: 'Username', password: 'Password' }), emailAt('username', 'Username')],
			bodyRule: [tidyBody, numbersAt('role_id'), rolesAndIdLists, somethingToUpdate()],
			action: 'Update a user', description: 'Change only the fields you set; returns the updated user' },
	],
});
