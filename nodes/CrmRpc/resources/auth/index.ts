import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { rpcOperation } from '../../common';
import { CRMRPC_CREDENTIAL, rpcResult } from '../../transport';

/** Auth.Login with the credential's email and password (read from the credential, not from fields). */
async function loginParameters(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const credentials = await this.getCredentials(CRMRPC_CREDENTIAL);
	(request.body as IDataObject).parameters = { email: credentials.email, password: credentials.password };
	return request;
}

/** The logged-in user; the token itself stays with the credential and is never output. */
async function loginOutput(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const data = (items[0]?.json.response ?? {}) as IDataObject;
	return [{ json: { authenticated: typeof data.token === 'string', user: data.user ?? null } }];
}

const login = rpcOperation({
	name: 'Login',
	value: 'login',
	action: 'Log in and get the user',
	description: 'Log in with the credential (Auth.Login) and return whether it worked and the user it belongs to; the token is not output',
	service: 'Auth',
	method: 'Login',
	root: 'user',
	preSend: [loginParameters],
});
// errors as for every operation (rpcResult), then the user without the token
login.routing!.output = { postReceive: [rpcResult(), loginOutput] };
// the credential's email and password as they are (no trimming of a password)
login.routing!.send = { preSend: [loginParameters] };

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
