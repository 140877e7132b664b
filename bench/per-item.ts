// Per-item work (one item in, one call out) in a real n8n: our operation versus n8n's HTTP Request
// node making the same request for the same items. Parameter names are looked up in the node's
// description by what the user sees (resource, operation, display name), so the cases survive
// renames of the parameters.
import type { ICredentialType, IDataObject, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';


export type PerItemApi = 'qbench' | 'qebot' | 'crmrpc';

/** What a case needs from the run: the sandbox's URL and the records it may use. */
export interface PerItemContext {
	url: string;
	/** ids of records that exist (gets, updates) */
	ids: number[];
	/** ids of records this run may delete (a fresh slice per run) */
	deletable: number[];
	/** CrmRpc: the profile the companies belong to */
	profileId?: number;
}

export interface PerItemCase {
	key: string;
	api: PerItemApi;
	label: string;
	items: number;
	/** the input items of one run */
	input: (context: PerItemContext, run: number) => IDataObject[];
	/** our node: type short name, parameters */
	ours: () => { type: string; parameters: IDataObject };
	/** HTTP Request 4.2 parameters doing the same request */
	http: (context: PerItemContext) => IDataObject;
	/** creates and updates: HTTP Request with the body as ONE JSON expression (the peer of issue 24) */
	httpOneExpression?: (context: PerItemContext) => IDataObject;
	deletes?: boolean;
	/** gets: the record id in an output item of ours / of HTTP Request (the raw answer), to check both returned the same records */
	recordId?: { ours: (json: IDataObject) => unknown; http: (json: IDataObject) => unknown };
	/** the floor nodes of bench/floor doing the same request: their parameters (the same expressions as ours) and which variants (factory file names; all of the case's API when not given) */
	floor?: { parameters: IDataObject; variants?: string[] };
}

/** The floor variants run for a shape besides Get: the two cheapest ways to authenticate (base URL in requestDefaults or in the `authenticate` function). */
const TWO_FLOORS = ['BenchFloorFnAuth', 'BenchFloorNoBase'];

const plainId = (json: IDataObject) => json.id;

/** What a request looks like apart from ids: method, path with numbers as :n, body keys. */
export function signature(entry: Record<string, any>): string {
	const keys = (value: unknown, prefix = ''): string[] =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keys(inner, `${prefix}${key}.`)])
			: [];
	return `${entry.method} ${String(entry.path).replace(/\d+/g, ':n')} ${keys(entry.body).sort().join(',')}`;
}


/** Each API's node and credential classes, loaded when first needed (one broken node does not stop the others). */
export const PACK: Record<PerItemApi, { node: () => INodeType; credential: () => ICredentialType; credentialName: string; nodeName: string }> = {
	/* eslint-disable @typescript-eslint/no-require-imports */
	qbench: { node: () => new (require('../nodes/QBench/QBench.node').QBench)(), credential: () => new (require('../credentials/QBenchApi.credentials').QBenchApi)(), credentialName: 'qBenchApi', nodeName: 'qBench' },
	qebot: { node: () => new (require('../nodes/Qebot/Qebot.node').Qebot)(), credential: () => new (require('../credentials/QebotApi.credentials').QebotApi)(), credentialName: 'qebotApi', nodeName: 'qebot' },
	crmrpc: { node: () => new (require('../nodes/CrmRpc/CrmRpc.node').CrmRpc)(), credential: () => new (require('../credentials/CrmRpcApi.credentials').CrmRpcApi)(), credentialName: 'crmRpcApi', nodeName: 'crmRpc' },
	/* eslint-enable @typescript-eslint/no-require-imports */
};

const descriptions: Partial<Record<PerItemApi, INodeTypeDescription>> = {};
const description = (api: PerItemApi) => (descriptions[api] ??= PACK[api].node().description);

const shows = (property: INodeProperties, resource: string, operation: string) => {
	const show = property.displayOptions?.show ?? {};
	const fits = (key: string, value: string) => !show[key] || (show[key] as unknown[]).includes(value);
	return fits('resource', resource) && fits('operation', operation);
};

/** The parameter name the user fills as `displayName` for resource › operation. */
export function parameterName(api: PerItemApi, resource: string, operation: string, displayName: string): string {
	const found = description(api).properties.filter((property) => property.displayName === displayName && shows(property, resource, operation));
	if (found.length !== 1) throw new Error(`${api} ${resource} › ${operation}: ${found.length} parameters shown as "${displayName}"`);
	return found[0].name;
}

/** A collection's name and one of its option names, by display names. */
function collectionField(api: PerItemApi, resource: string, operation: string, collection: string, field: string): [string, string] {
	const name = parameterName(api, resource, operation, collection);
	const property = description(api).properties.find((candidate) => candidate.name === name && shows(candidate, resource, operation));
	const option = (property?.options as INodeProperties[] | undefined)?.find((candidate) => candidate.displayName === field);
	if (!option) throw new Error(`${api} ${resource} › ${operation}: no "${collection} › ${field}"`);
	return [name, option.name];
}

/** The value of the operation option the user sees as `name` (e.g. "Get"). */
export function operationValue(api: PerItemApi, resource: string, name: string): string {
	const property = description(api).properties.find((candidate) => candidate.name === 'operation' && shows(candidate, resource, ''));
	const option = (property?.options as Array<{ name: string; value: string }> | undefined)?.find((candidate) => candidate.name === name);
	if (!option) throw new Error(`${api} ${resource}: no operation "${name}"`);
	return option.value;
}

/** Return All of a list operation ("Get Many"), with the given fields by display name. */
export function listParameters(api: PerItemApi, resource: string, fields: Record<string, unknown> = {}): IDataObject {
	const operation = operationValue(api, resource, 'Get Many');
	const named = Object.entries({ 'Return All': true, ...fields }).map(([displayName, value]) => [parameterName(api, resource, operation, displayName), value]);
	return { resource, operation, ...Object.fromEntries(named) };
}

const byId = (expression: string) => ({ __rl: true, mode: 'id', value: expression });
const ID = '={{ $json.id }}';

/** HTTP Request 4.2 with a credential of n8n's generic types (the request is what differs). */
function httpRequest(method: string, url: string, auth: 'httpHeaderAuth' | 'httpBasicAuth', body?: IDataObject): IDataObject {
	return { method, url, authentication: 'genericCredentialType', genericAuthType: auth, ...(body ?? {}), options: {} };
}
const keypairBody = (fields: Array<[string, string]>) => ({
	sendBody: true,
	contentType: 'json',
	specifyBody: 'keypair',
	bodyParameters: { parameters: fields.map(([name, value]) => ({ name, value })) },
});
/**
 * The same body as a user who knows n8n also writes it: ONE JSON expression per item (n8n resolves
 * it once, where each body parameter above is one expression), `{ "key": {{ JSON.stringify($json.field) }}, … }`.
 */
const jsonBody = (fields: Array<[string, string]>) => ({
	sendBody: true,
	contentType: 'json',
	specifyBody: 'json',
	jsonBody: `={ ${fields.map(([name, value]) => `"${name}": {{ JSON.stringify(${value.replace(/^=\{\{ (.*) \}\}$/, '$1')}) }}`).join(', ')} }`,
});

/** A create's or update's two HTTP Request peers: a body parameter per field, and the body as one JSON expression. */
const writePeers = (method: string, url: (context: PerItemContext) => string, auth: 'httpHeaderAuth' | 'httpBasicAuth', fields: Array<[string, string]>) => ({
	http: (context: PerItemContext) => httpRequest(method, url(context), auth, keypairBody(fields)),
	httpOneExpression: (context: PerItemContext) => httpRequest(method, url(context), auth, jsonBody(fields)),
});

const idItems = (count: number) => (context: PerItemContext) => context.ids.slice(0, count).map((id) => ({ id }));
const deleteItems = (count: number) => (context: PerItemContext, run: number) => {
	const ids = context.deletable.slice(run * count, (run + 1) * count);
	if (ids.length < count) throw new Error(`only ${ids.length} records left to delete`);
	return ids.map((id) => ({ id }));
};
const people = (count: number) => () =>
	Array.from({ length: count }, (_, index) => ({
		name: `Bench Customer ${index + 1}`,
		firstName: `Ada${index + 1}`,
		lastName: 'Lovelace',
		email: `ada${index + 1}@example.com`,
		phone: `555-01${String(index % 100).padStart(2, '0')}`,
		address: `${index + 1} Main St`,
	}));

export const GET_ITEMS = 1000;
export const WRITE_ITEMS = 500;

export const PER_ITEM_CASES: PerItemCase[] = [
	{
		key: 'qbench-get',
		api: 'qbench',
		label: 'QBench Customer › Get',
		items: GET_ITEMS,
		input: idItems(GET_ITEMS),
		ours: () => ({
			type: 'qBench',
			parameters: { resource: 'customer', operation: operationValue('qbench', 'customer', 'Get'), [parameterName('qbench', 'customer', 'get', 'Customer')]: byId(ID) },
		}),
		http: ({ url }) => httpRequest('GET', `=${url}/qbench/api/v1/customer/{{ $json.id }}`, 'httpHeaderAuth'),
		recordId: { ours: plainId, http: plainId },
		floor: { parameters: { operation: 'get', customerId: ID } },
	},
	{
		key: 'qbench-create',
		api: 'qbench',
		label: 'QBench Customer › Create (3 fields)',
		items: WRITE_ITEMS,
		input: people(WRITE_ITEMS),
		ours: () => {
			const [collection, phone] = collectionField('qbench', 'customer', 'create', 'Additional Fields', 'Phone');
			const [, address] = collectionField('qbench', 'customer', 'create', 'Additional Fields', 'Address');
			return {
				type: 'qBench',
				parameters: {
					resource: 'customer',
					operation: operationValue('qbench', 'customer', 'Create'),
					[parameterName('qbench', 'customer', 'create', 'Customer Name')]: '={{ $json.name }}',
					[collection]: { [phone]: '={{ $json.phone }}', [address]: '={{ $json.address }}' },
				},
			};
		},
		...writePeers('POST', ({ url }) => `${url}/qbench/api/v1/customer`, 'httpHeaderAuth', [
			['customer_name', '={{ $json.name }}'],
			['address', '={{ $json.address }}'],
			['phone', '={{ $json.phone }}'],
		]),
		floor: { parameters: { operation: 'create', customerName: '={{ $json.name }}', address: '={{ $json.address }}', phone: '={{ $json.phone }}' }, variants: TWO_FLOORS },
	},
	{
		key: 'qbench-update',
		api: 'qbench',
		label: 'QBench Customer › Update (2 fields)',
		items: WRITE_ITEMS,
		input: (context) => idItems(WRITE_ITEMS)(context).map((item, index) => ({ ...item, name: `Renamed ${index + 1}`, phone: '555-0199' })),
		ours: () => {
			const [collection, name] = collectionField('qbench', 'customer', 'update', 'Update Fields', 'Customer Name');
			const [, phone] = collectionField('qbench', 'customer', 'update', 'Update Fields', 'Phone');
			return {
				type: 'qBench',
				parameters: {
					resource: 'customer',
					operation: operationValue('qbench', 'customer', 'Update'),
					[parameterName('qbench', 'customer', 'update', 'Customer')]: byId(ID),
					[collection]: { [name]: '={{ $json.name }}', [phone]: '={{ $json.phone }}' },
				},
			};
		},
		...writePeers('PUT', ({ url }) => `=${url}/qbench/api/v1/customer/{{ $json.id }}`, 'httpHeaderAuth', [
			['customer_name', '={{ $json.name }}'],
			['phone', '={{ $json.phone }}'],
		]),
		floor: { parameters: { operation: 'update', customerId: ID, customerName: '={{ $json.name }}', phone: '={{ $json.phone }}' }, variants: TWO_FLOORS },
	},
	{
		key: 'qbench-delete',
		api: 'qbench',
		label: 'QBench Customer › Delete',
		items: WRITE_ITEMS,
		deletes: true,
		input: deleteItems(WRITE_ITEMS),
		ours: () => ({
			type: 'qBench',
			parameters: { resource: 'customer', operation: operationValue('qbench', 'customer', 'Delete'), [parameterName('qbench', 'customer', 'delete', 'Customer')]: byId(ID) },
		}),
		http: ({ url }) => httpRequest('DELETE', `=${url}/qbench/api/v1/customer/{{ $json.id }}`, 'httpHeaderAuth'),
		floor: { parameters: { operation: 'delete', customerId: ID }, variants: TWO_FLOORS },
	},
	{
		key: 'qebot-get',
		api: 'qebot',
		label: 'Qebot Brand › Get',
		items: GET_ITEMS,
		input: idItems(GET_ITEMS),
		ours: () => ({
			type: 'qebot',
			parameters: { resource: 'brand', operation: operationValue('qebot', 'brand', 'Get'), [parameterName('qebot', 'brand', 'get', 'Brand')]: byId(ID) },
		}),
		http: ({ url }) => httpRequest('GET', `=${url}/api/v1/brands/{{ $json.id }}`, 'httpBasicAuth'),
		recordId: { ours: plainId, http: (json) => (json.brands as IDataObject[] | undefined)?.[0]?.id },
		floor: { parameters: { operation: 'get', brandId: ID } },
	},
	{
		key: 'qebot-create',
		api: 'qebot',
		label: 'Qebot Lead › Create (3 fields)',
		items: WRITE_ITEMS,
		input: people(WRITE_ITEMS),
		ours: () => ({
			type: 'qebot',
			parameters: {
				resource: 'lead',
				operation: operationValue('qebot', 'lead', 'Create'),
				[parameterName('qebot', 'lead', 'create', 'First Name')]: '={{ $json.firstName }}',
				[parameterName('qebot', 'lead', 'create', 'Last Name')]: '={{ $json.lastName }}',
				[parameterName('qebot', 'lead', 'create', 'Email')]: '={{ $json.email }}',
			},
		}),
		...writePeers('POST', ({ url }) => `${url}/api/v1/crm/leads`, 'httpBasicAuth', [
			['firstName', '={{ $json.firstName }}'],
			['lastName', '={{ $json.lastName }}'],
			['emailAddress', '={{ $json.email }}'],
		]),
		floor: { parameters: { operation: 'create', firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}', emailAddress: '={{ $json.email }}' } },
	},
	{
		key: 'qebot-update',
		api: 'qebot',
		label: 'Qebot Brand › Update (1 field)',
		items: WRITE_ITEMS,
		input: (context) => idItems(WRITE_ITEMS)(context).map((item, index) => ({ ...item, name: `Renamed ${index + 1}` })),
		ours: () => {
			const [collection, name] = collectionField('qebot', 'brand', 'update', 'Update Fields', 'Name');
			return {
				type: 'qebot',
				parameters: {
					resource: 'brand',
					operation: operationValue('qebot', 'brand', 'Update'),
					[parameterName('qebot', 'brand', 'update', 'Brand')]: byId(ID),
					[collection]: { [name]: '={{ $json.name }}' },
				},
			};
		},
		...writePeers('PATCH', ({ url }) => `=${url}/api/v1/brands/{{ $json.id }}`, 'httpBasicAuth', [['name', '={{ $json.name }}']]),
		floor: { parameters: { operation: 'update', brandId: ID, name: '={{ $json.name }}' } },
	},
	{
		key: 'qebot-delete',
		api: 'qebot',
		label: 'Qebot Brand › Delete',
		items: WRITE_ITEMS,
		deletes: true,
		input: deleteItems(WRITE_ITEMS),
		ours: () => ({
			type: 'qebot',
			parameters: { resource: 'brand', operation: operationValue('qebot', 'brand', 'Delete'), [parameterName('qebot', 'brand', 'delete', 'Brand')]: byId(ID) },
		}),
		http: ({ url }) => httpRequest('DELETE', `=${url}/api/v1/brands/{{ $json.id }}`, 'httpBasicAuth'),
		floor: { parameters: { operation: 'delete', brandId: ID } },
	},
	{
		key: 'crmrpc-get',
		api: 'crmrpc',
		label: 'CrmRpc Company › Get',
		items: GET_ITEMS,
		input: idItems(GET_ITEMS),
		ours: () => {
			const operation = operationValue('crmrpc', 'company', 'Get');
			return {
				type: 'crmRpc',
				parameters: {
					resource: 'company',
					operation,
					[parameterName('crmrpc', 'company', operation, 'Profile Name or ID')]: 1,
					[parameterName('crmrpc', 'company', operation, 'Company')]: { __rl: true, mode: 'id', value: ID },
				},
			};
		},
		// the JSON-RPC call as a POST with a JSON body
		http: ({ url }) =>
			httpRequest('POST', `${url}/companies`, 'httpHeaderAuth', {
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: '={ "method": "GetCompany", "parameters": { "profile_id": 1, "search_by": "id", "search_value": "{{ $json.id }}" } }',
			}),
		recordId: { ours: plainId, http: (json) => ((json.response as IDataObject | undefined)?.company as IDataObject | undefined)?.id },
		// the same POST with the token HTTP Request uses (the floor opens no session)
		floor: { parameters: { operation: 'get', profileId: 1, searchBy: 'id', searchValue: ID } },
	},
];
