import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeRequestSend,
} from 'n8n-workflow';

import { explainTimeout } from './errors';
import { retryAfterOnFail } from './pagination';

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
		// with Retry On Fail on, a 429 with Retry-After is resent here, for this item only (see singleRecordPolicy)
		return await retryAfterOnFail.call(this, requestData);
	} catch (error) {
		throw explainTimeout(this.getNode(), error, requestData.options.timeout, this.getItemIndex());
	}
}

/** The Resource property's routing: every operation's request goes through the node's sendRequest. */
export const SEND_THROUGH_NODE: { send: INodeRequestSend } = { send: { paginate: true } };
