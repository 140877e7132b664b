import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { explainTimeout } from './errors';
import { setPath } from './objects';
import { DEFAULT_MAX_TOTAL_WAIT_S, DEFAULT_MAX_TRIES, DEFAULT_RETRY, newBudget, retryClock, type RetryPolicy, singleRecordPolicy, withRetry } from './retry';

/** Hard stop for any page loop, whatever an API claims about its page count. */
export const MAX_PAGES = 100_000;

interface PageStyle {
	/** where the page parameters go */
	in: 'qs' | 'body';
	/** parameter names; dotted paths for nested body fields (`parameters.page`) */
	pageParam: string;
	sizeParam: string;
	firstPage: number;
	maxPageSize: number;
	/** the records of one page body */
	records: (body: IDataObject) => IDataObject[];
	/** the number of the last page, when the body says it */
	lastPage: (body: IDataObject) => number | undefined;
}

/**
 * The stop rule of every page loop: an empty page ends it; otherwise the API's last page number
 * when it gives one, else a page shorter than asked for.
 */
export function isLastPage(page: number, recordCount: number, pageSize: number, lastPage: number | undefined): boolean {
	if (recordCount === 0) return true;
	return lastPage !== undefined && Number.isFinite(lastPage) ? page >= lastPage : recordCount < pageSize;
}

/** Reads Return All / Limit of the current item: how many records it wants. */
export function wantedCount(context: IExecuteSingleFunctions): number {
	const returnAll = context.getNodeParameter('returnAll', false) as boolean;
	return returnAll ? Infinity : Math.max(1, Number(context.getNodeParameter('limit', 50)));
}

/** How the current item's list is fetched: its retry policy (undefined = off) and the pause between pages. */
interface ListSettings {
	policy?: RetryPolicy;
	pauseMs: number;
}

/** Reads the item's List Options (the collection named `optionsName`; defaults when it is empty). */
function listSettings(context: IExecutePaginationFunctions, optionsName: string): ListSettings {
	const options = context.getNodeParameter(optionsName, {}) as IDataObject;
	const pauseMs = Math.max(0, Number(options.pauseBetweenPages ?? 0)) || 0;
	if (options.retry === false) return { pauseMs };
	const maxTries = Math.max(1, Math.floor(Number(options.maxTries ?? DEFAULT_MAX_TRIES)) || DEFAULT_MAX_TRIES);
	const maxTotalWaitS = Math.max(0, Number(options.maxTotalWait ?? DEFAULT_MAX_TOTAL_WAIT_S));
	return { policy: { ...DEFAULT_RETRY, maxTries, maxTotalWaitMs: (Number.isFinite(maxTotalWaitS) ? maxTotalWaitS : DEFAULT_MAX_TOTAL_WAIT_S) * 1000 }, pauseMs };
}

/** Sends one request of a list, retried as the user's List Options say; a timeout said as one. */
async function listRequest(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	settings: ListSettings,
	budget = newBudget(),
): Promise<INodeExecutionData[]> {
	const send = async () => await context.makeRoutingRequest(requestData);
	try {
		return settings.policy ? await withRetry(send, settings.policy, budget) : await send();
	} catch (error) {
		throw explainTimeout(context.getNode(), error, requestData.options.timeout, context.getItemIndex());
	}
}

/** One request flow of a declarative operation: RoutingNode's `operations.pagination` hook. */
export type RequestFlow = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * The page loop of page-numbered APIs: fetches exactly the pages needed for Return All / Limit
 * (Limit 20 with pages of 50 is one request of 20) and emits one item per record. The
 * operation's postReceive must leave the page body whole (no rootProperty). A page that meets a
 * rate limit or a brief outage is sent again (the List Options named `optionsName`); pages
 * already fetched are kept, so every record comes out once, in order.
 */
export function pageLoop(style: PageStyle, optionsName: string): RequestFlow {
	return async function (this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions): Promise<INodeExecutionData[]> {
		const wanted = wantedCount(this);
		const pageSize = Math.min(style.maxPageSize, wanted);
		const settings = listSettings(this, optionsName);
		// one wait budget for all pages of this item
		const budget = newBudget();
		const results: INodeExecutionData[] = [];
		for (let page = style.firstPage; page < style.firstPage + MAX_PAGES; page++) {
			if (page > style.firstPage && settings.pauseMs > 0) await retryClock.sleep(settings.pauseMs);
			const options = { ...requestData.options };
			const target = style.in === 'qs' ? 'qs' : 'body';
			const params = JSON.parse(JSON.stringify(options[target] ?? {})) as IDataObject;
			setPath(params, style.pageParam, page);
			setPath(params, style.sizeParam, pageSize);
			options[target] = params;
			const [response] = await listRequest(this, { ...requestData, options }, settings, budget);
			const body = (response?.json ?? {}) as IDataObject;
			const records = style.records(body);
			for (const record of records) {
				results.push({ json: record });
				if (results.length >= wanted) return results;
			}
			if (isLastPage(page, records.length, pageSize, style.lastPage(body))) break;
		}
		return results;
	};
}

/**
 * The request of an unpaginated list (the API returns every record in one answer; Limit is cut
 * by the operation's output steps): sent once, retried as the List Options named `optionsName` say.
 */
export function wholeList(optionsName: string): RequestFlow {
	return async function (this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions) {
		return await listRequest(this, requestData, listSettings(this, optionsName));
	};
}

/**
 * `routing.operations.pagination` of a single-record operation (get, create, update, delete):
 * when the user turned on the node's Retry On Fail, a 429 with Retry-After is resent after the
 * API's wait, up to the node's Max Tries (see singleRecordPolicy); anything else fails as
 * before and n8n's Retry On Fail takes over. Use with `send: { paginate: true }`.
 */
export async function retryAfterOnFail(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const policy = singleRecordPolicy(this.getNode());
	const send = async () => await this.makeRoutingRequest(requestData);
	return policy ? await withRetry(send, policy) : await send();
}

