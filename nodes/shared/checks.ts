import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyCollection,
	PreSendAction,
} from 'n8n-workflow';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { cardNumberProblem, describedProblem, emailProblem, fieldLabel, MALFORMED_ID } from './described';
import { getPath, isBlank, setPath } from './objects';

/**
 * Input checks, declared once. n8n's own `validateType` checks numbers, booleans, options and
 * dates of the fields that set it; what it does not cover is here: presence, text where an
 * object arrived, IDs, e-mail addresses, card numbers, JSON. Each check is a preSend step that
 * refuses the item with an error naming the field before anything is sent.
 */

/** What the user reads for a node's resource and operation ("Assay Discount › Delete"), named by the operation builder. */
const operationNames = new Map<string, string>();

/** The node's name as its type gives it: `pkg.qBench`, `CUSTOM.qBench` and the AI tool `pkg.qBenchTool` are all `qBench`. */
function nodeNameOf(type: string): string {
	return (type.split('.').pop() ?? type).replace(/Tool$/, '');
}

/** Records how a node's resources and operations are displayed (operations.ts calls it once per node). */
export function nameOperation(node: string, resource: string, operation: string, displayed: string) {
	operationNames.set(`${node}:${resource}:${operation}`, displayed);
}

/** The item's operation as the user sees it, e.g. "Assay Discount › Delete". */
export function operationLabel(context: IExecuteSingleFunctions): string {
	const { resource, operation } = context.getNode().parameters;
	const named = operationNames.get(`${nodeNameOf(context.getNode().type)}:${String(resource)}:${String(operation)}`);
	return named ?? [resource, operation].filter((part) => typeof part === 'string' && part).join(' › ');
}

/**
 * ` [item N]` when the node ran on several items, as n8n says it in its own errors; nothing for a
 * single item, where it would only be noise.
 */
export function itemSuffix(context: IExecuteSingleFunctions): string {
	const items = context.getExecuteData?.()?.data?.main?.[0];
	return Array.isArray(items) && items.length > 1 ? ` [item ${context.getItemIndex()}]` : '';
}

/** The error for a bad field: names the field and what is wrong, and the operation in its description. */
export function invalidField(context: IExecuteSingleFunctions, field: string, problem: string) {
	const operation = operationLabel(context);
	return new NodeOperationError(context.getNode(), `Invalid '${field}': ${problem}${itemSuffix(context)}`, {
		itemIndex: context.getItemIndex(),
		description: `${operation || 'This operation'}: fix '${field}'; nothing was sent to the API.`,
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
export function readParameter(context: IExecuteSingleFunctions, name: string): unknown {
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

/** The ID a parameter holds, checked: present, and a whole number or (kind `text`) an opaque ID. */
function checkedIdOf(context: IExecuteSingleFunctions, name: string, label: string, kind: 'numeric' | 'text'): string {
	const value = readParameter(context, name);
	if (isBlank(value)) throw invalidField(context, label, 'it is required');
	const id = String(value).trim();
	if (kind === 'numeric' && !isNumericId(id)) throw invalidField(context, label, `"${id}" is not a numeric ID`);
	if (kind === 'text' && MALFORMED_ID.test(id)) throw invalidField(context, label, `"${id}" is not an ID (no spaces, "/", "?" or "#")`);
	return id;
}

/**
 * The ID of a record in the operation's URL: the URL names it as a literal template
 * (`/customer/{{customerId}}`, no leading "=", so n8n does not evaluate it), and this step reads
 * the parameter once, checks it and puts it in. An `={{$parameter.customerId}}` template would
 * make n8n resolve the user's expression twice more per item. The operation builder places it.
 */
export function idInUrl(name: string, label: string, kind: 'numeric' | 'text' = 'numeric'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const id = checkedIdOf(this, name, label, kind);
		request.url = String(request.url).split(`{{${name}}}`).join(encodeURIComponent(id));
		return request;
	};
}

/** The ID of a record sent in the body at `path` (a number, or text for kind `text`); placed by the operation builder. */
export function idInBody(name: string, label: string, path: string, kind: 'numeric' | 'text' = 'numeric'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const id = checkedIdOf(this, name, label, kind);
		if (!request.body || typeof request.body !== 'object') request.body = {};
		setPath(request.body as IDataObject, path, kind === 'numeric' ? Number(id) : id);
		return request;
	};
}

export function isNumericId(value: unknown): boolean {
	return (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
		(typeof value === 'string' && /^\d+$/.test(value.trim()));
}

/** The field, when set, must pass `problemOf` (which says what is wrong, or nothing). */
function fieldRule(name: string, label: string, problemOf: (value: unknown) => string | undefined): PreSendAction {
	return check((context) => {
		const value = readParameter(context, name);
		if (isBlank(value)) return;
		const problem = problemOf(value);
		if (problem) throw invalidField(context, label, problem);
	});
}

/** The field, when set, must hold an e-mail address. */
export const email = (name: string, label: string) => fieldRule(name, label, emailProblem);

/** The field, when set, must hold a card number (cardNumberProblem). Never quotes the value. */
export const cardNumber = (name: string, label: string) => fieldRule(name, label, cardNumberProblem);

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
	const value = getPath(target, send.propertyInDotNotation === false ? [send.property] : send.property);
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
