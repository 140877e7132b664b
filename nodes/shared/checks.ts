import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { isBlank } from './objects';

/**
 * Input checks, declared once. n8n's own `validateType` checks numbers, booleans, options and
 * dates of the fields that set it; what it does not cover is here: presence, text where an
 * object arrived, IDs, e-mail addresses, card numbers, JSON. Each check is a preSend step that
 * refuses the item with an error naming the field before anything is sent.
 */

function operationLabel(context: IExecuteSingleFunctions): string {
	const { resource, operation } = context.getNode().parameters;
	return [resource, operation].filter((part) => typeof part === 'string' && part).join(' › ');
}

/** The error for a bad field: names the field, the operation and what is wrong. */
export function invalidField(context: IExecuteSingleFunctions, field: string, problem: string) {
	const operation = operationLabel(context);
	return new NodeOperationError(context.getNode(), `Invalid "${field}": ${problem}`, {
		itemIndex: context.getItemIndex(),
		description: `Operation ${operation || 'unknown'}: fix the "${field}" field; nothing was sent to the API.`,
	});
}

/**
 * The parameter values the checks of one item already read: each read of an expression costs
 * n8n a full evaluation, and several checks read the same fields. Keyed by the item's context,
 * so nothing outlives the item.
 */
const readValues = new WeakMap<IExecuteSingleFunctions, Map<string, unknown>>();

/**
 * A parameter value with resource locators reduced to their value, read once per item; a
 * parameter the operation does not show (or a collection entry not set) reads as undefined.
 */
export function parameterValue(context: IExecuteSingleFunctions, name: string): unknown {
	let values = readValues.get(context);
	if (!values) readValues.set(context, (values = new Map()));
	if (!values.has(name)) values.set(name, context.getNodeParameter(name, undefined, { extractValue: true }));
	return values.get(name);
}

/** parameterValue, or undefined for a parameter the operation does not show or an entry not set. */
function readParameter(context: IExecuteSingleFunctions, name: string): unknown {
	try {
		return parameterValue(context, name);
	} catch {
		return undefined;
	}
}

/** A preSend step made of a check of the item's input. */
function check(test: (context: IExecuteSingleFunctions, request: IHttpRequestOptions) => void): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		test(this, request);
		return request;
	};
}

/**
 * The ID of a record in the operation's URL: the operation names it as a literal template
 * (`url: '/customer/{{customerId}}'`, no leading "=", so n8n does not evaluate it), and this
 * step reads the parameter once, checks it and puts it in. An `={{$parameter.customerId}}`
 * template would make n8n resolve the user's expression twice more per item.
 */
export function idInUrl(name: string, label: string, kind: 'numeric' | 'text' = 'numeric'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const value = readParameter(this, name);
		if (isBlank(value)) throw invalidField(this, label, 'it is required');
		const id = String(value).trim();
		if (kind === 'numeric' && !isNumericId(id)) throw invalidField(this, label, `"${id}" is not a numeric ID`);
		if (kind === 'text' && MALFORMED_ID.test(id)) throw invalidField(this, label, `"${id}" is not an ID (no spaces, "/", "?" or "#")`);
		request.url = String(request.url).split(`{{${name}}}`).join(encodeURIComponent(id));
		return request;
	};
}

export function isNumericId(value: unknown): boolean {
	return (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
		(typeof value === 'string' && /^\d+$/.test(value.trim()));
}

/** The field must hold a whole, non-negative number (an ID). */
export function numericId(name: string, label: string): PreSendAction {
	return check((context) => {
		const value = readParameter(context, name);
		if (isBlank(value)) throw invalidField(context, label, 'it is required');
		if (!isNumericId(value)) throw invalidField(context, label, `"${String(value)}" is not a numeric ID`);
	});
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The field, when set, must hold an e-mail address. */
export function email(name: string, label: string): PreSendAction {
	return check((context) => {
		const value = readParameter(context, name);
		if (isBlank(value)) return;
		if (typeof value !== 'string' || !EMAIL.test(value.trim())) throw invalidField(context, label, `"${String(value)}" is not an email address`);
	});
}

/** The field, when set, must hold a card number (12 to 19 digits; spaces and dashes allowed). Never quotes the value. */
export function cardNumber(name: string, label: string): PreSendAction {
	return check((context) => {
		const value = readParameter(context, name);
		if (isBlank(value)) return;
		if (!/^\d{12,19}$/.test(String(value).replace(/[\s-]/g, '')))
			throw invalidField(context, label, 'a card number has 12 to 19 digits (spaces and dashes are accepted)');
	});
}

/** The field, when set, must hold one JSON object (text or an object mapped by expression). */
export function jsonObject(name: string, label: string): PreSendAction {
	return check((context) => {
		const value = readParameter(context, name);
		if (isBlank(value) || (value && typeof value === 'object' && !Array.isArray(value))) return;
		let parsed: unknown;
		try {
			parsed = JSON.parse(String(value));
		} catch {
			throw invalidField(context, label, 'it is not valid JSON');
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
			throw invalidField(context, label, 'it must be one JSON object ({ … })');
	});
}

/** Splits "1, 2,3" (or a list) into numeric IDs; throws naming the field on anything else. */
export function idList(context: IExecuteSingleFunctions, value: unknown, field: string): number[] {
	const parts = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((part) => String(part).trim())
		.filter((part) => part !== '');
	if (parts.length === 0) throw invalidField(context, field, 'give at least one ID');
	const bad = parts.find((part) => !isNumericId(part));
	if (bad !== undefined) throw invalidField(context, field, `"${bad}" is not a numeric ID`);
	return parts.map(Number);
}

/* ------------------------------------------------- checks from the description */

/** What the user sees: "Profile Name or ID" → "Profile" (n8n's suffix for dropdowns given by ID). */
function fieldLabel(property: INodeProperties): string {
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
const MALFORMED_ID = /[\s/?#]/;

/** Text fields whose name says what they hold: `…Id` one ID, `email` / `…Email` / `emailAddress` an address. */
function namedTextProblem(property: INodeProperties, text: string): string | undefined {
	if (property.typeOptions?.password) return undefined;
	if ((/Id$/.test(property.name) || property.type === 'resourceLocator') && MALFORMED_ID.test(text.trim()))
		return `"${text}" is not an ID (no spaces, "/", "?" or "#")`;
	if (/(^e|E)mail(Address)?$/.test(property.name) && !EMAIL.test(text.trim())) return `"${text}" is not an email address`;
	return undefined;
}

/**
 * Checks one value against its field's description; returns the problem, or undefined.
 * Values that arrive through expressions skip n8n's editor checks, so the type, the choices,
 * the range and "required" are checked again here.
 */
function describedProblem(property: INodeProperties, given: unknown, required: boolean): string | undefined {
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
	// n8n checks the fields that declare validateType itself when they are read
	if (property.validateType && !property.ignoreValidationDuringExecution) return undefined;
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

/** True for a raw parameter value that n8n must evaluate (`={{ … }}`, also inside a picker or collection). */
function hasExpression(raw: unknown): boolean {
	if (typeof raw === 'string') return raw.startsWith('=');
	if (raw && typeof raw === 'object') return Object.values(raw).some(hasExpression);
	return false;
}

/**
 * What a field's own `routing.send` already put into the request (n8n resolved it for that),
 * when its place is fixed: reading the field again would evaluate the user's expression again.
 */
function sentValue(request: IHttpRequestOptions, property: INodeProperties): { value: unknown } | undefined {
	const send = property.routing?.send;
	if (!send || send.value !== undefined || typeof send.property !== 'string' || send.property.startsWith('=')) return undefined;
	const target = send.type === 'body' ? request.body : send.type === 'query' ? request.qs : undefined;
	if (!target || typeof target !== 'object') return undefined;
	const keys = send.propertyInDotNotation === false ? [send.property] : send.property.split('.');
	let value: unknown = target;
	for (const key of keys) value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	return value === undefined ? undefined : { value };
}

/** A field's value for the checks, at the least cost: literals as they are read, expressions from the request when it holds them. */
function valueOf(context: IExecuteSingleFunctions, request: IHttpRequestOptions, property: INodeProperties, raw: unknown, path: string): unknown {
	if (hasExpression(raw)) {
		const sent = sentValue(request, property);
		if (sent) return sent.value;
	}
	return readParameter(context, path);
}

/**
 * An input check built from the resource's field descriptions: every field the operation shows
 * (and every entry of its collections and fixed collections) must have the type, choice, range
 * and presence its description promises.
 */
function describedFields(fields: INodeProperties[]) {
	return (context: IExecuteSingleFunctions, request: IHttpRequestOptions) => {
		const node = context.getNode();
		for (const property of fields) {
			if (!NodeHelpers.displayParameter(node.parameters, property, node, null)) continue;
			const raw = node.parameters[property.name];
			if (property.type === 'collection') {
				if (!raw || typeof raw !== 'object') continue;
				for (const option of (property.options ?? []) as INodeProperties[]) {
					const entryRaw = (raw as IDataObject)[option.name];
					if (entryRaw === undefined) continue;
					const entry = valueOf(context, request, option, entryRaw, `${property.name}.${option.name}`);
					const problem = describedProblem(option, entry, false);
					if (problem) throw invalidField(context, `${property.displayName} › ${fieldLabel(option)}`, problem);
				}
			} else if (property.type === 'fixedCollection') {
				const value = readParameter(context, property.name);
				if (!value || typeof value !== 'object') continue;
				for (const group of (property.options ?? []) as INodePropertyCollection[]) {
					const rows = ([] as unknown[]).concat((value as IDataObject)[group.name] ?? []);
					rows.forEach((row, index) => {
						if (!row || typeof row !== 'object') return;
						const place = property.typeOptions?.multipleValues ? `${property.displayName} › ${group.displayName} ${index + 1}` : property.displayName;
						for (const entry of group.values) {
							const problem = describedProblem(entry, (row as IDataObject)[entry.name], Boolean(entry.required));
							if (problem) throw invalidField(context, `${place} › ${fieldLabel(entry)}`, problem);
						}
					});
				}
			} else {
				const problem = describedProblem(property, valueOf(context, request, property, raw, property.name), Boolean(property.required));
				if (problem) throw invalidField(context, fieldLabel(property), problem);
			}
		}
	};
}

/**
 * The input check of a resource, built once from its field descriptions and listed in each
 * operation's `routing.send.preSend`: every field the operation shows (and every entry of its
 * collections and fixed collections) must have the presence, type, choice and range its
 * description promises. Values that arrive through expressions skip n8n's editor checks, so
 * this is where they are caught, per item, before anything is sent.
 */
export function checkFields(fields: INodeProperties[]): PreSendAction {
	return check(describedFields(fields));
}
