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
			ignoreHttpStatusErrors: true,
		},
		// Every answer comes back as a body, whatever its status, and the rules judge the body: n8n
		// 1.x drops the HTTP response from a failed test before `responseCode` rules can read it
		// (users saw only "Authorization failed - please check your credentials"); 2.x reads these
		// rules the same way. No rule message holds a credential value.
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'message',
					value: 'Invalid or expired access token',
					message: 'Invalid or expired access token (QBench answered HTTP 401): create a new token in QBench',
				},
			},
			{
				// anything but a page of customers: a wrong Instance URL (an HTML page, a 404) or another refusal
				type: 'responseSuccessBody',
				properties: {
					key: 'data',
					value: undefined,
					message:
						'QBench did not answer with a page of customers at {Instance URL}/qbench/api/v1/customer: check the Instance URL (e.g. https://mylab.qbench.net) and the access token',
				},
			},
		],
	};
}
