import type { IExecuteSingleFunctions } from 'n8n-workflow';

/** Replaces every occurrence of a secret (password, key, token, card number) with `[redacted]`. */
export function redactSecrets(text: string | undefined, secrets: string[]): string | undefined {
	if (text === undefined) return undefined;
	let out = text;
	for (const secret of secrets) {
		if (typeof secret === 'string' && secret.length >= 3) out = out.split(secret).join('[redacted]');
	}
	return out;
}

/**
 * The values the user typed in password fields of the operation (card number, CVV, a user's
 * password, a token), as typed and without spaces or dashes (card numbers).
 */
export function typedSecrets(context: IExecuteSingleFunctions, paths: string[]): string[] {
	const secrets: string[] = [];
	for (const path of paths) {
		let value: unknown;
		try {
			value = context.getNodeParameter(path, '');
		} catch {
			continue;
		}
		if (typeof value !== 'string' && typeof value !== 'number') continue;
		const text = String(value).trim();
		if (text) secrets.push(text, text.replace(/[\s-]/g, ''));
	}
	return secrets;
}

/** A copy of `value` with every string redacted (lists and objects walked, cycles cut). */
function redactDeep<T>(value: T, secrets: string[], seen = new WeakSet<object>()): T {
	if (typeof value === 'string') return redactSecrets(value, secrets) as T;
	if (!value || typeof value !== 'object' || seen.has(value as object)) return value;
	seen.add(value as object);
	if (Array.isArray(value)) return value.map((entry) => redactDeep(entry, secrets, seen)) as T;
	return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, redactDeep(entry, secrets, seen)])) as T;
}

/**
 * Removes the secrets from an error in place: what n8n shows (message, description, the
 * messages list), what it keeps (errorResponse, context, the stack that repeats the message)
 * and the cause's message.
 */
export function redactError(error: unknown, secrets: string[]): unknown {
	if (!error || typeof error !== 'object' || secrets.length === 0) return error;
	const target = error as Record<string, unknown>;
	for (const key of ['message', 'description', 'stack']) {
		if (typeof target[key] === 'string') target[key] = redactSecrets(target[key] as string, secrets);
	}
	for (const key of ['messages', 'errorResponse', 'context']) {
		if (target[key] && typeof target[key] === 'object') target[key] = redactDeep(target[key], secrets);
	}
	const cause = target.cause as Record<string, unknown> | undefined;
	if (cause && typeof cause === 'object' && typeof cause.message === 'string') {
		try {
			cause.message = redactSecrets(cause.message, secrets);
		} catch {
			// a read-only message: n8n persists the cause's name and message only, keep going
		}
	}
	return error;
}

/** The longest text kept from one value of an error answer (see boundErrorAnswer). */
const ERROR_TEXT_LIMIT = 1000;

/**
 * An error answer with every text cut to ERROR_TEXT_LIMIT characters. n8n's NodeApiError
 * scans the answer it is given, in time that grows with the square of its size (a 10 MB
 * error page took 25 s): what a user can act on fits in far less.
 */
export function boundErrorAnswer<T>(body: T): T {
	const cut = (text: string) =>
		text.length > ERROR_TEXT_LIMIT ? `${text.slice(0, ERROR_TEXT_LIMIT)}… (${text.length - ERROR_TEXT_LIMIT} more characters)` : text;
	const walk = (value: unknown, depth: number): unknown => {
		if (typeof value === 'string') return cut(value);
		if (Buffer.isBuffer(value)) return value.length > ERROR_TEXT_LIMIT ? cut(value.toString('utf8')) : value;
		if (!value || typeof value !== 'object' || depth > 20) return value;
		if (Array.isArray(value)) return value.slice(0, 100).map((entry) => walk(entry, depth + 1));
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, walk(entry, depth + 1)]));
	};
	return walk(body, 0) as T;
}
