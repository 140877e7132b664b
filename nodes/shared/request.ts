import type { IHttpRequestOptions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

import { apiError, OWN_REQUEST_TIMEOUT_MS } from './errors';
import { credentialSecrets } from './credentials';

/**
 * One authenticated call the pack makes in code (dropdowns, list search, trigger polls), outside
 * the declarative routing: bounded by OWN_REQUEST_TIMEOUT_MS, and a failure becomes the same
 * NodeApiError as in the operations (the API's message and status, the credential's secrets
 * removed). Returns the parsed body.
 */
export async function ownRequest(
	context: ILoadOptionsFunctions | IPollFunctions,
	credentialType: string,
	request: IHttpRequestOptions,
): Promise<unknown> {
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
		json: true,
		timeout: OWN_REQUEST_TIMEOUT_MS,
		...request,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	})) as { statusCode: number; body: unknown; headers?: unknown };
	if (response.statusCode >= 400) {
		throw apiError(context.getNode(), response.statusCode, response.body, {
			headers: response.headers,
			secrets: await credentialSecrets(context),
		});
	}
	return response.body;
}
