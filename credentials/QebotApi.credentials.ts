import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class QebotApi implements ICredentialType {
	name = 'qebotApi';

	displayName = 'Qebot API';

	documentationUrl = 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qebot.md#credential-qebot-api-qebotapi';

	icon = { light: 'file:../nodes/Qebot/qebot.svg', dark: 'file:../nodes/Qebot/qebot.dark.svg' } as const;

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

	// Qebot authenticates every call (except the SSO browser redirects) with HTTP Basic. A function,
	// not a generic block of `={{$credentials…}}` expressions: n8n evaluates those for every request.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, auth: { username: String(credentials.email ?? ''), password: String(credentials.apiKey ?? '') } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}/api/v1',
			url: '/brands',
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
					key: 'error',
					value: 'Invalid username or API key',
					message: 'Invalid username or API key (Qebot answered HTTP 401): check the email and the API key',
				},
			},
			{
				// anything but the list of brands: a wrong Base URL (an HTML page, a 404) or another refusal
				type: 'responseSuccessBody',
				properties: {
					key: 'brands',
					value: undefined,
					message:
						'Qebot did not answer with the list of brands at {Base URL}/api/v1/brands: check the Base URL (e.g. https://dev.qebot.com, without /api/v1), the email and the API key',
				},
			},
		],
	};
}
