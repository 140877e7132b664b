import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IPollFunctions,
} from 'n8n-workflow';

import { NodeApiError } from 'n8n-workflow';

import { apiError } from '../shared/errors';

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

/** The base URL of the credential, without trailing slashes. */
export function baseUrlOf(credentials: IDataObject): string {
	return String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
}

/** The secrets of the credential, removed from any error text we build. */
export async function credentialSecrets(context: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions) {
	try {
		const credentials = await context.getCredentials(CRMRPC_CREDENTIAL);
		return [credentials.password, credentials.sessionToken].filter((value): value is string => typeof value === 'string');
	} catch {
		return [];
	}
}

/**
 * The `response` of a CrmRpc envelope `{success, response, error}`. The API reports business
 * errors with HTTP 200 and `success: false`: those become a NodeApiError with the API's `error`.
 */
export function rpcResponse(
	node: INode,
	body: unknown,
	options: { itemIndex?: number; secrets?: string[] } = {},
): IDataObject {
	const envelope = (typeof body === 'string' ? safeJson(body) : body) as IDataObject | undefined;
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

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * postReceive of every operation. `root` is the key of the response that holds the result
 * (`companies`, `company` …): a list becomes one item per record, an object one item.
 * Without `root` the whole envelope is kept (the pagination reads `response.last_page`).
 *
 * HTTP errors never reach this step: requests are sent without `ignoreHttpStatusErrors`, so
 * a 401 throws inside n8n's request helper, which logs in again and retries once; other
 * statuses throw there too, as a NodeApiError with the status and the API's text.
 */
export function rpcOutput(root?: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const secrets = await credentialSecrets(this);
		const data = rpcResponse(this.getNode(), response.body, { itemIndex: this.getItemIndex(), secrets });
		if (!root) return [{ json: response.body as IDataObject }];
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
export function withApiMessage(error: unknown, node: INode, options: { itemIndex?: number; secrets?: string[] } = {}): unknown {
	if (!(error instanceof NodeApiError)) return error;
	const status = Number(error.httpCode);
	const body = (error.context as IDataObject | undefined)?.data;
	if (!Number.isInteger(status) || status < 400 || !body || typeof body !== 'object') return error;
	return apiError(node, status, body, options);
}

type RequestFlow = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** One request, as RoutingNode would send it without a pagination step. */
export async function singleRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await this.makeRoutingRequest(requestData);
}

/**
 * Runs an operation's requests (RoutingNode's `operations.pagination` hook, the one place that
 * wraps the request of a declarative operation) and gives HTTP errors the API's own message.
 * A 401 never gets here: n8n's helper has already logged in again and retried.
 */
export function withApiErrors(flow: RequestFlow): RequestFlow {
	return async function (this: IExecutePaginationFunctions, requestData) {
		try {
			return await flow.call(this, requestData);
		} catch (error) {
			throw withApiMessage(error, this.getNode(), { itemIndex: this.getItemIndex(), secrets: await credentialSecrets(this) });
		}
	};
}

/** postReceive for unpaginated lists: Return All / Limit applied to what the API returned. */
export async function applyLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	return items.slice(0, Math.max(1, Number(this.getNodeParameter('limit', 50))));
}

/**
 * One RPC call outside the declarative routing (dropdowns, list search, trigger). Errors
 * throw in n8n's helper, so an expired token is renewed exactly as for the operations.
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
		url: `${baseUrlOf(credentials)}${serviceUrl(service)}`,
		headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		body: { method, parameters },
		json: true,
	};
	const secrets = await credentialSecrets(this);
	let body: unknown;
	try {
		body = await this.helpers.httpRequestWithAuthentication.call(this, CRMRPC_CREDENTIAL, request);
	} catch (error) {
		throw withApiMessage(error, this.getNode(), { secrets });
	}
	return rpcResponse(this.getNode(), body, { secrets });
}
