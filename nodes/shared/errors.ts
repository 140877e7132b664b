import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { redactSecrets } from './secrets';

/**
 * The human message an API put in an error body. APIs of this pack use `message`,
 * `error` (string or `{message}`), Rails-style `errors` (`{field: [msgs]}` or a list).
 */
export function apiErrorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const text = body.trim();
		if (!text) return undefined;
		const parsed = tolerantJson(text);
		return parsed === undefined ? text.slice(0, 500) : apiErrorMessage(parsed);
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
	const message = [...new Set(parts.filter(Boolean))].join('; ');
	return message || undefined;
}

/**
 * Parses a body that should be JSON but may not be: QBench answers mutations with the literal
 * text `{"message": OK}`. Returns undefined when it is not JSON at all.
 */
export function tolerantJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		// `{"message": OK}`: a JSON-looking object whose values are bare words
		const repaired = text.replace(/:\s*([A-Za-z][\w .-]*?)\s*([,}])/g, (_match, word: string, end: string) =>
			['true', 'false', 'null'].includes(word) ? `: ${word}${end}` : `: ${JSON.stringify(word)}${end}`,
		);
		try {
			return JSON.parse(repaired);
		} catch {
			return undefined;
		}
	}
}

/** Reads a successful body: JSON as is, an empty body or unparseable text as `{ success: true, message }`. */
export function successBody(body: unknown): IDataObject | IDataObject[] {
	if (body === undefined || body === null || body === '') return { success: true };
	if (Buffer.isBuffer(body)) return successBody(body.toString('utf8'));
	if (typeof body === 'string') {
		const parsed = tolerantJson(body.trim());
		if (parsed && typeof parsed === 'object') {
			const data = parsed as IDataObject;
			return data.message !== undefined && Object.keys(data).length === 1
				? { success: true, message: data.message }
				: data;
		}
		return { success: true, message: body.trim() };
	}
	if (typeof body === 'object') return body as IDataObject | IDataObject[];
	return { success: true, message: String(body) };
}

/** Builds the NodeApiError n8n shows for a failed call: the API's message, its HTTP status. */
export function apiError(
	node: INode,
	statusCode: number,
	body: unknown,
	options: { itemIndex?: number; secrets?: string[] } = {},
): NodeApiError {
	const secrets = options.secrets ?? [];
	const message =
		redactSecrets(apiErrorMessage(body), secrets) ?? `The API answered HTTP ${statusCode} without a message`;
	const detail = body && typeof body === 'object' ? (body as JsonObject) : { body: String(body ?? '') };
	return new NodeApiError(node, JSON.parse(redactSecrets(JSON.stringify(detail), secrets) ?? '{}') as JsonObject, {
		message,
		description: `HTTP ${statusCode}: ${message}`,
		httpCode: String(statusCode),
		itemIndex: options.itemIndex,
	});
}

/**
 * postReceive for every operation of a REST node whose requests set `ignoreHttpStatusErrors`:
 * a status >= 400 becomes a NodeApiError with the API's own message; a 2xx body is normalised
 * (see successBody) so later postReceive steps always see an object or a list.
 */
export async function handleApiResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400) throw apiError(this.getNode(), response.statusCode, response.body, { itemIndex: this.getItemIndex() });
	const body = successBody(response.body);
	if (Array.isArray(body)) return body.map((json) => ({ json }));
	return [{ json: body }];
}
