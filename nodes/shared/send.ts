import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeRequestSend,
} from 'n8n-workflow';

import { explainTimeout } from './errors';
import { DEFAULT_MAX_TOTAL_WAIT_S, retryClock, transientFailure } from './retry';

/**
 * The one step around every request of a declarative node. n8n offers a single place that
 * sees a request fail: the pagination hook. A node's description names this function as its
 * `requestOperations.pagination`, and its Resource property switches it on for every
 * operation with `routing: SEND_THROUGH_NODE` (list operations with their own page loop and
 * retries replace it). It says a timeout as one, and honours a 429's Retry-After when the user
 * turned Retry On Fail on.
 */
export async function sendRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	try {
		return await this.makeRoutingRequest(requestData);
	} catch (error) {
		await waitForRetryAfter(this, error);
		throw explainTimeout(this.getNode(), error, requestData.options.timeout, this.getItemIndex());
	}
}

/** The Resource property's routing: every operation's request goes through the node's sendRequest. */
export const SEND_THROUGH_NODE: { send: INodeRequestSend } = { send: { paginate: true } };

/**
 * n8n's tries of each input item in this run. Retry On Fail runs the node again with the same
 * item objects, so they key the count; nothing outlives the run's items.
 */
const triesOfItem = new WeakMap<object, number>();

/**
 * Single-record operations keep n8n's Retry On Fail as the user's switch: resending a create
 * after a 502 or a dropped connection could apply it twice, and only the user knows whether
 * that is safe. A 429 is different (the API refused before doing anything, and said when to
 * come back): when Retry On Fail is on, the node waits the API's Retry-After (at most
 * DEFAULT_MAX_TOTAL_WAIT_S) before n8n's next try, so the Max Tries are not spent inside
 * the rate limit. After the last try it fails at once.
 */
async function waitForRetryAfter(context: IExecutePaginationFunctions, error: unknown) {
	const node = context.getNode();
	if (!node.retryOnFail) return;
	const failure = transientFailure(error);
	if (failure?.status !== 429 || failure.retryAfterMs === undefined) return;
	const item = context.getInputData() as object | undefined;
	if (!item) return;
	const tries = (triesOfItem.get(item) ?? 0) + 1;
	triesOfItem.set(item, tries);
	// n8n's own bounds of Max Tries
	const maxTries = Math.min(5, Math.max(2, node.maxTries ?? 3));
	if (tries >= maxTries) return;
	await retryClock.sleep(Math.min(failure.retryAfterMs, DEFAULT_MAX_TOTAL_WAIT_S * 1000));
}
