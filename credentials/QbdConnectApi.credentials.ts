import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class QbdConnectApi implements ICredentialType {
	name = 'qbdConnectApi';

	displayName = 'QBD Connect API';

	documentationUrl = 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qbdconnect.md#credential-qbd-connect-api-qbdconnectapi';

	icon = { light: 'file:../nodes/QbdConnect/qbdconnect.svg', dark: 'file:../nodes/QbdConnect/qbdconnect.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'http://localhost:8081/qbdconnect-api',
			placeholder: 'http://localhost:8081/qbdconnect-api',
			description: 'The address of the QBD Connect API, without the version',
			required: true,
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: 'v1',
			description: 'Added after the base URL: {base URL}/{version}/customers',
			required: true,
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. The API documents no authentication; set a token when your installation sits behind a gateway that expects "Authorization: Bearer &lt;token&gt;".',
		},
	];

	/** The Authorization header only when a token is set: an empty "Bearer " would be refused by gateways. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const token = String(credentials.accessToken ?? '').trim();
		if (!token) return requestOptions;
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${token}` },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}/{{$credentials.apiVersion.replace(/^\\/+|\\/+$/g, "")}}',
			url: '/products',
			ignoreHttpStatusErrors: true,
		},
		// Every answer comes back as a body, whatever its status, and the rules judge the body: n8n
		// 1.x drops the HTTP response from a failed test before `responseCode` rules can read it
		// (users saw only "Authorization failed - please check your credentials"); 2.x reads these
		// rules the same way. No rule message holds a credential value.
		// The list of products comes back one item per product: n8n judges the first.
		rules: [
			{
				// a server's standard error body ({"status": 404, "error": "Not Found", …})
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: 404,
					message:
						'Not Found (QBD Connect answered HTTP 404 for {Base URL}/{API Version}/products): check the Base URL (e.g. http://localhost:8081/qbdconnect-api, without the version) and the API Version (e.g. v1)',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: 401,
					message: 'Unauthorized (QBD Connect answered HTTP 401): check the Access Token, or leave it empty if your installation needs none',
				},
			},
			{
				// anything but a product: another error body, an HTML page, an empty answer
				type: 'responseSuccessBody',
				properties: {
					key: 'id',
					value: undefined,
					message:
						'QBD Connect did not answer with the list of products at {Base URL}/{API Version}/products: check the Base URL (e.g. http://localhost:8081/qbdconnect-api, without the version), the API Version (e.g. v1) and the Access Token (empty if your installation needs none)',
				},
			},
		],
	};
}
