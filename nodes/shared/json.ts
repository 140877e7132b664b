import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from './checks';

/**
 * Parses a body or a field that should be JSON but may not be: QBench answers mutations with the
 * literal text `{"message": OK}` (bare words as values). Returns undefined when it is not JSON.
 */
export function parseJson(text: string): unknown {
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

/**
 * A JSON field's value as an object: n8n gives a `json` field as text when typed and as an
 * object when mapped by expression. Anything but one JSON object is refused, naming the field.
 */
export function jsonObjectParameter(context: IExecuteSingleFunctions, name: string, label: string): IDataObject {
	const value = context.getNodeParameter(name, '{}') as unknown;
	return jsonObjectValue(context, value, label);
}

/** The same rule for a value already read (a field-level check gets it from its parameter). */
export function jsonObjectValue(context: IExecuteSingleFunctions, value: unknown, label: string): IDataObject {
	const parsed = typeof value === 'string' && value.trim() === '' ? {} : jsonValue(context, value, label);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw invalidField(context, label, 'it must be one JSON object ({ … })');
	return parsed as IDataObject;
}

/**
 * A JSON field's value, whatever JSON it holds: text is parsed strictly (a typo should be pointed
 * out, not guessed at), a value mapped by expression is taken as it is.
 */
export function jsonValue(context: IExecuteSingleFunctions, value: unknown, label: string): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		throw invalidField(context, label, 'it is not valid JSON');
	}
}
