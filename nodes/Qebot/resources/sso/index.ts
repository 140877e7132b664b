import type { INodeProperties } from 'n8n-workflow';

import { email } from '../../../shared/checks';
import { bodyText } from '../../../shared/fields';
import { operationsProperty } from '../../../shared/operations';
import { qebot, returnUrlInsteadOfSending } from '../../transport';

const resource = ['sso'];
const show = (...operation: string[]) => ({ resource, operation });

/** A token goes in the URL's query, trimmed. */
const tokenInQuery: INodeProperties['routing'] = { send: { type: 'query', property: 'token', value: '={{ String($value).trim() }}' } };

export const ssoFields: INodeProperties[] = [
	bodyText('Username', 'ssoUsername', 'username', { required: true, placeholder: 'name@email.com', description: 'Username (email) of the user to authenticate', displayOptions: { show: show('createApiKey') } }),
	{
		displayName: 'Email',
		name: 'ssoEmail',
		type: 'string',
		required: true,
		placeholder: 'name@email.com',
		default: '',
		description: 'Email of the user to log in',
		displayOptions: { show: show('loginJwt') },
	},
	{
		displayName: 'Token',
		name: 'ssoToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: "The token from 'Create API Key'",
		displayOptions: { show: show('login', 'logout') },
		routing: tokenInQuery,
	},
	{
		displayName: 'Token',
		name: 'ssoJwt',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The JWT that authenticates the user',
		displayOptions: { show: show('loginJwt') },
		routing: tokenInQuery,
	},
];

/*
 * Log In, Log Out and JWT Log In are browser redirects (see returnUrlInsteadOfSending): their rows
 * state the real endpoint and the token query, and the node outputs `{ url }` built from it
 * instead of sending the request.
 */
export const ssoOperations = operationsProperty(qebot, {
	resource: 'sso', fields: ssoFields, default: 'createApiKey',
	rows: [
		{ value: 'createApiKey', name: 'Create API Key', method: 'POST', path: '/sso/apikey', checks: [email('ssoUsername', 'Username')],
			action: 'Create an SSO token for a user', description: "Get a one-time token that logs a user in through 'Get Log In URL'" },
		{ value: 'login', name: 'Get Log In URL', method: 'GET', path: '/sso/login', instead: returnUrlInsteadOfSending,
			action: 'Get the URL that logs a user in', description: 'Build the URL that opens the branded dashboard, logged in; outputs that URL to open in a browser and sends nothing' },
		{ value: 'loginJwt', name: 'Get Log In URL (JWT)', method: 'GET', path: '/sso/jwt/{ssoEmail}', textIds: ['ssoEmail'],
			checks: [email('ssoEmail', 'Email')], instead: returnUrlInsteadOfSending,
			action: 'Get the URL that logs a user in with a JWT', description: 'Build the URL that logs a user in by email with a JWT; outputs that URL to open in a browser and sends nothing' },
		{ value: 'logout', name: 'Get Log Out URL', method: 'GET', path: '/sso/logout', instead: returnUrlInsteadOfSending,
			action: 'Get the URL that logs a user out', description: 'Build the URL that logs the user out and shows the branded login screen; outputs that URL to open in a browser and sends nothing' },
	],
});
