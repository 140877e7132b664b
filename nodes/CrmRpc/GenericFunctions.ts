import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { paginateByPage } from '../shared/pagination';
import { invalidField, isNumericId, numericId, parameterValue, validate } from '../shared/validation';
import {
	applyLimit,
	type CrmService,
	rejectHttpErrors,
	rpcCall,
	rpcOutput,
	serviceUrl,
	singleRequest,
	withApiErrors,
} from './transport';

/* ------------------------------------------------------------------ dates */

/** Year, month, day of an n8n dateTime value, read literally (no time-zone shift of the day). */
function dateParts(value: unknown): [string, string, string] | undefined {
	if (value instanceof Date) return dateParts(value.toISOString());
	const text = String(value ?? '').trim();
	const literal = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (literal) {
		// a real calendar day (no 2026-02-31, no month 13)
		const check = new Date(Date.UTC(Number(literal[1]), Number(literal[2]) - 1, Number(literal[3])));
		const real = check.getUTCMonth() + 1 === Number(literal[2]) && check.getUTCDate() === Number(literal[3]);
		return real ? [literal[1], literal[2], literal[3]] : undefined;
	}
	if (!text) return undefined;
	const date = new Date(text);
	if (Number.isNaN(date.getTime())) return undefined;
	const iso = date.toISOString();
	return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
}

/** `DD/MM/YY`, the format of CrmRpc filters and opportunities. */
export function toCrmDate(value: unknown): string | undefined {
	const parts = dateParts(value);
	return parts && `${parts[2]}/${parts[1]}/${parts[0].slice(2)}`;
}

/** `YYYY-MM-DD`, the format of tickets. */
export function toTicketDate(value: unknown): string | undefined {
	const parts = dateParts(value);
	return parts && `${parts[0]}-${parts[1]}-${parts[2]}`;
}

/* ------------------------------------------------------ fields on the wire */

export type WireKind = 'text' | 'number' | 'id' | 'idText' | 'ids' | 'boolean' | 'date' | 'ticketDate' | 'object';

/** How one n8n field goes into the request's `parameters`. */
export interface WireField {
	/** the n8n parameter name (inside its collection when read from one) */
	name: string;
	/** the API's name; dotted for nested objects (`created_at.from`) */
	wire: string;
	kind: WireKind;
	/** the field as the user sees it, for error messages */
	label: string;
	required?: boolean;
}

function setPath(target: IDataObject, path: string, value: unknown) {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject;
}

function isBlank(value: unknown) {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0);
}

/** A field value as the API wants it; throws a NodeOperationError naming the field otherwise. */
function toWire(context: IExecuteSingleFunctions, field: WireField, value: unknown): unknown {
	const bad = (problem: string) => invalidField(context, field.label, problem);
	switch (field.kind) {
		case 'text':
			return String(value).trim();
		case 'number': {
			const number = Number(value);
			if (!Number.isFinite(number)) throw bad(`"${String(value)}" is not a number`);
			return number;
		}
		case 'id':
		case 'idText':
			if (!isNumericId(value)) throw bad(`"${String(value)}" is not a numeric ID`);
			// some ids are typed string in the doc (product catalog ids): keep them as text
			return field.kind === 'id' ? Number(value) : String(value).trim();
		case 'ids': {
			const parts = (Array.isArray(value) ? value : String(value).split(',')).map((part) => String(part).trim()).filter(Boolean);
			const wrong = parts.find((part) => !isNumericId(part));
			if (wrong !== undefined) throw bad(`"${wrong}" is not a numeric ID`);
			return parts.map(Number);
		}
		case 'boolean':
			return Boolean(value);
		case 'date':
		case 'ticketDate': {
			const date = field.kind === 'date' ? toCrmDate(value) : toTicketDate(value);
			if (!date) throw bad(`"${String(value)}" is not a date`);
			return date;
		}
		case 'object': {
			const parsed = typeof value === 'string' ? safeParse(value) : value;
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad('it must be a JSON object');
			return parsed;
		}
	}
}

function safeParse(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The `parameters` for `values` (read from n8n), converted and checked field by field. */
export function wireParameters(context: IExecuteSingleFunctions, values: IDataObject, fields: WireField[]): IDataObject {
	const parameters: IDataObject = {};
	for (const field of fields) {
		const value = values[field.name];
		if (isBlank(value)) {
			if (field.required) throw invalidField(context, field.label, 'it is required');
			continue;
		}
		setPath(parameters, field.wire, toWire(context, field, value));
	}
	return parameters;
}

/** Adds to the request body's `parameters` (keeping what routing already put there). */
export function addParameters(request: IHttpRequestOptions, parameters: IDataObject) {
	const body = (request.body ?? {}) as IDataObject;
	body.parameters = { ...((body.parameters as IDataObject | undefined) ?? {}), ...parameters };
	request.body = body;
}

export interface FieldSource {
	/** top-level n8n fields of the operation */
	fields?: WireField[];
	/** collections (`filters`, `additionalFields`) and the fields inside them */
	collections?: Record<string, WireField[]>;
	/** fixedCollections holding one object sent as a whole (`shippingAddress.address` → `shipping_address`) */
	objects?: Array<{ path: string; wire: string; fields: WireField[] }>;
}

/** A preSend that builds `parameters` from the operation's fields; bad input throws before sending. */
export function sendFields(source: FieldSource): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const top: IDataObject = {};
		for (const field of source.fields ?? []) top[field.name] = parameterValue(this, field.name) as IDataObject;
		const parameters = wireParameters(this, top, source.fields ?? []);
		for (const [collection, fields] of Object.entries(source.collections ?? {})) {
			const values = this.getNodeParameter(collection, {}) as IDataObject;
			Object.assign(parameters, wireParameters(this, values, fields));
		}
		for (const object of source.objects ?? []) {
			const values = this.getNodeParameter(object.path, {}) as IDataObject;
			// an object the user did not add is not sent (its required fields do not apply)
			if (!values || Object.keys(values).length === 0) continue;
			const wire = wireParameters(this, values, object.fields);
			if (Object.keys(wire).length) parameters[object.wire] = wire;
		}
		addParameters(request, parameters);
		return request;
	};
}

/* ----------------------------------------------------------- operations */

export interface RpcOperation {
	name: string;
	value: string;
	action: string;
	description?: string;
	service: CrmService;
	/** the RPC method name sent as `method` */
	method: string;
	/** the key of `response` holding the result */
	root: string;
	preSend?: PreSendAction[];
	/** replaces the usual output step (unwrapping `response[root]`) */
	postReceive?: PostReceiveAction[];
	/** `page` / `pagination` / `last_page` paging */
	paged?: boolean;
	/** a list the API returns whole: Return All / Limit applied locally */
	list?: boolean;
}

/** Paging of GetCompanies / GetContacts / GetOpportunities: page size defaults to 500. */
export function rpcPagination(root: string) {
	return paginateByPage({
		in: 'body',
		pageParam: 'parameters.page',
		sizeParam: 'parameters.pagination',
		firstPage: 1,
		maxPageSize: 500,
		records: (body) => {
			const records = (body.response as IDataObject | undefined)?.[root];
			return Array.isArray(records) ? (records as IDataObject[]) : [];
		},
		lastPage: (body) => {
			const last = Number((body.response as IDataObject | undefined)?.last_page);
			return Number.isFinite(last) ? last : undefined;
		},
	});
}

/** One operation option: `POST /{service}` with `{"method": …}`, unwrapped to `response[root]`. */
export function rpcOperation(operation: RpcOperation) {
	const postReceive =
		operation.postReceive ??
		(operation.paged ? [rpcOutput()] : [rpcOutput(operation.root), ...(operation.list ? [applyLimit] : [])]);
	return {
		name: operation.name,
		value: operation.value,
		action: operation.action,
		...(operation.description ? { description: operation.description } : {}),
		routing: {
			request: { method: 'POST' as const, url: serviceUrl(operation.service), body: { method: operation.method } },
			// every operation goes through withApiErrors (see transport.ts); `paginate` enables that hook
			send: { preSend: operation.preSend ?? [], paginate: true },
			operations: { pagination: withApiErrors(operation.paged ? rpcPagination(operation.root) : singleRequest) },
			// HTTP error statuses first, whatever the operation's own output step
			output: { postReceive: [rejectHttpErrors, ...postReceive] },
		},
	};
}

/* --------------------------------------------------------------- fields */

const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** The profile dropdown (`Profiles.GetProfiles`); sent as `parameters.profile_id`. */
export function profileField(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Profile Name or ID',
		name: 'profileId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProfiles' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: { show: { resource: [resource], operation: operations } },
		routing: {
			send: {
				type: 'body',
				property: 'parameters.profile_id',
				value: '={{ Number($value) }}',
				preSend: [validate(numericId('profileId', 'Profile'))],
			},
		},
	};
}

/** A dropdown fed by a loadOptions method that depends on the chosen profile. */
export function profileOptions(
	displayName: string,
	name: string,
	method: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: `${displayName} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method, loadOptionsDependsOn: ['profileId'] },
		default: '',
		description: EXPRESSION_HINT,
		...extra,
	} as INodeProperties;
}

/** A multi-select fed by a loadOptions method that depends on the chosen profile. */
export function profileMultiOptions(displayName: string, name: string, method: string): INodeProperties {
	return {
		displayName: `${displayName} Names or IDs`,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: method, loadOptionsDependsOn: ['profileId'] },
		default: [],
		description: EXPRESSION_HINT,
	};
}

/** The company picker: from a searchable list (GetCompanies with `query`) or by ID. */
export function companyLocator(show: IDataObject, required = true): INodeProperties {
	return {
		displayName: 'Company',
		name: 'companyId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		displayOptions: { show: show as { [key: string]: string[] } },
		description: 'The company of the chosen profile',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCompanies', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'A company ID is a number' } }],
			},
		],
	};
}

/** One address of a company or contact, as a fixed collection (sent as one object). */
export function addressField(displayName: string, name: string, show: IDataObject): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: `Add ${displayName}`,
		default: {},
		displayOptions: { show: show as { [key: string]: string[] } },
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					{
						displayName: 'Country Name or ID',
						name: 'country',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getCountries' },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'State Name or ID',
						name: 'state',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getStates', loadOptionsDependsOn: ['&country'] },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'Street', name: 'street', type: 'string', default: '' },
					{ displayName: 'Number', name: 'number', type: 'string', default: '' },
					{ displayName: 'Interior Number', name: 'interiorNumber', type: 'string', default: '' },
					{ displayName: 'Zip', name: 'zip', type: 'string', default: '' },
					{ displayName: 'Suburb', name: 'suburb', type: 'string', default: '' },
					{ displayName: 'City', name: 'city', type: 'string', default: '' },
					{ displayName: 'Latitude', name: 'latitude', type: 'string', default: '' },
					{ displayName: 'Longitude', name: 'longitude', type: 'string', default: '' },
				],
			},
		],
	};
}

/** The wire form of addressField. */
export const addressWire: WireField[] = [
	{ name: 'country', wire: 'country', kind: 'text', label: 'Address › Country' },
	{ name: 'state', wire: 'state', kind: 'text', label: 'Address › State' },
	{ name: 'street', wire: 'street', kind: 'text', label: 'Address › Street' },
	{ name: 'number', wire: 'number', kind: 'text', label: 'Address › Number' },
	{ name: 'interiorNumber', wire: 'interior_number', kind: 'text', label: 'Address › Interior Number' },
	{ name: 'zip', wire: 'zip', kind: 'text', label: 'Address › Zip' },
	{ name: 'suburb', wire: 'suburb', kind: 'text', label: 'Address › Suburb' },
	{ name: 'city', wire: 'city', kind: 'text', label: 'Address › City' },
	{ name: 'latitude', wire: 'latitude', kind: 'text', label: 'Address › Latitude' },
	{ name: 'longitude', wire: 'longitude', kind: 'text', label: 'Address › Longitude' },
];

/** The shipping and billing address objects of a create operation. */
export const addressObjects = [
	{ path: 'shippingAddress.address', wire: 'shipping_address', fields: addressWire },
	{ path: 'billingAddress.address', wire: 'billing_address', fields: addressWire },
];

/** The catalog operations ("Get Stages", "Get Types" …): profile in, one item per entry out. */
export function catalogOperation(service: CrmService, method: string, root: string, what: string, description?: string) {
	return rpcOperation({
		name: `Get ${what}`,
		value: method.charAt(0).toLowerCase() + method.slice(1),
		action: `Get ${what.toLowerCase()}`,
		description,
		service,
		method,
		root,
		list: true,
	});
}

/* ---------------------------------------------------- dropdowns and search */

function optionName(row: IDataObject): string {
	const label = row.name ?? row.title ?? row.description ?? row.code ?? `#${String(row.id)}`;
	return String(label);
}

/** The profile chosen in the editor (current values first, then the saved node). */
function chosenProfile(context: ILoadOptionsFunctions): number | undefined {
	const current = context.getCurrentNodeParameter('profileId') ?? context.getNodeParameter('profileId', '');
	return isNumericId(current) ? Number(current) : undefined;
}

/** A loadOptions method reading one catalog of the chosen profile. */
export function catalogLoader(service: CrmService, method: string, root: string, needsProfile = true) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const parameters: IDataObject = {};
		if (needsProfile) {
			const profileId = chosenProfile(this);
			// nothing to list until a profile is chosen
			if (profileId === undefined) return [];
			parameters.profile_id = profileId;
		}
		const response = await rpcCall.call(this, service, method, parameters);
		const rows = Array.isArray(response[root]) ? (response[root] as IDataObject[]) : [];
		return rows
			.map((row) => ({ name: optionName(row), value: (row.id ?? row.code) as string | number }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

/** Countries are identified by their code. */
export async function getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await rpcCall.call(this, 'Profiles', 'GetCountries');
	const rows = Array.isArray(response.countries) ? (response.countries as IDataObject[]) : [];
	return rows.map((row) => ({ name: optionName(row), value: String(row.code ?? row.id) }));
}

/** States of the country chosen next to the field (an address) or on the node. */
export async function getStates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const country = this.getCurrentNodeParameter('&country') ?? this.getCurrentNodeParameter('country');
	if (typeof country !== 'string' || !country) return [];
	const response = await rpcCall.call(this, 'Profiles', 'GetStates', { country });
	const rows = Array.isArray(response.states) ? (response.states as IDataObject[]) : [];
	return rows.map((row) => ({ name: optionName(row), value: String(row.code ?? row.id) }));
}

/** List search of the company picker: GetCompanies with `query`, 50 a page. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const profileId = chosenProfile(this);
	if (profileId === undefined) return { results: [] };
	const page = Number(paginationToken ?? 1);
	const response = await rpcCall.call(this, 'Companies', 'GetCompanies', {
		profile_id: profileId,
		page,
		pagination: 50,
		...(filter ? { query: filter } : {}),
	});
	const companies = Array.isArray(response.companies) ? (response.companies as IDataObject[]) : [];
	const lastPage = Number(response.last_page ?? page);
	return {
		results: companies.map((company) => ({ name: `${optionName(company)} (#${String(company.id)})`, value: String(company.id) })),
		paginationToken: page < lastPage ? String(page + 1) : undefined,
	};
}
