import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidField } from './checks';

// a JSON field is read the way an answer is: parseJson (objects.ts) also repairs QBench's bare words
export { parseJson } from './objects';

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
