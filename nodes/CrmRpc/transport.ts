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

import { apiError, OWN_REQUEST_TIMEOUT_MS } from '../shared/errors';

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
 * First postReceive of every operation: an HTTP error status becomes a NodeApiError with the
 * API's own text. In runs of several items requests are sent with `ignoreHttpStatusErrors`
 * (see the session below), so an error answer reaches this step instead of throwing inside
 * n8n's request helper.
 */
export async function rejectHttpErrors(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400) {
		const secrets = await credentialSecrets(this);
		throw apiError(this.getNode(), response.statusCode, response.body, {
			itemIndex: this.getItemIndex(),
			secrets,
			headers: response.headers,
		});
	}
	return items;
}

/**
 * postReceive of every operation. `root` is the key of the response that holds the result
 * (`companies`, `company` …): a list becomes one item per record, an object one item.
 * Without `root` the whole envelope is kept (the pagination reads `response.last_page`).
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
	if (!Number.isInteger(status) || status < 400) return error;
	// the HTTP answer n8n's helper failed on: its body (JSON, text or empty) and headers
	const response = (error.cause as { response?: { data?: unknown; headers?: unknown } } | undefined)?.response;
	const body = (error.context as IDataObject | undefined)?.data ?? response?.data;
	// an error we built already (rejectHttpErrors) has neither
	if (body === undefined && response === undefined) return error;
	return apiError(node, status, body, { ...options, headers: response?.headers });
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
 * The session of one node run, shared by its items. RoutingNode sends all items at once, so
 * when the token expires, hundreds of requests answer 401 together; if each let n8n log in
 * again, a 1,000-item run would log in hundreds of times. So requests are sent with
 * `ignoreHttpStatusErrors`, and the first 401 "leads": it sends its request once more the usual
 * way (n8n sees the 401, logs in, puts the new token in the run's credential and retries), and
 * every other 401 waits for that, then resends with the new token. One renewal costs one login
 * and one extra request.
 */
interface Session {
	/** counts finished renewals: a 401 for a request sent before the last renewal just resends */
	generation: number;
	/** the leader's request while a renewal is under way */
	renewal?: Promise<unknown>;
}

/** One session per node run: the run's execute data is the object all its items share. */
const sessions = new WeakMap<object, Session>();

/**
 * The session of the run, when it has several items. A run of one item sends its requests one
 * after the other, so n8n's own login-and-retry on 401 is already exactly one login.
 */
function sessionOf(context: IExecutePaginationFunctions): Session | undefined {
	const run = context.getExecuteData?.();
	const items = run?.data?.main?.[0];
	if (!run || !Array.isArray(items) || items.length < 2) return undefined;
	let session = sessions.get(run);
	if (!session) sessions.set(run, (session = { generation: 0 }));
	return session;
}

const isExpiredSession = (error: unknown) => error instanceof NodeApiError && error.httpCode === '401';

/** How often one request may wait for a renewal before its 401 is final. */
const MAX_RENEWALS_PER_REQUEST = 2;

async function sessionRequest(
	context: IExecutePaginationFunctions,
	session: Session,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	renewals = 0,
): Promise<INodeExecutionData[]> {
	const sentIn = session.generation;
	try {
		// an error status reaches rejectHttpErrors instead of n8n's own login-and-retry
		return await context.makeRoutingRequest({ ...requestData, options: { ...requestData.options, ignoreHttpStatusErrors: true } });
	} catch (error) {
		if (!isExpiredSession(error) || renewals >= MAX_RENEWALS_PER_REQUEST) throw error;
		if (session.renewal || session.generation !== sentIn) {
			// another item is renewing, or renewed after this request left: resend with the new token
			await session.renewal?.catch(() => undefined);
			return await sessionRequest(context, session, requestData, renewals + 1);
		}
		// the leader: n8n's helper sees the 401, logs in once, stores the token and retries
		const renewal = context.makeRoutingRequest({ ...requestData, options: { ...requestData.options, ignoreHttpStatusErrors: false } });
		session.renewal = renewal;
		try {
			return await renewal;
		} finally {
			session.generation++;
			session.renewal = undefined;
		}
	}
}

/**
 * Runs an operation's requests (RoutingNode's `operations.pagination` hook, the one place that
 * wraps the request of a declarative operation): every request goes through the run's session
 * (one login when the token expires, whatever the number of items), and HTTP errors carry the
 * API's own message.
 */
export function withApiErrors(flow: RequestFlow): RequestFlow {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const session = sessionOf(this);
		const context = this;
		const withSession = session
			? (Object.create(this, {
					makeRoutingRequest: { value: async (data: typeof requestData) => await sessionRequest(context, session, data) },
				}) as IExecutePaginationFunctions)
			: this;
		try {
			return await flow.call(withSession, requestData);
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
		timeout: OWN_REQUEST_TIMEOUT_MS,
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
