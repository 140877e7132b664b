import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { checkFields, email } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { tidyBody } from '../../common';
import { returnUrlInsteadOfSending } from '../../transport';

const resource = ['sso'];
const show = (...operation: string[]) => ({ resource, operation });

export const ssoFields: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'ssoUsername',
		type: 'string',
		required: true,
		placeholder: 'name@email.com',
		default: '',
		description: 'Username (email) of the user to authenticate',
		displayOptions: { show: show('createApiKey') },
		routing: { send: { type: 'body', property: 'username' } },
	},
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
		description: 'The token from Create API Key',
		displayOptions: { show: show('login', 'logout') },
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
	},
];

const checkInput = checkFields(ssoFields);

/**
 * Login, logout and JWT login are browser redirects (see returnUrlInsteadOfSending): their
 * routing states the real endpoint and the token query, and the node outputs `{ url }` built
 * from it instead of sending the request.
 */
function urlInsteadOfRequest(...checks: PreSendAction[]) {
	return {
		send: { paginate: true, preSend: [checkInput, ...checks] },
		operations: { pagination: returnUrlInsteadOfSending },
	};
}

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
				description: 'Get a one-time token that logs a user in through the Log In URL; returns {"token"}',
				routing: {
					request: { method: 'POST', url: '/sso/apikey' },
					send: { preSend: [checkInput, email('ssoUsername', 'Username'), tidyBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Log In URL',
				value: 'login',
				action: 'Get the URL that logs a user in',
				description: 'Build the URL that opens the branded dashboard, logged in; outputs that URL to open in a browser and sends nothing',
				routing: {
					request: { method: 'GET', url: '/sso/login', qs: { token: '={{String($parameter.ssoToken).trim()}}' } },
					...urlInsteadOfRequest(),
				},
			},
			{
				name: 'Get Log In URL (JWT)',
				value: 'loginJwt',
				action: 'Get the URL that logs a user in with a JWT',
				description: 'Build the URL that logs a user in by email with a JWT; outputs that URL to open in a browser and sends nothing',
				routing: {
					request: {
						method: 'GET',
						url: '=/sso/jwt/{{encodeURIComponent(String($parameter.ssoEmail).trim())}}',
						qs: { token: '={{String($parameter.ssoJwt).trim()}}' },
					},
					...urlInsteadOfRequest(email('ssoEmail', 'Email')),
				},
			},
			{
				name: 'Get Log Out URL',
				value: 'logout',
				action: 'Get the URL that logs a user out',
				description: 'Build the URL that logs the user out and shows the branded login screen; outputs that URL to open in a browser and sends nothing',
				routing: {
					request: { method: 'GET', url: '/sso/logout', qs: { token: '={{String($parameter.ssoToken).trim()}}' } },
					...urlInsteadOfRequest(),
				},
			},
		],
	},
];
