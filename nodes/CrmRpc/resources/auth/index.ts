import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { addParameters, rpcOperation } from '../../GenericFunctions';
import { CRMRPC_CREDENTIAL, credentialSecrets, rpcResponse } from '../../transport';

/** Auth.Login with the credential's email and password. */
async function loginBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const credentials = await this.getCredentials(CRMRPC_CREDENTIAL);
	addParameters(request, { email: credentials.email, password: credentials.password });
	return request;
}

/** The logged-in user; the token itself stays with the credential and is never output. */
async function loginOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = rpcResponse(this.getNode(), response.body, {
		itemIndex: this.getItemIndex(),
		secrets: await credentialSecrets(this),
	});
	return [{ json: { authenticated: typeof data.token === 'string', user: (data.user ?? null) as IDataObject } }];
}

const login = rpcOperation({
	name: 'Login',
	value: 'login',
	action: 'Log in and get the user',
	description: 'Log in with the credential (Auth.Login) and return the user it belongs to; the token is not output',
	service: 'Auth',
	method: 'Login',
	root: 'user',
	preSend: [loginBody],
	postReceive: [loginOutput],
});

export const authOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['auth'] } },
		default: 'login',
		options: [login],
	},
];
