import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IPollFunctions,
	JsonObject,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { credentialSecrets, withoutTrailingSlash } from '../shared/credentials';
import { apiError, OWN_REQUEST_TIMEOUT_MS } from '../shared/errors';
import { parseJson } from '../shared/json';
import { carryRetrySummary } from '../shared/retry';

/** The credential type every CrmRpc request authenticates with. */
export const CRMRPC_CREDENTIAL = 'crmRpcApi';

export type CrmService = 'Auth' | 'Profiles' | 'Companies' | 'Contacts' | 'Products' | 'Opportunities' | 'Tickets';

/**
 * The URL path of a service. The doc names services and methods but no URL: we read every
 * call as `POST {baseUrl}/{service in lowercase}`. This is the only place that decides it,
 * so a different routing is a one-line change here.
 */
export function serviceUrl(service: CrmService): string {
	return `/${service.toLowerCase()}`;
}

/** A NodeApiError or NodeOperationError as it is; anything else wrapped in a NodeApiError. */
export function nodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeApiError(node, (error ?? {}) as JsonObject);
}

/**
 * The `response` of a CrmRpc envelope `{success, response, error}`. The API reports business
 * errors with HTTP 200 and `success: false`: those become a NodeApiError with the API's `error`.
 * (The doc gives no wording for an invalid or expired session in the envelope, so only HTTP 401
 * renews the session; see docs/crmrpc.md.)
 */
function rpcResponse(
	node: INode,
	body: unknown,
	options: { itemIndex?: number; secrets?: string[] } = {},
): IDataObject {
	const envelope = (typeof body === 'string' ? parseJson(body) : body) as IDataObject | undefined;
	if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) {
		throw apiError(node, 200, { error: 'CrmRpc answered with something that is not a JSON envelope' }, options);
	}
	if (envelope.success === false) {
		const error = envelope.error ?? envelope.message ?? 'CrmRpc answered success: false without an error text';
		throw apiError(node, 200, { ...envelope, error }, options);
	}
	const response = envelope.response;
	return response && typeof response === 'object' ? (response as IDataObject) : {};
}

/**
 * The output step of every operation: an HTTP error status or `success: false` becomes a
 * NodeApiError with the API's own text (the credential's secrets removed); otherwise `root` is
 * the key of `response` holding the result (`companies`, `company` …): a list becomes one item
 * per record, an object one item. Without `root` the whole envelope is kept (the paging reads
 * `response.last_page` from it).
 */
export function rpcResult(root?: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const where = { itemIndex: this.getItemIndex() };
		const envelope = response.body as IDataObject | undefined;
		const failed = response.statusCode >= 400 || !envelope || typeof envelope !== 'object' || envelope.success === false;
		// the credential is read (decrypted) only when there is an error text to clean
		const secrets = failed ? await credentialSecrets(this) : [];
		if (response.statusCode >= 400) {
			throw apiError(this.getNode(), response.statusCode, response.body, { ...where, secrets, headers: response.headers });
		}
		const data = rpcResponse(this.getNode(), response.body, { ...where, secrets });
		if (!root) return [{ json: envelope as IDataObject }];
		const result = data[root];
		if (Array.isArray(result)) return result.map((json) => ({ json: json as IDataObject }));
		if (result && typeof result === 'object') return [{ json: result as IDataObject }];
		return [];
	};
}

/**
 * An HTTP error thrown by n8n's request helper, rebuilt so the API's own text (`error`) is the
 * message (n8n would show a generic "The service was not able to process your request" and keep
 * the API's body only in `context.data`). Other errors pass through unchanged.
 */
export function withApiMessage(error: unknown, node: INode, options: { itemIndex?: number; secrets?: string[] } = {}) {
	if (!(error instanceof NodeApiError)) return nodeError(node, error);
	const status = Number(error.httpCode);
	if (!Number.isInteger(status) || status < 400) return error;
	// the HTTP answer n8n's helper failed on: its body (JSON, text or empty) and headers
	const response = (error.cause as { response?: { data?: unknown; headers?: unknown } } | undefined)?.response;
	const body = (error.context as IDataObject | undefined)?.data ?? response?.data;
	// an error we built already (rpcResult) has neither
	if (body === undefined && response === undefined) return error;
	// rebuilt with the API's message: keep what the retries said (tries, total wait)
	return carryRetrySummary(error, apiError(node, status, body, { ...options, headers: response?.headers }));
}

/**
 * One RPC call outside the declarative routing (dropdowns, list search, trigger). An error
 * status throws inside n8n's helper, which logs in again on a 401 and resends once, exactly as
 * for the operations. (So not nodes/shared/request.ts: it ignores error statuses, and a 401
 * would then never renew the session.)
 */
export async function rpcCall(
	this: ILoadOptionsFunctions | IPollFunctions,
	service: CrmService,
	method: string,
	parameters: IDataObject = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CRMRPC_CREDENTIAL);
	const request: IHttpRequestOptions = {
		method: 'POST',
		url: `${withoutTrailingSlash(credentials.baseUrl)}${serviceUrl(service)}`,
		headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		body: { method, parameters },
		json: true,
		timeout: OWN_REQUEST_TIMEOUT_MS,
	};
	const body = await this.helpers.httpRequestWithAuthentication.call(this, CRMRPC_CREDENTIAL, request).then(
		(answer: unknown) => ({ answer }),
		async (error: unknown) => ({ error: withApiMessage(error, this.getNode(), { secrets: await credentialSecrets(this) }) }),
	);
	if ('error' in body) throw body.error;
	const envelope = body.answer as IDataObject | undefined;
	// the credential is read (decrypted) only when there is an error text to clean
	const secrets = envelope && typeof envelope === 'object' && envelope.success !== false ? [] : await credentialSecrets(this);
	return rpcResponse(this.getNode(), envelope, { secrets });
}
