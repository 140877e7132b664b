import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class QebotApi implements ICredentialType {
	name = 'qebotApi';

	displayName = 'Qebot API';

	documentationUrl = 'https://github.com/qebot/n8n-nodes-qebot-pack#qebot';

	icon = 'file:../nodes/Qebot/qebot.svg' as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Your agency email, or the username of the Qebot user the key belongs to',
			required: true,
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Shown on the API key settings page of a Qebot corporate admin account',
			required: true,
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://dev.qebot.com',
			description: 'The Qebot environment, without /api/v1',
			required: true,
		},
	];

	// Qebot authenticates every call (except the SSO browser redirects) with HTTP Basic
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.email}}',
				password: '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}/api/v1',
			url: '/brands',
		},
	};
}
