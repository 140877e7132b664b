import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { credentialSecrets, longestFirst } from './credentials';
import { parseJson } from './objects';
import { boundErrorAnswer, redactError, redactSecrets, typedSecrets } from './secrets';

/**
 * The human message an API put in an error body. APIs of this pack use `message`,
 * `error` (string or `{message}`), Rails-style `errors` (`{field: [msgs]}` or a list).
 */
function apiErrorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const text = body.trim();
		if (!text) return undefined;
		const parsed = parseJson(text);
		if (parsed !== undefined) return apiErrorMessage(parsed);
		// an HTML error page (a proxy, a load balancer): its words, without the markup
		const plain = looksLikeHtml(text) ? htmlText(text) : text;
		return plain ? plain.slice(0, 300) : undefined;
	}
	if (!body || typeof body !== 'object') return undefined;
	const data = body as IDataObject;
	const parts: string[] = [];
	for (const key of ['message', 'error', 'error_description', 'detail']) {
		const value = data[key];
		if (typeof value === 'string' && value.trim()) parts.push(value.trim());
		else if (value && typeof value === 'object' && typeof (value as IDataObject).message === 'string')
			parts.push((value as IDataObject).message as string);
	}
	const errors = data.errors;
	if (Array.isArray(errors)) {
		parts.push(...errors.map((entry) => (typeof entry === 'string' ? entry : apiErrorMessage(entry) ?? '')));
	} else if (errors && typeof errors === 'object') {
		for (const [field, messages] of Object.entries(errors as IDataObject)) {
			for (const text of ([] as unknown[]).concat(messages)) parts.push(`${field} ${String(text)}`);
		}
	} else if (typeof errors === 'string') {
		parts.push(errors);
	}
	// Rails answers say it twice ("Validation failed: username has already been taken" and
	// errors.username): a part already said inside another one is left out
	const distinct = [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
	const message = distinct.filter((part) => !distinct.some((other) => other !== part && other.includes(part))).join('; ');
	return message || undefined;
}

/** True for a body that is an HTML page (`<!DOCTYPE html>`, `<html>`, `<head>`, `<body>`). */
function looksLikeHtml(text: string): boolean {
	return /^\s*<(!doctype html|html|head|body)\b/i.test(text);
}

/** The visible words of an HTML page: tags, scripts and styles removed, spaces collapsed. */
function htmlText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** What a mutation outputs when the API answers nothing useful (no body, "OK", a bare message). */
const SUCCESS = { success: true } as const;

/**
 * Reads a successful body: a JSON record or list as is; an empty body, text, or an object that
 * holds nothing but a message (QBench's `{"message": OK}`, parsed or not) as `{ success: true }`,
 * one shape whatever the API's wording.
 */
function successBody(body: unknown): IDataObject | IDataObject[] {
	if (body === undefined || body === null || body === '') return { ...SUCCESS };
	if (Buffer.isBuffer(body)) return successBody(body.toString('utf8'));
	if (typeof body === 'string') {
		const parsed = parseJson(body.trim());
		return parsed && typeof parsed === 'object' ? successBody(parsed) : { ...SUCCESS };
	}
	if (Array.isArray(body)) return body as IDataObject[];
	if (typeof body === 'object') {
		const keys = Object.keys(body);
		const onlyMessage = keys.length === 0 || (keys.length === 1 && keys[0] === 'message');
		return onlyMessage ? { ...SUCCESS } : (body as IDataObject);
	}
	return { ...SUCCESS };
}

/**
 * Timeout of the requests the pack sends itself (trigger polls, dropdowns, list search). The
 * operations use n8n's Request Options › Timeout instead (n8n waits 300 s when it is not set).
 */
export const OWN_REQUEST_TIMEOUT_MS = 60_000;

/** The longest Retry-After (seconds) we pass on as a wait; beyond it the hint says "later". */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date), when sensible. */
export function retryAfterSeconds(headers: unknown, now = Date.now()): number | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	const entry = Object.entries(headers as IDataObject).find(([name]) => name.toLowerCase() === 'retry-after');
	const value = String(([] as unknown[]).concat(entry?.[1] ?? '')[0] ?? '').trim();
	if (!value) return undefined;
	const seconds = /^\d+$/.test(value) ? Number(value) : Math.ceil((Date.parse(value) - now) / 1000);
	if (!Number.isFinite(seconds)) return undefined;
	return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_SECONDS);
}

/**
 * What the user can do about a failed call, by HTTP status. Lists retry rate limits and brief
 * outages as their List Options say, and a single record waits a 429's Retry-After when Retry On
 * Fail is on (retry.ts); every other failure is final, and n8n's Retry On Fail is the user's switch.
 */
function statusHint(statusCode: number, retryAfter?: number): string | undefined {
	switch (statusCode) {
		case 400:
			return 'The API refused the request as malformed: check the values of the fields sent.';
		case 401:
			return 'The API refused the credential: check the credential used by this node (key, token or password, and the base URL).';
		case 403:
			return 'The credential is valid but may not do this: check its permissions in the API.';
		case 404:
			return 'Not found: check the ID (or the base URL of the credential).';
		case 405:
			return 'The API does not allow this method on this address: check the base URL of the credential.';
		case 409:
			return 'The request conflicts with the current data (a duplicate, or a record changed meanwhile): check the record, then run again.';
		case 422:
			return 'The API rejected a value: correct the field the message names.';
		case 429:
			return retryAfter !== undefined
				? `Rate limit reached: wait ${retryAfter} s (the API's Retry-After) before running again, or turn on Retry On Fail in the node settings.`
				: 'Rate limit reached: wait a little before running again, turn on Retry On Fail in the node settings, or space the items with Request Options › Batching.';
		default:
			if (statusCode >= 500)
				return 'The server failed or is unavailable; this is usually temporary: run again later, or turn on Retry On Fail in the node settings.';
			return undefined;
	}
}

/** A message as a sentence: one closing full stop, never two ("invalid.. The API refused"). */
function sentence(text: string): string {
	return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** Builds the NodeApiError n8n shows for a failed call: the API's message, its HTTP status, what to do. */
export function apiError(
	node: INode,
	statusCode: number,
	body: unknown,
	options: { itemIndex?: number; secrets?: string[]; headers?: unknown } = {},
): NodeApiError {
	const secrets = options.secrets ?? [];
	// a huge error answer (MBs) would make n8n's error slow to build and useless to read
	const text = boundErrorAnswer(Buffer.isBuffer(body) ? body.toString('utf8') : body);
	const message =
		redactSecrets(apiErrorMessage(text), secrets) ??
		(statusCode === 200 ? 'The API answered without a message' : `The API answered HTTP ${statusCode} without a message`);
	const retryAfter = statusCode === 429 || statusCode === 503 ? retryAfterSeconds(options.headers) : undefined;
	const hint = statusHint(statusCode, retryAfter);
	const detail = text && typeof text === 'object' ? (text as JsonObject) : { body: String(text ?? '').slice(0, 2000) };
	const error = new NodeApiError(node, JSON.parse(redactSecrets(JSON.stringify(detail), secrets) ?? '{}') as JsonObject, {
		message,
		description: `HTTP ${statusCode}: ${hint ? `${sentence(message)} ${hint}` : message}`,
		httpCode: String(statusCode),
		itemIndex: options.itemIndex,
	});
	if (retryAfter !== undefined) error.context.retryAfterSeconds = retryAfter;
	return error;
}

/**
 * postReceive for every operation of a REST node whose requests set `ignoreHttpStatusErrors`:
 * a status >= 400 becomes a NodeApiError with the API's own message; a 2xx body is normalised
 * (see successBody) so later postReceive steps always see an object or a list. Error answers are
 * read bounded in size, and the errors leave without the credential's secrets.
 */
export async function handleApiResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	try {
		return readResponse(this, response);
	} catch (error) {
		throw redactError(error, await credentialSecrets(this));
	}
}

/**
 * handleApiResponse for operations with password fields (card numbers, CVVs, passwords): what the
 * user typed in the fields at `parameterPaths` is kept out of the errors too, as an API may quote
 * the value it refused.
 */
export function handleApiResponseHiding(...parameterPaths: string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		try {
			return readResponse(this, response);
		} catch (error) {
			throw redactError(error, longestFirst([...(await credentialSecrets(this)), ...typedSecrets(this, parameterPaths)]));
		}
	};
}

function readResponse(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse): INodeExecutionData[] {
	if (response.statusCode >= 400) {
		throw apiError(context.getNode(), response.statusCode, response.body, { itemIndex: context.getItemIndex(), headers: response.headers });
	}
	// a 2xx HTML page is not an API answer (a login portal, a wrong base URL): never a success
	const text = Buffer.isBuffer(response.body) ? response.body.toString('utf8') : response.body;
	if (typeof text === 'string' && looksLikeHtml(text)) {
		throw new NodeApiError(context.getNode(), { body: text.slice(0, 2000) } as JsonObject, {
			message: 'The API answered with an HTML page instead of data',
			description: `HTTP ${response.statusCode}: the address answered with a web page, not the API. Check the base URL of the credential.`,
			httpCode: String(response.statusCode),
			itemIndex: context.getItemIndex(),
		});
	}
	const body = successBody(response.body);
	if (Array.isArray(body)) return body.map((json) => ({ json }));
	return [{ json: body }];
}

const TIMEOUT_CODES = ['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'];

/**
 * A request that got no answer in time, said as such: n8n's own error for it is the bare code
 * (`ECONNABORTED`, "the connection was aborted") with no description. Other errors pass as they are.
 */
export function explainTimeout(node: INode, error: unknown, timeoutMs: unknown, itemIndex?: number): unknown {
	if (!error || typeof error !== 'object') return error;
	const data = error as IDataObject;
	const cause = (data.cause ?? {}) as IDataObject;
	const codes = [data.httpCode, data.code, cause.code].map((code) => String(code ?? ''));
	const timedOut = codes.some((code) => TIMEOUT_CODES.includes(code)) || /timeout of \d+ms exceeded/i.test(String(data.message ?? cause.message ?? ''));
	if (!timedOut) return error;
	const ms = Number(timeoutMs) > 0 ? Number(timeoutMs) : 300_000;
	const timeout = new NodeApiError(node, { timeoutMs: ms } as JsonObject, {
		httpCode: codes.find((code) => TIMEOUT_CODES.includes(code)) ?? 'ECONNABORTED',
		itemIndex,
	});
	// set after construction: NodeApiError replaces any message given for a known error code with its generic one
	timeout.message = `The request timed out after ${ms} ms`;
	timeout.description = `The API did not answer within ${ms} ms. Raise the node's Request Options › Timeout (Add Option › Timeout; n8n waits 300,000 ms when it is not set), or check that the API is reachable at the credential's base URL.`;
	return timeout;
}
