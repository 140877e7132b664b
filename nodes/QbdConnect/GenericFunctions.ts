import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeProperties,
	IPollFunctions,
} from 'n8n-workflow';
import type { NodeApiError } from 'n8n-workflow';

import { apiError, handleApiResponse } from '../shared/errors';
import { ownRequest } from '../shared/request';
import { invalidField, parameterValue, type InputCheck } from '../shared/validation';

export const CREDENTIAL = 'qbdConnectApi';

/** `{base URL}/{version}` from the credential, as an n8n expression (requestDefaults). */
export const BASE_URL_EXPRESSION =
	'={{$credentials.baseUrl.replace(/\\/+$/, "")}}/{{$credentials.apiVersion.replace(/^\\/+|\\/+$/g, "")}}';

interface QbdCredentials {
	baseUrl: string;
	apiVersion: string;
}

/** The same `{base URL}/{version}` for requests made in code (list search, trigger). */
export function baseUrlOf(credentials: QbdCredentials): string {
	const base = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	const version = String(credentials.apiVersion ?? 'v1').replace(/^\/+|\/+$/g, '');
	return `${base}/${version}`;
}

type RequestContext = ILoadOptionsFunctions | IPollFunctions;

/** One call made in code: the API's own message and status on failure. */
export async function qbdRequest(
	context: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	qs: IDataObject = {},
): Promise<unknown> {
	const credentials = await context.getCredentials<QbdCredentials>(CREDENTIAL);
	return await ownRequest(context, CREDENTIAL, { method, url: `${baseUrlOf(credentials)}${path}`, qs });
}

/**
 * The records of a list answer. The doc gives no schema for most lists (invoices, products,
 * users, payments): a bare array is expected, a `{data: [...]}`-style wrapper is accepted too.
 */
export function recordsOf(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (body && typeof body === 'object') {
		const wrapped = body as IDataObject;
		for (const key of ['data', 'items', 'results', 'records']) {
			if (Array.isArray(wrapped[key])) return wrapped[key] as IDataObject[];
		}
		const lists = Object.values(wrapped).filter(Array.isArray);
		if (lists.length === 1) return lists[0] as IDataObject[];
	}
	return [];
}

/** The id of a record whose schema is undocumented: `id` or `<kind>Id`. */
export function recordId(record: IDataObject, kind: string): string {
	const value = record.id ?? record[`${kind}Id`];
	return value === undefined || value === null ? '' : String(value);
}

/**
 * postReceive after handleApiResponse on lists: the API does not paginate, so Return All /
 * Limit is applied here; unwraps `{data: [...]}` if the server wraps its lists.
 */
export async function limitLocally(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const records = Array.isArray(response.body) ? items.map((item) => item.json) : recordsOf(response.body);
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = Math.max(1, Number(this.getNodeParameter('limit', 50)));
	return (returnAll ? records : records.slice(0, limit)).map((json) => ({ json }));
}

/** handleApiResponse, with the given Update Fields (the QBWC password) kept out of error messages. */
export function handleApiResponseHiding(...secretFields: string[]) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (response.statusCode >= 400) {
			const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
			const secrets = secretFields.map((name) => String(fields[name] ?? '')).filter((secret) => secret !== '');
			throw apiError(this.getNode(), response.statusCode, response.body, { itemIndex: this.getItemIndex(), secrets, headers: response.headers });
		}
		return await handleApiResponse.call(this, items, response);
	};
}

/**
 * The QWC file arrives as raw bytes (the request asks for an arraybuffer). An error body is
 * decoded to text first so handleApiResponse can read the API's message from it.
 */
export async function decodeErrorBody(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400 && Buffer.isBuffer(response.body)) {
		response.body = response.body.toString('utf8');
	}
	return items;
}

/** postReceive of Get QWC File: the bytes as a binary property with a `.qwc` file name. */
export async function qwcFile(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as unknown;
	const bytes = Buffer.isBuffer(body)
		? body
		: body instanceof ArrayBuffer
			? Buffer.from(body)
			: Buffer.from(String(body ?? ''), 'utf8');
	const instanceId = String(parameterValue(this, 'instanceId'));
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const property = String(options.binaryPropertyName ?? 'data').trim() || 'data';
	let fileName = String(options.fileName ?? '').trim() || `${instanceId}.qwc`;
	if (!/\.qwc$/i.test(fileName)) fileName += '.qwc';
	const binary = await this.helpers.prepareBinaryData(bytes, fileName, 'application/xml');
	return [
		{
			json: {
				instanceId,
				fileName,
				emailed: this.getNodeParameter('email', false) as boolean,
				size: bytes.length,
			},
			binary: { [property]: binary },
		},
	];
}

/** postReceive of Checkout: the answer is a `Location` header (the checkout page URL). */
export async function checkoutLocation(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const header = response.headers?.location as string | string[] | undefined;
	const location = Array.isArray(header) ? header[0] : header;
	if (!location) {
		throw apiError(this.getNode(), response.statusCode, {
			message: 'The checkout answer has no Location header (the checkout URL)',
		});
	}
	const body = items[0]?.json ?? {};
	const extra = body.success === true && Object.keys(body).length === 1 ? {} : { response: body };
	return [{ json: { location, statusCode: response.statusCode, ...extra } }];
}

/** Ids go into paths: they must be set and must not change the path. */
export function pathId(name: string, field: string): InputCheck {
	return (context) => {
		const value = parameterValue(context, name);
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (text === '') throw invalidField(context, field, 'it is required');
		if (/[/?#\s]/.test(text)) throw invalidField(context, field, `"${text}" is not an ID (no spaces, "/", "?" or "#")`);
	};
}

/** A text parameter, trimmed; '' when unset or an expression gives nothing. */
export function textParameter(context: IExecuteSingleFunctions, name: string): string {
	const value = context.getNodeParameter(name, '') as unknown;
	return value === undefined || value === null ? '' : String(value).trim();
}

/** The customer of a resource locator, trimmed. */
export function parameterCustomerId(context: IExecuteSingleFunctions): string {
	return String(parameterValue(context, 'customerId') ?? '').trim();
}

/** A JSON parameter (object) as a body: text or object, anything else names the field. */
export function jsonObject(context: IExecuteSingleFunctions, name: string, field: string): IDataObject {
	const raw = context.getNodeParameter(name, '{}') as unknown;
	let value = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return {};
		try {
			value = JSON.parse(raw);
		} catch {
			throw invalidField(context, field, 'it is not valid JSON');
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw invalidField(context, field, 'it must be a JSON object, e.g. {"key": "value"}');
	}
	return value as IDataObject;
}

/** preSend: the JSON parameter `name` becomes the whole request body. */
export function jsonBody(name: string, field: string) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		request.body = jsonObject(this, name, field);
		return request;
	};
}

/** How far a time zone is ahead of UTC at an instant, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return wall - Math.floor(instant / 1000) * 1000;
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An n8n date picker value as an instant. The picker gives wall time without a zone
 * ("2026-03-01T09:00:00"), meant in the workflow's time zone; values with a zone are taken as is.
 */
export function pickedInstant(context: IExecuteSingleFunctions, name: string, field: string): Date {
	const raw = context.getNodeParameter(name, '') as unknown;
	const text = raw instanceof Date ? raw.toISOString() : String(raw ?? '').trim();
	if (!text) throw invalidField(context, field, 'it is required');
	let instant: number;
	if (HAS_ZONE.test(text) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
		instant = Date.parse(text);
	} else {
		const wallAsUtc = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`);
		const timeZone = context.getTimezone();
		instant = wallAsUtc - zoneOffset(wallAsUtc, timeZone);
		// across a daylight-saving change the offset at the result may differ once
		const corrected = wallAsUtc - zoneOffset(instant, timeZone);
		if (Number.isFinite(corrected)) instant = corrected;
	}
	if (!Number.isFinite(instant)) throw invalidField(context, field, `"${text}" is not a date and time`);
	return new Date(instant);
}

/** Two pickers as a time range in JSON date-time form; the end must not precede the start. */
export function pickedRange(
	context: IExecuteSingleFunctions,
	from: { name: string; field: string },
	to: { name: string; field: string },
): [string, string] {
	const start = pickedInstant(context, from.name, from.field);
	const end = pickedInstant(context, to.name, to.field);
	if (end.getTime() < start.getTime()) throw invalidField(context, to.field, `it is before "${from.field}"`);
	return [start.toISOString(), end.toISOString()];
}

/** An n8n date picker value as the API's date-only form (YYYY-MM-DD, in the workflow's time zone). */
export function pickedDate(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !HAS_ZONE.test(text)) return text.slice(0, 10);
	const instant = Date.parse(text);
	if (!Number.isFinite(instant)) throw invalidField(context, field, `"${text}" is not a date`);
	// en-CA formats as YYYY-MM-DD
	return new Intl.DateTimeFormat('en-CA', { timeZone: context.getTimezone() }).format(new Date(instant));
}

interface LocatorOptions {
	name: string;
	displayName: string;
	description: string;
	searchMethod: string;
	placeholder: string;
	/** the list search needs text (customers: a Stripe ID; instances: a customer ID) */
	searchHint?: string;
	show: { [key: string]: string[] };
	required?: boolean;
}

/** A resource locator: pick from a list (searched through the API) or give the ID. */
export function idLocator(options: LocatorOptions): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		displayOptions: { show: options.show },
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.searchHint,
				typeOptions: {
					searchListMethod: options.searchMethod,
					searchable: true,
					searchFilterRequired: options.searchHint !== undefined,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[^/?#\\s]+$', errorMessage: 'An ID has no spaces, "/", "?" or "#"' },
					},
				],
			},
		],
	};
}

function label(record: IDataObject, id: string, nameKeys: string[]): string {
	const name = nameKeys.map((key) => record[key]).find((value) => typeof value === 'string' && value.trim());
	return name ? `${String(name)} (${id})` : id;
}

function filtered(records: IDataObject[], kind: string, nameKeys: string[], filter?: string): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	for (const record of records) {
		const id = recordId(record, kind);
		if (!id) continue;
		const name = label(record, id, nameKeys);
		if (needle && !name.toLowerCase().includes(needle)) continue;
		results.push({ name, value: id });
	}
	return { results };
}

/**
 * Customers cannot be listed (no endpoint): the search looks a customer up by its Stripe
 * customer ID (`GET /customers?gatewayCustomerId=`), the one documented lookup.
 */
export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const gatewayCustomerId = (filter ?? '').trim();
	if (!gatewayCustomerId) return { results: [] };
	let body: IDataObject | IDataObject[];
	try {
		body = (await qbdRequest(this, 'GET', '/customers', { gatewayCustomerId })) as IDataObject | IDataObject[];
	} catch (error) {
		// no customer with that Stripe ID: an empty list, not an error
		if ((error as NodeApiError).httpCode === '404') return { results: [] };
		throw error;
	}
	const customers = Array.isArray(body) ? body : body && typeof body === 'object' && body.id ? [body] : [];
	return {
		results: customers.map((customer) => ({
			name: label(customer, String(customer.id), ['name']),
			value: String(customer.id),
		})),
	};
}

/** Instances are listed per customer (`GET /instances?customerId=`): the search text is the customer ID. */
export async function searchInstances(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const customerId = (filter ?? '').trim();
	if (!customerId) return { results: [] };
	const instances = recordsOf(await qbdRequest(this, 'GET', '/instances', { customerId }));
	return filtered(instances, 'instance', ['name']);
}

export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const invoices = recordsOf(await qbdRequest(this, 'GET', '/invoices'));
	return filtered(invoices, 'invoice', ['number', 'description', 'customerName', 'name'], filter);
}

export async function searchProducts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const products = recordsOf(await qbdRequest(this, 'GET', '/products'));
	return filtered(products, 'product', ['name', 'description'], filter);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const users = recordsOf(await qbdRequest(this, 'GET', '/users'));
	return filtered(users, 'user', ['name', 'email', 'userName'], filter);
}

export const customerLocator = (show: LocatorOptions['show'], description = 'The QBD Connect customer') =>
	idLocator({
		name: 'customerId',
		displayName: 'Customer',
		description,
		searchMethod: 'searchCustomers',
		searchHint: 'Stripe customer ID, e.g. cus_NffrFeUfNV2Hib',
		placeholder: 'e.g. 5f1c0a7e',
		show,
	});

export const instanceLocator = (show: LocatorOptions['show']) =>
	idLocator({
		name: 'instanceId',
		displayName: 'Instance',
		description: 'The QBD Connect instance. To pick from a list, type the ID of the customer that owns it.',
		searchMethod: 'searchInstances',
		searchHint: 'Customer ID whose instances to list',
		placeholder: 'e.g. 8d2f6c1a-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
		show,
	});

export const invoiceLocator = (show: LocatorOptions['show']) =>
	idLocator({
		name: 'invoiceId',
		displayName: 'Invoice',
		description: 'The invoice',
		searchMethod: 'searchInvoices',
		placeholder: 'e.g. in_1NffrF',
		show,
	});

export const productLocator = (show: LocatorOptions['show']) =>
	idLocator({
		name: 'productId',
		displayName: 'Product',
		description: 'The product',
		searchMethod: 'searchProducts',
		placeholder: 'e.g. prod_NffrFeUf',
		show,
	});

export const userLocator = (show: LocatorOptions['show']) =>
	idLocator({
		name: 'userId',
		displayName: 'User',
		description: 'The user',
		searchMethod: 'searchUsers',
		placeholder: 'e.g. 5f1c0a7e',
		show,
	});
