import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class QBenchApi implements ICredentialType {
	name = 'qBenchApi';

	displayName = 'QBench API';

	documentationUrl = 'https://github.com/qebot/n8n-nodes-qebot-pack#qbench';

	icon = 'file:../nodes/QBench/qbench.svg' as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Instance URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'https://mylab.qbench.net',
			description: 'The address of your QBench instance, without /qbench/api/v1',
			required: true,
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.url.replace(/\\/+$/, "")}}/qbench/api/v1',
			url: '/customer',
			qs: { page_num: 1, page_size: 1 },
		},
	};
}
