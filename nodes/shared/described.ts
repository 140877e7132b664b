import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { isBlank } from './objects';

/**
 * What is wrong with one value, measured against its field's description (type, choices, range,
 * presence), or undefined. Pure: shared/checks.ts reads the values and names the field.
 */

export const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The e-mail rule of the pack: what is wrong with a value given as an address, or undefined. */
export function emailProblem(value: unknown): string | undefined {
	return typeof value === 'string' && EMAIL.test(value.trim()) ? undefined : `"${String(value)}" is not an email address`;
}

/** The card-number rule of the pack: 12 to 19 digits, spaces and dashes allowed. The problem never quotes the value. */
export function cardNumberProblem(value: unknown): string | undefined {
	return /^\d{12,19}$/.test(String(value ?? '').replace(/[\s-]/g, '')) ? undefined : 'a card number has 12 to 19 digits (spaces and dashes are accepted)';
}

/** What the user sees: "Profile Name or ID" → "Profile" (n8n's suffix for dropdowns given by ID). */
export function fieldLabel(property: INodeProperties): string {
	return property.displayName.replace(/ Names? or IDs?$/, '');
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value && typeof value === 'object') return 'an object';
	return `"${String(value)}"`;
}

/** A calendar date-time n8n or the user may give: ISO text of a real day, a Date or a Luxon DateTime. */
function isDateLike(value: unknown): boolean {
	if (value instanceof Date) return !Number.isNaN(value.getTime());
	if (value && typeof value === 'object') return (value as { isValid?: boolean }).isValid === true;
	if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return false;
	const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	if (!day) return true;
	const [year, month, date] = day.slice(1).map(Number);
	const real = new Date(Date.UTC(year, month - 1, date));
	return real.getUTCMonth() === month - 1 && real.getUTCDate() === date;
}

/** IDs and codes of these APIs never hold spaces, "/", "?" or "#" (they would also break a URL). */
export const MALFORMED_ID = /[\s/?#]/;

/** Text fields whose name says what they hold: `…Id` one ID, `email` / `…Email` / `emailAddress` an address. */
function namedTextProblem(property: INodeProperties, text: string): string | undefined {
	if (property.typeOptions?.password) return undefined;
	if ((/Id$/.test(property.name) || property.type === 'resourceLocator') && MALFORMED_ID.test(text.trim()))
		return `"${text}" is not an ID (no spaces, "/", "?" or "#")`;
	if (/(^e|E)mail(Address)?$/.test(property.name)) return emailProblem(text);
	return undefined;
}

/**
 * Checks one value against its field's description; returns the problem, or undefined.
 * Values that arrive through expressions skip n8n's editor checks, so the type, the choices,
 * the range and "required" are checked again here.
 */
export function describedProblem(property: INodeProperties, given: unknown, required: boolean): string | undefined {
	// a field that takes several values (`typeOptions.multipleValues`): each value is one of its type
	if (property.typeOptions?.multipleValues && property.type !== 'fixedCollection' && Array.isArray(given)) {
		if (given.length === 0) return required ? 'it is required and cannot be empty' : undefined;
		for (const each of given) {
			const problem = describedProblem({ ...property, typeOptions: { ...property.typeOptions, multipleValues: false } }, each, false);
			if (problem) return problem;
		}
		return undefined;
	}
	// a picker inside a collection comes whole ({ __rl, mode, value }): its value is what is sent
	const value = property.type === 'resourceLocator' && given && typeof given === 'object' && '__rl' in given ? (given as IDataObject).value : given;
	if (isBlank(value) || (Array.isArray(value) && value.length === 0 && property.type !== 'multiOptions')) {
		const blankable = ['string', 'resourceLocator', 'options', 'dateTime', 'json', 'number'].includes(property.type);
		return required && blankable ? 'it is required and cannot be empty' : undefined;
	}
	const dynamic = Boolean(property.typeOptions?.loadOptionsMethod);
	const choices = ((property.options ?? []) as INodePropertyOptions[]).filter((option) => option.value !== undefined);
	const notAChoice = (entry: unknown) => !choices.some((option) => String(option.value) === String(entry));
	const choiceList = () => choices.slice(0, 12).map((option) => option.name).join(', ');
	switch (property.type) {
		case 'string':
		case 'resourceLocator':
			if (!['string', 'number'].includes(typeof value)) return `it must be text, not ${describe(value)}`;
			return namedTextProblem(property, String(value));
		case 'options':
			if (!['string', 'number', 'boolean'].includes(typeof value)) return `it must be one value, not ${describe(value)}`;
			if (dynamic) return MALFORMED_ID.test(String(value).trim()) ? `${describe(value)} is not an ID (no spaces, "/", "?" or "#")` : undefined;
			return notAChoice(value) ? `${describe(value)} is not one of the choices (${choiceList()})` : undefined;
		case 'multiOptions': {
			// by expression a list may also come as "1, 2"
			const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
			const wrong = entries.find(
				(entry) =>
					!['string', 'number'].includes(typeof entry) ||
					(dynamic ? MALFORMED_ID.test(String(entry).trim()) : notAChoice(entry)),
			);
			return wrong === undefined ? undefined : `${describe(wrong)} is not one of the choices${dynamic ? '' : ` (${choiceList()})`}`;
		}
		case 'number': {
			const number = typeof value === 'string' ? Number(value.trim()) : value;
			if (typeof number !== 'number' || !Number.isFinite(number)) return `${describe(value)} is not a number`;
			const min = property.typeOptions?.minValue as number | undefined;
			const max = property.typeOptions?.maxValue as number | undefined;
			if (min !== undefined && number < min) return `${number} is below the minimum of ${min}`;
			if (max !== undefined && number > max) return `${number} is above the maximum of ${max}`;
			return undefined;
		}
		case 'boolean':
			return typeof value === 'boolean' ? undefined : `${describe(value)} is not true or false`;
		case 'dateTime':
			return isDateLike(value) ? undefined : `${describe(value)} is not a date`;
		case 'json':
			if (typeof value !== 'string') return undefined;
			try {
				JSON.parse(value);
				return undefined;
			} catch {
				return 'it is not valid JSON';
			}
		default:
			return undefined;
	}
}

