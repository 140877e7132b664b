import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class QBenchApi implements ICredentialType {
	name = 'qBenchApi';

	displayName = 'QBench API';

	documentationUrl = 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qbench.md#credential-qbench-api';

	icon = { light: 'file:../nodes/QBench/qbench.svg', dark: 'file:../nodes/QBench/qbench.dark.svg' } as const;

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

	// a function, not a generic `=Bearer {{$credentials.accessToken}}`: n8n evaluates that expression for every request
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${String(credentials.accessToken ?? '')}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.url.replace(/\\/+$/, "")}}/qbench/api/v1',
			url: '/customer',
			qs: { page_num: 1, page_size: 1 },
		},
		// n8n shows only the HTTP reason phrase for a failed test: these say what QBench answered and what to check
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Invalid or expired access token (QBench answered HTTP 401): create a new token in QBench',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'Not Found (QBench answered HTTP 404 for /qbench/api/v1/customer): check the Instance URL, e.g. https://mylab.qbench.net',
				},
			},
		],
	};
}
