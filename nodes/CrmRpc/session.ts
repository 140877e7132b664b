import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { credentialSecrets } from '../shared/credentials';
import { apiError } from '../shared/errors';
import { carryRetrySummary } from '../shared/retry';

/** The credential type every CrmRpc request authenticates with. */
export const CRMRPC_CREDENTIAL = 'crmRpcApi';

/** A NodeApiError or NodeOperationError as it is; anything else wrapped in a NodeApiError. */
export function nodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeApiError(node, (error ?? {}) as JsonObject);
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

/*
 * The CrmRpc session (a login token kept by n8n in the credential's hidden `expirable` field).
 *
 * n8n's own renewal works per request: its helper logs in when the token is empty and again
 * when a request answers 401, then resends once. RoutingNode sends all items of a run at once,
 * so on its own a run of 5 items without a token logs in 5 times, and an expiry in a 1,000-item
 * run logs in hundreds of times. The session below makes a run cost what the docs promise:
 * one login when the token is missing or expired, and one resend per refused item.
 *
 * Where it sits: RoutingNode's `operations.pagination` hook is the only place of a declarative
 * node that wraps the sending of a request (preSend runs before the request is sent and cannot
 * resend, postReceive runs after and cannot either; a credential's `authenticate` has no state
 * shared by the items of a run). The node's dialect (`around` in transport.ts) puts every
 * operation's request flow inside it, the page loops of the three paged lists included.
 */

interface Session {
	/** the run's first request: the others wait for it, so a missing token costs one login */
	opened?: Promise<unknown>;
	/** counts renewals: a 401 for a request sent before the last renewal only resends */
	generation: number;
	/** the login and resend of the request that leads a renewal (never rejects) */
	renewal?: Promise<unknown>;
	/** a fresh login was refused too (401 right after it): no more logins in this run */
	refused?: boolean;
}

/** One session per node run: the run's execute data is the object all its items share. */
const sessions = new WeakMap<object, Session>();

/** The session of the run when it has several items (one item sends one request at a time: n8n's own renewal is exact). */
function sessionOf(context: IExecutePaginationFunctions): Session | undefined {
	const run = context.getExecuteData?.();
	const items = run?.data?.main?.[0];
	if (!run || !Array.isArray(items) || items.length < 2) return undefined;
	let session = sessions.get(run);
	if (!session) sessions.set(run, (session = { generation: 0 }));
	return session;
}

type RequestData = DeclarativeRestApiSettings.ResultOptions;
type Flow = (this: IExecutePaginationFunctions, requestData: RequestData) => Promise<INodeExecutionData[]>;

/** A request meets at most two renewals (the token may expire again while it waits); then its 401 is final. */
const MAX_RESENDS = 2;

const isUnauthorized = (error: unknown) => error instanceof NodeApiError && error.httpCode === '401';

const settle = async <T>(promise: Promise<T>) =>
	await promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);

/** Runs the operation's output steps on an answer we received ourselves (as RoutingNode does). */
async function outputOf(context: IExecutePaginationFunctions, requestData: RequestData, response: IN8nHttpFullResponse) {
	let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
	for (const step of requestData.postReceive) {
		for (const action of step.actions) {
			// every output step of this node is a function (rpcResult and the like)
			if (typeof action !== 'function') throw new NodeOperationError(context.getNode(), 'CrmRpc: an output step is not a function');
			items = await action.call(context, items, response);
		}
	}
	return items;
}

/**
 * The request that leads a renewal: one login, then its one resend with the new token. n8n's
 * helper logs in (the credential's preAuthentication, which stores the new token) because the
 * credential it is given has an empty token; so the expired token is not sent a second time.
 */
async function loginAndResend(context: IExecutePaginationFunctions, requestData: RequestData) {
	const credentials = await context.getCredentials(CRMRPC_CREDENTIAL);
	const saved = context.getNode().credentials?.[CRMRPC_CREDENTIAL];
	const response = (await context.helpers.httpRequestWithAuthentication.call(
		context,
		CRMRPC_CREDENTIAL,
		{ ...requestData.options, returnFullResponse: true, ignoreHttpStatusErrors: true } as IHttpRequestOptions,
		{
			credentialsDecrypted: {
				id: saved?.id ?? '',
				name: saved?.name ?? '',
				type: CRMRPC_CREDENTIAL,
				data: { ...credentials, sessionToken: '' },
			},
		},
	)) as IN8nHttpFullResponse;
	return await outputOf(context, requestData, response);
}

async function sessionRequest(context: IExecutePaginationFunctions, session: Session, requestData: RequestData) {
	if (!session.opened) {
		// the run's first request goes alone, the usual way: n8n logs in if there is no token yet
		// (or on a 401 logs in and resends once); the others then find the token stored
		const first = context.makeRoutingRequest(requestData);
		session.opened = first.catch((error: unknown) => {
			// n8n logged in and resent, and the API still said 401: the credential is refused
			if (isUnauthorized(error)) {
				session.generation++;
				session.refused = true;
			}
		});
		return await first;
	}
	await session.opened;
	// an error status reaches the output step (rpcResult) instead of n8n's per-request login
	const quiet = { ...requestData, options: { ...requestData.options, ignoreHttpStatusErrors: true } };
	for (let resends = 0; ; resends++) {
		await session.renewal;
		const sentIn = session.generation;
		const outcome = await settle(context.makeRoutingRequest(quiet));
		if ('value' in outcome) return outcome.value;
		if (!isUnauthorized(outcome.error) || resends >= MAX_RESENDS) throw nodeError(context.getNode(), outcome.error);
		// sent before the last renewal (or during one): resend with the new token
		if (session.renewal !== undefined || session.generation !== sentIn) continue;
		// refused with the newest token after a login that did not help: final, no login again
		if (session.refused) throw nodeError(context.getNode(), outcome.error);
		// this request leads the renewal: one login, its one resend; the others wait and resend
		const renewed = loginAndResend(context, quiet);
		session.renewal = renewed
			.catch((error: unknown) => {
				if (isUnauthorized(error)) session.refused = true;
			})
			.finally(() => {
				session.generation++;
				session.renewal = undefined;
			});
		return await renewed;
	}
}

/**
 * Wraps an operation's request flow (one request, or a page loop): every request goes through
 * the run's session, and an HTTP error thrown by n8n's helper carries the API's own message.
 */
export function withSession(flow: Flow): Flow {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const session = sessionOf(this);
		const context = session
			? (Object.create(this, {
					makeRoutingRequest: { value: async (data: RequestData) => await sessionRequest(this, session, data) },
				}) as IExecutePaginationFunctions)
			: this;
		const outcome = await settle(flow.call(context, requestData));
		if ('value' in outcome) return outcome.value;
		throw withApiMessage(outcome.error, this.getNode(), { itemIndex: this.getItemIndex(), secrets: await credentialSecrets(this) });
	};
}
