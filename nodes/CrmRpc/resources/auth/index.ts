import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import { operationsProperty } from '../../../shared/operations';
import { rpcRow } from '../../common';
import { CRMRPC_CREDENTIAL } from '../../session';
import { crmRpc } from '../../transport';

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

export const authOperations = operationsProperty(crmRpc, {
	resource: 'auth', fields: [], default: 'login',
	rows: [
		// the credential's email and password as they are (no trimming of a password); no root: the
		// envelope whole (errors read as for every operation), then the user without the token
		rpcRow('Auth', 'Login', { value: 'login', name: 'Log In', bodyRule: [loginParameters], shape: [loginOutput],
			action: 'Log in and get the user', description: 'Log in with the credential and return whether it worked and the user it belongs to; the token is not output' }),
	],
});
