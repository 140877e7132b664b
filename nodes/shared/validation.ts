import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** A check of the user's input for one item; throws a NodeOperationError naming the field. */
export type InputCheck = (context: IExecuteSingleFunctions) => void;

function operationLabel(context: IExecuteSingleFunctions): string {
	const node = context.getNode();
	const resource = node.parameters.resource;
	const operation = node.parameters.operation;
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

/** A parameter value with resource locators reduced to their value. */
export function parameterValue(context: IExecuteSingleFunctions, name: string): unknown {
	return context.getNodeParameter(name, undefined, { extractValue: true });
}

export function isNumericId(value: unknown): boolean {
	return (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
		(typeof value === 'string' && /^\d+$/.test(value.trim()));
}

/** The field must hold a whole, non-negative number (an id). */
export function numericId(name: string, field: string): InputCheck {
	return (context) => {
		const value = parameterValue(context, name);
		if (value === undefined || value === null || String(value).trim() === '')
			throw invalidField(context, field, 'it is required');
		if (!isNumericId(value)) throw invalidField(context, field, `"${String(value)}" is not a numeric ID`);
	};
}

/** The field must hold non-blank text. */
export function requiredText(name: string, field: string): InputCheck {
	return (context) => {
		const value = parameterValue(context, name);
		if (typeof value !== 'string' || value.trim() === '') throw invalidField(context, field, 'it is required and cannot be empty');
	};
}

/** Splits "1, 2,3" (or a list) into numeric ids; throws naming the field on anything else. */
export function idList(context: IExecuteSingleFunctions, value: unknown, field: string): number[] {
	const parts = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((part) => String(part).trim())
		.filter((part) => part !== '');
	if (parts.length === 0) throw invalidField(context, field, 'give at least one ID');
	const bad = parts.find((part) => !isNumericId(part));
	if (bad !== undefined) throw invalidField(context, field, `"${bad}" is not a numeric ID`);
	return parts.map(Number);
}

/** A preSend step that runs the checks before the request is built further or sent. */
export function validate(...checks: InputCheck[]) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const check of checks) check(this);
		return requestOptions;
	};
}

/** Drops undefined and empty-string values: partial updates send only what the user set. */
export function compact(data: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== ''));
}
