import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Where CrmRpc's services hang: `{Base URL}/{service}`, as nodes/CrmRpc/transport.ts reads the doc (a credential imports no node code). */
const serviceUrl = (credentials: ICredentialDataDecryptedObject, service: string) =>
	`${String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '')}/${service}`;

/** The text with the password replaced: an API may quote the value it refused. */
const withoutPassword = (text: string, password: string) => (password.length >= 3 ? text.split(password).join('[redacted]') : text);

/**
 * CrmRpc login-token auth: n8n calls `preAuthentication` (Auth.Login) when the hidden token is
 * empty, and again when a request answers 401; the token is then sent as a Bearer header.
 */
export class CrmRpcApi implements ICredentialType {
	name = 'crmRpcApi';

	displayName = 'CrmRpc API';

	documentationUrl = 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/crmrpc.md#credential-crmrpc-api-crmrpcapi';

	icon = { light: 'file:../nodes/CrmRpc/crmrpc.svg', dark: 'file:../nodes/CrmRpc/crmrpc.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://crm.example.com/api',
			description: 'The address the CrmRpc services hang under; calls go to {Base URL}/companies, {Base URL}/auth …',
			required: true,
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const password = String(credentials.password ?? '');
		// the full response without throwing: an HTTP error object would carry the request body
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: serviceUrl(credentials, 'auth'),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			body: { method: 'Login', parameters: { email: credentials.email, password } },
			json: true,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		})) as { statusCode: number; body: IDataObject };
		const body = response.body && typeof response.body === 'object' ? response.body : {};
		const token = (body.response as IDataObject | undefined)?.token;
		if (response.statusCode >= 400 || body.success === false || typeof token !== 'string' || !token) {
			const reason = typeof body.error === 'string' && body.error ? body.error : `HTTP ${response.statusCode}`;
			throw new Error(withoutPassword(`CrmRpc login failed for ${String(credentials.email)}: ${reason}`, password));
		}
		return { sessionToken: token };
	}

	// a function, not a generic `=Bearer {{$credentials.sessionToken}}`: n8n evaluates that expression for every request
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${String(credentials.sessionToken ?? '')}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			url: '/profiles',
			method: 'POST',
			body: { method: 'GetProfiles' },
			json: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'success', value: false, message: 'CrmRpc refused the call: check the email, the password and the base URL' },
			},
		],
	};
}
