import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { z } from 'zod';

import { invalidField, parameterValue } from '../shared/checks';
import { sendDate, toDateTime } from '../shared/dates';
import { jsonObjectParameter, jsonValue } from '../shared/json';
import { resourceLocator } from '../shared/locator';
import { getPath, isBlank } from '../shared/objects';

type Show = { [key: string]: string[] };

/** `show` for the fields of one resource's operations. */
export const showFor =
	(resource: string) =>
	(...operation: string[]): Show => ({ resource: [resource], operation });

/* ------------------------------------------------------------------ pickers */

/*
 * "From List" only where the API lists (invoices, products, users). Customers, instances and
 * subscriptions cannot be listed, so they are given by ID (customers can be looked up by their
 * Stripe ID with Customer › Get by Gateway ID).
 */

export const customerLocator = (name: string, show: Show, description: string, routing?: INodeProperties['routing'], required = true) =>
	resourceLocator({
		name,
		displayName: 'Customer',
		show,
		required,
		numeric: false,
		placeholder: 'e.g. 5f1c0a7e',
		description: `${description}. The QBD Connect customer ID (the API cannot list customers; Customer › Get by Gateway ID finds one by its Stripe ID).`,
		routing,
	});

export const instanceLocator = (show: Show) =>
	resourceLocator({
		name: 'instanceId',
		displayName: 'Instance',
		show,
		numeric: false,
		placeholder: 'e.g. 8d2f6c1a-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
		description: 'The ID of the QBD Connect instance (Instance › Get Many lists the instances of a customer)',
	});

export const invoiceLocator = (show: Show) =>
	resourceLocator({
		name: 'invoiceId',
		displayName: 'Invoice',
		show,
		searchListMethod: 'searchInvoices',
		numeric: false,
		placeholder: 'e.g. in_1NffrF',
		description: 'The ID of the invoice',
	});

export const productLocator = (show: Show) =>
	resourceLocator({
		name: 'productId',
		displayName: 'Product',
		show,
		searchListMethod: 'searchProducts',
		numeric: false,
		placeholder: 'e.g. prod_NffrFeUf',
		description: 'The ID of the product',
	});

export const userLocator = (show: Show) =>
	resourceLocator({
		name: 'userId',
		displayName: 'User',
		show,
		searchListMethod: 'searchUsers',
		numeric: false,
		placeholder: 'e.g. 5f1c0a7e',
		description: 'The ID of the QBD Connect user',
	});

/* ------------------------------------------------------------ field checks */

/**
 * A value inside a collection (`customerAddress.values.state`), taken from the collection as the
 * item's checks already read it: no second evaluation of the user's expressions.
 */
function valueAt(context: IExecuteSingleFunctions, path: string): unknown {
	const [top, ...rest] = path.split('.');
	return getPath(parameterValue(context, top), rest);
}

/** A field-level check: `test` gets the field's value when it is set. */
function checkValue(parameter: string, test: (context: IExecuteSingleFunctions, value: unknown) => void): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const value = valueAt(this, parameter);
		if (!isBlank(value)) test(this, value);
		return request;
	};
}

/** The field, when set, holds at most `length` characters. */
export const maxLength = (parameter: string, label: string, length: number, example?: string) =>
	checkValue(parameter, (context, value) => {
		if (String(value).trim().length > length)
			throw invalidField(context, label, `at most ${length} characters${example ? `, e.g. "${example}"` : ''}`);
	});

/** The field, when set, holds a whole number. */
export const wholeNumber = (parameter: string, label: string) =>
	checkValue(parameter, (context, value) => {
		if (!Number.isInteger(Number(value))) throw invalidField(context, label, 'it must be a whole number');
	});

/** A text field that, once added to an update, may not be left blank (removing it keeps the value). */
export const notBlankWhenAdded = (parameter: string, label: string) =>
	async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (isBlank(valueAt(this, parameter)))
			throw invalidField(this, label, 'it cannot be empty; remove the field to keep the current value');
		return request;
	};

/** A time range given by two date fields: the end may not precede the start (the conversion itself is the fields'). */
export function timeRange(start: { parameter: string; label: string }, end: { parameter: string; label: string }): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const zone = this.getTimezone();
		const from = toDateTime(parameterValue(this, start.parameter), zone);
		const to = toDateTime(parameterValue(this, end.parameter), zone);
		if (from && to && to < from) throw invalidField(this, end.label, `it is before "${start.label}"`);
		return request;
	};
}

/* ----------------------------------------------------------- shared fields */

/** A required date-time of a time range, sent in the query as an instant (the range check: timeRange). */
export function instantField(displayName: string, name: string, description: string, show: Show): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		required: true,
		default: '',
		description,
		displayOptions: { show },
		routing: { send: sendDate({ parameter: name, label: displayName, type: 'query', property: name, format: 'instant' }) },
	};
}

/** The optional creation date of an instance or subscription, in `collection`: sent as YYYY-MM-DD. */
export function dateCreatedField(collection: string): INodeProperties {
	return {
		displayName: 'Date Created',
		name: 'dateCreated',
		type: 'dateTime',
		default: '',
		description: 'Sent as a date (YYYY-MM-DD); a date with a time zone keeps its own day',
		routing: {
			send: sendDate({ parameter: `${collection}.dateCreated`, label: 'Date Created', type: 'body', property: 'dateCreated', format: 'yyyy-MM-dd' }),
		},
	};
}

/** The SLA of an instance or subscription: the API needs all three numbers when an SLA is sent. */
export function slaCollection(name: string, show: Show): INodeProperties {
	const value = (displayName: string, key: string, typeOptions: IDataObject, extra: PreSendAction[] = []): INodeProperties => ({
		displayName,
		name: key,
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { minValue: 0, ...typeOptions },
		routing: { send: { type: 'body', property: `sla.${key}`, preSend: extra } },
	});
	return {
		displayName: 'Service Level Agreement',
		name,
		type: 'fixedCollection',
		placeholder: 'Add SLA',
		default: {},
		description: 'The service level agreement that comes with the QBD Connect instance',
		displayOptions: { show },
		options: [
			{
				displayName: 'SLA',
				name: 'values',
				values: [
					value('Support Hours', 'supportHours', {}),
					value('Transaction Limit', 'transactionLimit', { numberPrecision: 0 }, [
						wholeNumber(`${name}.values.transactionLimit`, 'Service Level Agreement › Transaction Limit'),
					]),
					value('Default Hourly Rate', 'defaultHourlyRate', { numberPrecision: 2 }),
				],
			},
		],
	};
}

/** A JSON field that is the whole body, for operations whose body the API doc does not describe. */
export function jsonBodyField(name: string, show: Show, description: string): INodeProperties {
	return {
		displayName: 'Body (JSON)',
		name,
		type: 'json',
		default: '{}',
		description,
		displayOptions: { show },
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
						request.body = jsonObjectParameter(this, name, 'Body (JSON)');
						return request;
					},
				],
			},
		},
	};
}

/* ------------------------------------------- the documented Instance schema */

const text = z.string().trim().min(1);

/** The Instance schema of the API doc (qbdconnect-schemas.json): what a customer's `qbdInstances` entries must hold. */
const INSTANCE = z
	.object({
		instanceId: z.string().optional(),
		name: text,
		customerId: text,
		contact: z
			.object({ firstName: text, lastName: text, email: z.string().trim().email(), phone: z.string().optional() })
			.passthrough(),
		qbdPath: z.string().optional(),
		appUrl: z.string().optional(),
		frequencyInMinutes: z.number().int().min(1).optional(),
		fileId: z.string().optional(),
		validated: z.boolean().optional(),
		sla: z
			.object({ supportHours: z.number().min(0), transactionLimit: z.number().int().min(0), defaultHourlyRate: z.number().min(0) })
			.optional(),
		dateCreated: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
			.optional(),
	})
	.passthrough();

const INSTANCES = z.array(INSTANCE);

/** zod's first problem as words: `entry 1: contact.email: Required`. */
function firstIssue(error: z.ZodError): string {
	const [issue] = error.issues;
	const [index, ...path] = issue.path;
	const where = typeof index === 'number' ? `entry ${index + 1}${path.length ? `, ${path.join('.')}` : ''}` : issue.path.join('.');
	return `${where ? `${where}: ` : ''}${issue.message}`;
}

/**
 * The field-level send of Customer › Create's `qbdInstances`: a JSON list of instances, checked
 * against the documented Instance schema before anything is sent.
 */
export function sendInstanceList(parameter: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const raw = valueAt(this, parameter);
		if (isBlank(raw)) return request;
		const value = jsonValue(this, raw, label);
		if (!Array.isArray(value)) throw invalidField(this, label, 'it must be a JSON list of instance objects ([{ … }])');
		const result = INSTANCES.safeParse(value);
		if (!result.success) throw invalidField(this, label, `${firstIssue(result.error)} (see the Instance schema in the API documentation)`);
		request.body = { ...((request.body as IDataObject | undefined) ?? {}), qbdInstances: value as IDataObject[] };
		return request;
	};
}
