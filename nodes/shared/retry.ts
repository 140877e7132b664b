import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { retryAfterSeconds } from './errors';

/**
 * Bounded retries of requests that an API refused for a moment: 429 (rate limit), 502, 503,
 * 504 (a gateway or the server briefly away) and dropped connections. Never other 4xx (the
 * request itself is wrong) nor other 5xx (the server failed on this request: resending it
 * would mostly fail the same way, and n8n's Retry On Fail is the user's switch for that).
 */

export interface RetryPolicy {
	/** attempts of one request, the first included (1 = no retry) */
	maxTries: number;
	/** waits of one run (all pages of one item, or one poll) together, in ms */
	maxTotalWaitMs: number;
	/** first backoff wait when the API gives no Retry-After; doubles with each try */
	backoffBaseMs: number;
	/** longest single backoff wait */
	backoffMaxMs: number;
	/** which transient failures are retried (default: all of them) */
	retryable?: (failure: TransientFailure) => boolean;
}

export const DEFAULT_MAX_TRIES = 5;
export const DEFAULT_MAX_TOTAL_WAIT_S = 120;

export const DEFAULT_RETRY: RetryPolicy = {
	maxTries: DEFAULT_MAX_TRIES,
	maxTotalWaitMs: DEFAULT_MAX_TOTAL_WAIT_S * 1000,
	backoffBaseMs: 1000,
	backoffMaxMs: 30_000,
};

const RETRIED_STATUSES = [429, 502, 503, 504];
const DROPPED_CONNECTION_CODES = ['ECONNRESET', 'EPIPE'];

/** A failure that may pass: what it was and how long the API asked us to wait. */
interface TransientFailure {
	/** HTTP status, or undefined for a dropped connection */
	status?: number;
	/** the API's Retry-After, in ms */
	retryAfterMs?: number;
}

/**
 * The clock of the retries. Tests replace `sleep` so nothing waits for real; nothing else
 * lives here (no state between runs: n8n may run each execution on another process).
 */
export const retryClock = {
	sleep: async (ms: number): Promise<void> => await sleep(ms),
	random: (): number => Math.random(),
};

function headersOf(error: IDataObject): unknown {
	const cause = error.cause as IDataObject | undefined;
	const response = (cause?.response ?? error.response) as IDataObject | undefined;
	return response?.headers ?? cause?.headers;
}

/** Reads a thrown request error: a transient failure, or undefined when it is not one. */
export function transientFailure(error: unknown): TransientFailure | undefined {
	if (!error || typeof error !== 'object') return undefined;
	const data = error as IDataObject;
	const cause = (data.cause ?? {}) as IDataObject;
	const codes = [data.httpCode, data.code, cause.code, (cause.cause as IDataObject | undefined)?.code].map((code) => String(code ?? ''));
	if (codes.some((code) => DROPPED_CONNECTION_CODES.includes(code)) || /socket hang up/i.test(String(data.message ?? ''))) {
		return {};
	}
	const status = Number(data.httpCode ?? data.statusCode ?? (cause.response as IDataObject | undefined)?.status);
	if (!RETRIED_STATUSES.includes(status)) return undefined;
	const context = (data.context ?? {}) as IDataObject;
	const seconds =
		typeof context.retryAfterSeconds === 'number' ? context.retryAfterSeconds : retryAfterSeconds(headersOf(data));
	return { status, retryAfterMs: seconds === undefined ? undefined : seconds * 1000 };
}

/** Exponential backoff with jitter: between half and all of base·2^(try−1), capped. */
export function backoffMs(policy: RetryPolicy, failedTries: number): number {
	const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** (failedTries - 1));
	return Math.round(ceiling * (0.5 + retryClock.random() / 2));
}

/** What one run has spent on retries so far: shared by the pages of one item, or one poll. */
interface RetryBudget {
	waitedMs: number;
}

export const newBudget = (): RetryBudget => ({ waitedMs: 0 });

/** Adds the tries and the total wait to the final error, keeping the API's message and status. */
function withTries(error: unknown, tries: number, budget: RetryBudget, why: string): unknown {
	if (!error || typeof error !== 'object') return error;
	const data = error as { message?: string; description?: string | null; context?: IDataObject };
	const seconds = Math.round(budget.waitedMs / 100) / 10;
	const summary = `gave up after ${tries} ${tries === 1 ? 'try' : 'tries'} and ${seconds} s of waiting (${why})`;
	data.context = { ...(data.context ?? {}), tries, totalWaitSeconds: seconds, retrySummary: summary };
	return addSummary(error, summary);
}

function addSummary(error: unknown, summary: string): unknown {
	const data = error as { message?: string; description?: string | null };
	if (typeof data.message === 'string') data.message = `${data.message} (${summary})`;
	data.description = `${data.description ? `${data.description} ` : ''}The node retried: ${summary}. Raise Max Tries or Max Total Wait in the operation's List Options, or run again later.`;
	return error;
}

/**
 * For code that rebuilds an error the retries gave up on (e.g. to put the API's own text in
 * the message): keeps the tries and the total wait in the rebuilt error.
 */
export function carryRetrySummary<T>(from: unknown, to: T): T {
	const context = ((from as { context?: IDataObject } | undefined)?.context ?? {}) as IDataObject;
	const target = to as { context?: IDataObject };
	if (to === from || typeof context.retrySummary !== 'string' || !to || typeof to !== 'object' || target.context?.retrySummary) return to;
	target.context = { ...(target.context ?? {}), tries: context.tries, totalWaitSeconds: context.totalWaitSeconds, retrySummary: context.retrySummary };
	return addSummary(to, context.retrySummary) as T;
}

/**
 * Sends `send()` until it succeeds, retrying transient failures within the policy: the API's
 * Retry-After when it gives one, else exponential backoff with jitter; at most `maxTries`
 * attempts, and never waits beyond what is left of `budget` (the run's total wait). The last
 * error is thrown with the API's message plus the tries and the total wait.
 */
export async function withRetry<T>(send: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY, budget: RetryBudget = newBudget()): Promise<T> {
	const retryable = policy.retryable ?? (() => true);
	for (let tries = 1; ; tries++) {
		let error: unknown;
		try {
			return await send();
		} catch (caught) {
			error = caught;
		}
		// the request's own error (a NodeApiError with the API's message) goes on unchanged or annotated
		const failure = transientFailure(error);
		if (!failure || !retryable(failure) || policy.maxTries <= 1) throw error;
		if (tries >= policy.maxTries) throw withTries(error, tries, budget, 'Max Tries reached');
		const wait = failure.retryAfterMs ?? backoffMs(policy, tries);
		if (budget.waitedMs + wait > policy.maxTotalWaitMs) {
			const why = failure.retryAfterMs !== undefined ? `the API asked for ${wait / 1000} s more than Max Total Wait allows` : 'Max Total Wait reached';
			throw withTries(error, tries, budget, why);
		}
		await retryClock.sleep(wait);
		budget.waitedMs += wait;
	}
}

/**
 * The policy of single-record operations (issue 17, item 2): n8n's Retry On Fail stays the
 * user's switch, because resending a create or an update after a 502 or a dropped connection
 * could apply it twice. A 429 with Retry-After is different: the API refused the request
 * before doing anything and said when to come back. So when Retry On Fail is on, such a 429
 * is resent after the API's wait, up to the node's Max Tries, within the default total wait;
 * everything else is left to n8n's Retry On Fail.
 */
export function singleRecordPolicy(node: { retryOnFail?: boolean; maxTries?: number }): RetryPolicy | undefined {
	if (!node.retryOnFail) return undefined;
	return {
		...DEFAULT_RETRY,
		maxTries: Math.max(2, Math.min(5, Number(node.maxTries ?? 3))),
		retryable: (failure) => failure.status === 429 && failure.retryAfterMs !== undefined,
	};
}
