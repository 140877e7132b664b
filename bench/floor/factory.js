// The floor: the smallest declarative nodes doing QBench's customer requests, one per way of
// building the URL and authenticating:
//   Get     GET    {instance}/qbench/api/v1/customer/{id}
//   Create  POST   {instance}/qbench/api/v1/customer       body customer_name, address, phone
//   Update  PUT    {instance}/qbench/api/v1/customer/{id}  body customer_name, phone
//   Delete  DELETE {instance}/qbench/api/v1/customer/{id}
// with a Bearer token. Body fields are plain `routing.send` (type body, property): what a field
// costs in n8n's engine with nothing of ours around it. Not shipped: the bench loads them in-process
// and into a real n8n (N8N_CUSTOM_EXTENSIONS=bench/floor) to count what n8n's declarative engine
// costs per item.
'use strict';

/** How each variant builds `/customer/{id}` (Get, Update, Delete). */
const URL_STYLES = {
	// operation-level template reading the parameter through the data proxy (the pack's style before)
	parameter: { operationUrl: '=/customer/{{$parameter.customerId}}' },
	// field-level routing: the engine passes the value it read as $value
	value: { operationUrl: undefined, fieldUrl: '=/customer/{{$value}}' },
	// a literal template (no "=": the engine does not evaluate it) filled by a preSend from one read
	preSend: { operationUrl: '/customer/{{customerId}}', preSend: true },
};

async function fillCustomerId(requestOptions) {
	const id = String(this.getNodeParameter('customerId'));
	if (!/^[0-9]+$/.test(id)) throw new Error(`Customer ID: "${id}" is not a numeric ID`);
	requestOptions.url = requestOptions.url.replace('{{customerId}}', id);
	return requestOptions;
}

/** The operations: method, whether the customer ID is in the URL. */
const OPERATIONS = [
	{ name: 'Create', value: 'create', action: 'Create a customer', method: 'POST', withId: false },
	{ name: 'Delete', value: 'delete', action: 'Delete a customer', method: 'DELETE', withId: true },
	{ name: 'Get', value: 'get', action: 'Get a customer', method: 'GET', withId: true },
	{ name: 'Update', value: 'update', action: 'Update a customer', method: 'PUT', withId: true },
];

/** A body field sent as it is, shown for the given operations. */
const bodyField = (displayName, name, property, operations) => ({
	displayName,
	name,
	type: 'string',
	default: '',
	displayOptions: { show: { operation: operations } },
	routing: { send: { type: 'body', property } },
});

function operationRouting(operation, style) {
	if (!operation.withId) return { request: { method: operation.method, url: '/customer' } };
	return {
		request: { method: operation.method, ...(style.operationUrl ? { url: style.operationUrl } : {}) },
		...(style.preSend ? { send: { preSend: [fillCustomerId] } } : {}),
	};
}

function floorNode(name, displayName, { url, credential, baseUrl = true, padding = 0 }) {
	const style = URL_STYLES[url];
	const customerId = {
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { operation: OPERATIONS.filter((operation) => operation.withId).map((operation) => operation.value) } },
		...(style.fieldUrl ? { routing: { request: { url: style.fieldUrl } } } : {}),
	};
	return class {
		constructor() {
			this.description = {
				displayName,
				name,
				group: ['transform'],
				version: 1,
				description: 'Bench floor: a minimal declarative node',
				defaults: { name: displayName },
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: credential, required: true }],
				requestDefaults: {
					...(baseUrl ? { baseURL: '={{$credentials.url}}/qbench/api/v1' } : {}),
					headers: { Accept: 'application/json' },
					json: true,
				},
				properties: [
					{
						displayName: 'Operation',
						name: 'operation',
						type: 'options',
						noDataExpression: true,
						default: 'get',
						options: OPERATIONS.map((operation) => ({
							name: operation.name,
							value: operation.value,
							action: operation.action,
							routing: operationRouting(operation, style),
						})),
					},
					customerId,
					// one property per body field, shared by the operations that send it (a name used twice is resolved twice)
					bodyField('Customer Name', 'customerName', 'customer_name', ['create', 'update']),
					bodyField('Address', 'address', 'address', ['create']),
					bodyField('Phone', 'phone', 'phone', ['create', 'update']),
					// other operations' fields, hidden for these (a real node has dozens)
					...Array.from({ length: padding }, (_, index) => ({
						displayName: `Other Field ${index + 1}`,
						name: `otherField${index + 1}`,
						type: 'string',
						default: '',
						displayOptions: { show: { resource: ['other'], operation: ['create'] } },
					})),
				],
			};
		}
	};
}

/** Bearer token through a generic authenticate: one expression per request. */
function expressionCredential(name) {
	return class {
		constructor() {
			this.name = name;
			this.displayName = name;
			this.properties = [
				{ displayName: 'Instance URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '' },
			];
			this.authenticate = { type: 'generic', properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } } };
		}
	};
}

/** Bearer token set by a function: no expression. `withBaseUrl` also sets the base URL. */
function functionCredential(name, withBaseUrl) {
	return class {
		constructor() {
			this.name = name;
			this.displayName = name;
			this.properties = [
				{ displayName: 'Instance URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '' },
			];
			this.authenticate = async (credentials, requestOptions) => ({
				...requestOptions,
				...(withBaseUrl ? { baseURL: `${String(credentials.url).replace(/\/+$/, '')}/qbench/api/v1` } : {}),
				headers: { ...requestOptions.headers, Authorization: `Bearer ${credentials.accessToken}` },
			});
		}
	};
}

/** The variants: node type name → what it changes. */
const VARIANTS = [
	{ file: 'BenchFloorParam', name: 'benchFloorParam', label: 'URL `=/customer/{{$parameter.customerId}}`, generic auth', url: 'parameter', credential: 'benchFloorApi' },
	{ file: 'BenchFloorValue', name: 'benchFloorValue', label: 'field-level URL `=/customer/{{$value}}`, generic auth', url: 'value', credential: 'benchFloorApi' },
	{ file: 'BenchFloorPreSend', name: 'benchFloorPreSend', label: 'literal `/customer/{{customerId}}` filled by a preSend, generic auth', url: 'preSend', credential: 'benchFloorApi' },
	{ file: 'BenchFloorFnAuth', name: 'benchFloorFnAuth', label: 'preSend URL, `authenticate` function', url: 'preSend', credential: 'benchFloorFnApi' },
	{ file: 'BenchFloorWide', name: 'benchFloorWide', label: 'as BenchFloorFnAuth, plus 80 fields of other operations (hidden)', url: 'preSend', credential: 'benchFloorFnApi', padding: 80 },
	{ file: 'BenchFloorNoBase', name: 'benchFloorNoBase', label: 'preSend URL, base URL and token set by the `authenticate` function', url: 'preSend', credential: 'benchFloorBaseApi', baseUrl: false },
];

const CREDENTIALS = {
	benchFloorApi: expressionCredential('benchFloorApi'),
	benchFloorFnApi: functionCredential('benchFloorFnApi', false),
	benchFloorBaseApi: functionCredential('benchFloorBaseApi', true),
};

const NODES = Object.fromEntries(VARIANTS.map((variant) => [variant.file, floorNode(variant.name, variant.file, variant)]));

module.exports = { VARIANTS, NODES, CREDENTIALS };
