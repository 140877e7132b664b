import type { INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { emailAddress, guardOperations, requiredText, type InputCheck, validate } from '../../../shared/validation';
import { checkEmail, returnUrlInsteadOfSending } from '../../GenericFunctions';

const resource = ['sso'];
const show = (...operation: string[]) => ({ resource, operation });

/**
 * Login, logout and JWT login are browser redirects (see returnUrlInsteadOfSending): their
 * routing states the real endpoint and the token query, and the node outputs `{ url }` built
 * from it instead of sending the request.
 */
function urlInsteadOfRequest(...checks: InputCheck[]) {
	return {
		send: { paginate: true, preSend: [validate(...checks)] },
		operations: { pagination: returnUrlInsteadOfSending },
	};
}

const checkToken = requiredText('token', 'Token');

export const ssoOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource } },
		default: 'createApiKey',
		options: [
			{
				name: 'Create API Key',
				value: 'createApiKey',
				action: 'Create an SSO token for a user',
				description: 'Get a token that logs a user in through the Log In URL',
				routing: {
					request: { method: 'POST', url: '/sso/apikey', body: { username: '={{$parameter.username.trim()}}' } },
					send: { preSend: [validate(requiredText('username', 'Username'), emailAddress('username', 'Username'))] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Log In URL',
				value: 'login',
				action: 'Get the URL that logs a user in',
				description: 'Build the URL that opens the branded dashboard, logged in (nothing is sent)',
				routing: {
					request: { method: 'GET', url: '/sso/login', qs: { token: '={{$parameter.token.trim()}}' } },
					...urlInsteadOfRequest(checkToken),
				},
			},
			{
				name: 'Get Log In URL (JWT)',
				value: 'loginJwt',
				action: 'Get the URL that logs a user in with a JWT',
				description: 'Build the URL that logs a user in by email with a JWT (nothing is sent)',
				routing: {
					request: {
						method: 'GET',
						url: '=/sso/jwt/{{encodeURIComponent($parameter.email.trim())}}',
						qs: { token: '={{$parameter.token.trim()}}' },
					},
					...urlInsteadOfRequest(requiredText('email', 'Email'), checkToken, (context) => {
						checkEmail(context, context.getNodeParameter('email'), 'Email');
					}),
				},
			},
			{
				name: 'Get Log Out URL',
				value: 'logout',
				action: 'Get the URL that logs a user out',
				description: 'Build the URL that logs the user out and shows the branded login screen (nothing is sent)',
				routing: {
					request: { method: 'GET', url: '/sso/logout', qs: { token: '={{$parameter.token.trim()}}' } },
					...urlInsteadOfRequest(checkToken),
				},
			},
		],
	},
];

export const ssoFields: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		placeholder: 'name@email.com',
		default: '',
		description: 'Username (email) of the user to authenticate',
		displayOptions: { show: show('createApiKey') },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		placeholder: 'name@email.com',
		default: '',
		description: 'Email of the user to log in',
		displayOptions: { show: show('loginJwt') },
	},
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The token from Create API Key',
		displayOptions: { show: show('login', 'logout') },
	},
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The JWT that authenticates the user',
		displayOptions: { show: show('loginJwt') },
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(ssoOperations, ssoFields);
