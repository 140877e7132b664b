import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
	IPollFunctions,
} from 'n8n-workflow';

import { apiError, handleApiResponse } from '../shared/errors';
import { ownRequest } from '../shared/request';
import { idList, invalidField, parameterValue } from '../shared/validation';

/** Every Qebot path hangs under the environment's base URL plus this prefix. */
export const QEBOT_API_PATH = '/api/v1';

export interface QebotCredentials {
	email: string;
	apiKey: string;
	baseUrl: string;
}

/** The base URL of the node's requests: the credential's environment plus /api/v1. */
export function apiBaseUrl(credentials: QebotCredentials): string {
	return `${String(credentials.baseUrl ?? '').replace(/\/+$/, '')}${QEBOT_API_PATH}`;
}

/**
 * Qebot wraps every result in a list under the plural resource name (`{"brands": [...]}`),
 * even a single record. Two doc examples use another key (`"purchasess"`, a business list under
 * `"brands"`), so when the expected key is missing the body's only list is taken.
 */
export function recordsOf(body: unknown, root: string): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (!body || typeof body !== 'object') return [];
	const data = body as IDataObject;
	const value = data[root];
	if (Array.isArray(value)) return value as IDataObject[];
	if (value && typeof value === 'object') return [value as IDataObject];
	const lists = Object.values(data).filter(Array.isArray);
	return lists.length === 1 ? (lists[0] as IDataObject[]) : [];
}

/**
 * postReceive: one item per record of the `root` list. A body without any list (an empty 2xx
 * answer, read as `{success: true}`, or an unexpected shape) is kept as it is, not dropped.
 */
export function unwrap(root: string) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return items.flatMap((item) => {
			const hasList = Array.isArray(item.json) || Object.values(item.json ?? {}).some(Array.isArray);
			return hasList ? recordsOf(item.json, root).map((json) => ({ json })) : [item];
		});
	};
}

/** postReceive: Qebot lists are not paginated, so Return All / Limit is applied here. */
export async function limitResults(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	return items.slice(0, Math.max(1, Number(this.getNodeParameter('limit', 50))));
}

/**
 * handleApiResponse for operations that send card data: an error body is mapped the same way,
 * but every card number and CVV the user gave is redacted from its message and details first
 * (an API may echo the field it rejects).
 */
export function handleApiResponseRedacting(secretsOf: (context: IExecuteSingleFunctions) => string[]) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (response.statusCode >= 400) {
			throw apiError(this.getNode(), response.statusCode, response.body, {
				itemIndex: this.getItemIndex(),
				secrets: secretsOf(this),
				headers: response.headers,
			});
		}
		return await handleApiResponse.call(this, items, response);
	};
}

/** A card number as typed and as digits only, and the CVV: what must never be echoed. */
export function cardSecrets(...values: unknown[]): string[] {
	const secrets: string[] = [];
	for (const value of values) {
		if (typeof value !== 'string' && typeof value !== 'number') continue;
		const text = String(value).trim();
		if (!text) continue;
		secrets.push(text, text.replace(/[\s-]/g, ''));
	}
	// longest first, so a CVV inside a card number does not break the card number's redaction
	return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}

/**
 * The SSO login, logout and JWT endpoints are browser redirects: following them from n8n would
 * spend the user's one-time token on a page nobody sees. The operation's routing.request still
 * states the endpoint (method, url, token query); this request-operation hook, which RoutingNode
 * calls instead of sending, turns exactly that request into the URL to open and sends nothing.
 */
export async function returnUrlInsteadOfSending(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const { baseURL, url, qs } = requestData.options;
	const target = new URL(`${String(baseURL ?? '').replace(/\/+$/, '')}${url}`);
	for (const [key, value] of Object.entries(qs ?? {})) {
		if (value !== undefined && value !== null && value !== '') target.searchParams.set(key, String(value));
	}
	return [{ json: { url: target.toString() } }];
}

/* ---------------------------------------------------------------- dates */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Parses a Qebot date: the CRM's "Sep 02, 2020 04:01:23 PM" (no zone given; read as UTC) or an
 * ISO 8601 string like users' "2016-10-06T13:28:27+00:00". Returns epoch ms, NaN when unreadable.
 */
export function parseQebotDate(value: unknown): number {
	if (typeof value !== 'string' || !value.trim()) return NaN;
	const text = value.trim();
	const crm = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])$/.exec(text);
	if (crm) {
		const month = MONTHS.indexOf(crm[1].toLowerCase());
		let hour = Number(crm[4]);
		if (month < 0 || hour < 1 || hour > 12) return NaN;
		const pm = crm[7].toUpperCase() === 'PM';
		if (hour === 12) hour = pm ? 12 : 0;
		else if (pm) hour += 12;
		return Date.UTC(Number(crm[3]), month, Number(crm[2]), hour, Number(crm[5]), Number(crm[6] ?? 0));
	}
	if (/^\d{4}-\d{2}-\d{2}/.test(text)) return Date.parse(text);
	return NaN;
}

/** ISO 8601 of a Qebot date, or undefined. */
export function qebotDateToIso(value: unknown): string | undefined {
	const time = parseQebotDate(value);
	return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/* ---------------------------------------------------------------- leads */

/**
 * Adds creationDateIso / lastUpdateDateIso (ISO 8601) to a lead. The lead is the freshly parsed
 * answer, owned by this call, so it is extended in place: a copy per lead doubled the memory of
 * large lists.
 */
export function leadWithIsoDates(lead: IDataObject): IDataObject {
	for (const key of ['creationDate', 'lastUpdateDate']) {
		const iso = qebotDateToIso(lead[key]);
		if (iso) lead[`${key}Iso`] = iso;
	}
	return lead;
}

function firstOf(list: unknown, key: string): unknown {
	if (!Array.isArray(list) || list.length === 0) return undefined;
	const first = list[0] as IDataObject;
	return first && typeof first === 'object' ? first[key] : undefined;
}

/** The handful of lead fields most workflows need (the full lead has ~50 keys and lists). */
export function simplifyLead(lead: IDataObject): IDataObject {
	const simple: IDataObject = {
		id: lead.id,
		leadId: lead.leadId,
		firstName: lead.firstName,
		lastName: lead.lastName,
		fullName: lead.fullName,
		companyName: lead.companyName,
		emailAddress: (lead.emailAddress ?? firstOf(lead.emailAddresses, 'emailAddress')) as string | undefined,
		phoneNumber: firstOf(lead.phoneNumbers, 'phoneNumber') as string | undefined,
		leadStatus: lead.leadStatusMeaning,
		leadSource: lead.leadSourceMeaning,
		wayToContact: lead.wayToContact,
		assignee: lead.assigneeObjectRefName,
		potentialAmount: lead.potentialAmount,
		isActive: lead.isActive,
		isUnsubscribed: lead.isUnsubscribed,
		creationDate: qebotDateToIso(lead.creationDate) ?? lead.creationDate,
		lastUpdateDate: qebotDateToIso(lead.lastUpdateDate) ?? lead.lastUpdateDate,
	};
	return Object.fromEntries(Object.entries(simple).filter(([, value]) => value !== undefined)) as IDataObject;
}

/** postReceive of lead lists and lead create: ISO dates, and Simplify when the user asked. */
export async function shapeLeads(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const simplify = this.getNodeParameter('simplify', false) as boolean;
	for (const item of items) item.json = simplify ? simplifyLead(item.json) : leadWithIsoDates(item.json);
	return items;
}

/* ---------------------------------------------------------------- pickers */

export interface RecordKind {
	/** list path under /api/v1 */
	path: string;
	/** wrapper key of the list */
	root: string;
	/** how a record is shown in a dropdown */
	label: (record: IDataObject) => string;
}

export const BRANDS: RecordKind = { path: '/brands', root: 'brands', label: (r) => String(r.name ?? '(no name)') };
export const BUSINESSES: RecordKind = {
	path: '/businesses',
	root: 'businesses',
	label: (r) => [r.business_name ?? '(no name)', r.city].filter(Boolean).join(', '),
};
export const USERS: RecordKind = {
	path: '/users',
	root: 'users',
	label: (r) => `${[r.first_name, r.last_name].filter(Boolean).join(' ') || '(no name)'} <${String(r.username ?? '')}>`,
};
export const TOOLS: RecordKind = {
	path: '/tools',
	root: 'tools',
	label: (r) => `${String(r.tool ?? '(no name)')}${r.amount !== undefined ? ` (${String(r.amount)})` : ''}`,
};
export const BILLINGS: RecordKind = {
	path: '/billings',
	root: 'billings',
	label: (r) =>
		`${[r.first_name, r.last_name].filter(Boolean).join(' ')} · ${String(r.card_type ?? 'card')} …${String(r.last_four ?? '')}`,
};

/** One authenticated Qebot call from a load-options or poll context; errors keep Qebot's message. */
export async function qebotRequest(
	context: ILoadOptionsFunctions | IPollFunctions,
	method: IHttpRequestMethods,
	path: string,
): Promise<unknown> {
	const credentials = await context.getCredentials<QebotCredentials>('qebotApi');
	return await ownRequest(context, 'qebotApi', {
		method,
		url: `${apiBaseUrl(credentials)}${path}`,
		headers: { Accept: 'application/json' },
	});
}

/** All records of a kind (Qebot lists are unpaginated: one call). */
export async function listAll(context: ILoadOptionsFunctions | IPollFunctions, kind: RecordKind): Promise<IDataObject[]> {
	return recordsOf(await qebotRequest(context, 'GET', kind.path), kind.root);
}

function searcher(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const needle = (filter ?? '').trim().toLowerCase();
		const results = (await listAll(this, kind))
			.map((record) => ({ name: `${kind.label(record)} (#${String(record.id)})`, value: String(record.id) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
		return { results };
	};
}

function optionsLoader(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await listAll(this, kind))
			.map((record) => ({ name: `${kind.label(record)} (#${String(record.id)})`, value: Number(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const listSearch = {
	searchBrands: searcher(BRANDS),
	searchBusinesses: searcher(BUSINESSES),
	searchUsers: searcher(USERS),
	searchTools: searcher(TOOLS),
	searchBillings: searcher(BILLINGS),
};

export const loadOptions = {
	getBrands: optionsLoader(BRANDS),
	getBusinesses: optionsLoader(BUSINESSES),
};

/** A picker for one record: from the API's list, or by ID. */
export function recordLocator(options: {
	name: string;
	displayName: string;
	searchMethod: keyof typeof listSearch;
	show: { [key: string]: string[] };
	description?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: options.show },
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'An ID is a number' } },
				],
			},
		],
	};
}

/** Reads a list of ids (a multi-select, a list from an expression, or "1, 2") or undefined when unset. */
export function optionalIdList(context: IExecuteSingleFunctions, value: unknown, field: string): number[] | undefined {
	if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
	return idList(context, value, field);
}

/** A required text parameter, trimmed; throws naming the field when blank. */
export function requiredString(context: IExecuteSingleFunctions, name: string, field: string): string {
	const value = parameterValue(context, name);
	if (typeof value !== 'string' && typeof value !== 'number') throw invalidField(context, field, 'it is required and cannot be empty');
	const text = String(value).trim();
	if (!text) throw invalidField(context, field, 'it is required and cannot be empty');
	return text;
}

/** An integer in a range (months, years, ids of dropdowns given by expression). */
export function checkInteger(context: IExecuteSingleFunctions, value: unknown, field: string, min: number, max: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
		throw invalidField(context, field, `"${String(value ?? '')}" is not a whole number from ${min} to ${max}`);
	}
	return number;
}

/** An email-like text: something@something. */
export function checkEmail(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	if (!/^[^\s@]+@[^\s@]+$/.test(text)) throw invalidField(context, field, `"${text}" is not an email address`);
	return text;
}
