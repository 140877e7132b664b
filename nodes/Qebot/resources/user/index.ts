import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, numericId, validate } from '../../../shared/validation';
import {
	checkEmail,
	checkInteger,
	limitResults,
	optionalIdList,
	recordLocator,
	requiredString,
	unwrap,
} from '../../GenericFunctions';
import { ROLES } from '../../referenceData';
import { statusOptions } from '../business';

const resource = ['user'];
const show = (...operation: string[]) => ({ resource, operation });

/** Roles a user may be given: 2 Corporate Admin, 3 Business Admin, 4 User (1 is not assignable). */
const ASSIGNABLE_ROLES = ROLES.map((role) => Number(role.value)).sort((a, b) => a - b);

function roleId(context: IExecuteSingleFunctions, value: unknown): number {
	const role = checkInteger(context, value, 'Role', 1, 99);
	if (!ASSIGNABLE_ROLES.includes(role)) {
		throw invalidField(context, 'Role', `${role} is not a role a user can be given (use ${ASSIGNABLE_ROLES.join(', ')})`);
	}
	return role;
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const password = String(this.getNodeParameter('password', '') ?? '');
	if (!password) throw invalidField(this, 'Password', 'it is required and cannot be empty');
	request.body = compact({
		first_name: requiredString(this, 'firstName', 'First Name'),
		last_name: requiredString(this, 'lastName', 'Last Name'),
		username: checkEmail(this, requiredString(this, 'username', 'Username'), 'Username'),
		password,
		role_id: roleId(this, this.getNodeParameter('roleId')),
		brand_ids: optionalIdList(this, extra.brandIds, 'Brands'),
		business_ids: optionalIdList(this, extra.businessIds, 'Businesses'),
		status: extra.status as string | undefined,
	});
	return request;
}

async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	for (const [key, label] of [['first_name', 'First Name'], ['last_name', 'Last Name'], ['username', 'Username'], ['password', 'Password']]) {
		if (fields[key] !== undefined && String(fields[key]).trim() === '') {
			throw invalidField(this, label, 'it cannot be empty; remove the field to keep the current value');
		}
	}
	const body = compact({
		first_name: typeof fields.first_name === 'string' ? fields.first_name.trim() : undefined,
		last_name: typeof fields.last_name === 'string' ? fields.last_name.trim() : undefined,
		username: fields.username === undefined ? undefined : checkEmail(this, fields.username, 'Username'),
		password: fields.password as string | undefined,
		status: fields.status as string | undefined,
		// not in the doc's table, but its curl example sends role_id
		role_id: fields.role_id === undefined ? undefined : roleId(this, fields.role_id),
	});
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

const checkUserId = numericId('userId', 'User');
const userUrl = '=/users/{{$parameter.userId}}';

export const userOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource } },
		default: 'getAll',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				routing: {
					request: { method: 'POST', url: '/users' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse, unwrap('users')] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user',
				routing: {
					request: { method: 'DELETE', url: userUrl },
					send: { preSend: [validate(checkUserId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				routing: {
					request: { method: 'GET', url: userUrl },
					send: { preSend: [validate(checkUserId)] },
					output: { postReceive: [handleApiResponse, unwrap('users')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				routing: {
					request: { method: 'GET', url: '/users' },
					output: { postReceive: [handleApiResponse, unwrap('users'), limitResults] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Change only the fields you set (PATCH)',
				routing: {
					request: { method: 'PATCH', url: userUrl },
					send: { preSend: [validate(checkUserId), updateBody] },
					output: { postReceive: [handleApiResponse, unwrap('users')] },
				},
			},
		],
	},
];

const roleField: INodeProperties = {
	displayName: 'Role',
	name: 'roleId',
	type: 'options',
	options: ROLES,
	default: 4,
	description: 'What the user may do in Qebot',
};

export const userFields: INodeProperties[] = [
	recordLocator({ name: 'userId', displayName: 'User', searchMethod: 'searchUsers', show: show('get', 'update', 'delete') }),
	...listFields('user', 'getAll'),
	{ displayName: 'First Name', name: 'firstName', type: 'string', required: true, default: '', displayOptions: { show: show('create') } },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', required: true, default: '', displayOptions: { show: show('create') } },
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		placeholder: 'name@email.com',
		default: '',
		description: 'The user\'s email address, used to log in',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: { show: show('create') },
	},
	{ ...roleField, required: true, displayOptions: { show: show('create') } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Brand Names or IDs',
				name: 'brandIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getBrands' },
				default: [],
				description:
					'Brands the user can access. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Business Names or IDs',
				name: 'businessIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getBusinesses' },
				default: [],
				description:
					'Businesses the user can access. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{ displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active' },
		],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: [
			{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
			},
			{ ...roleField, name: 'role_id' },
			{ displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active' },
			{
				displayName: 'Username',
				name: 'username',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'The user\'s email address, used to log in',
			},
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(userOperations, userFields);
