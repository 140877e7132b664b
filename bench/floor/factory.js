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

// The floors of the other APIs' per-item shapes, built from a description of their requests. Two
// variants each, as QBench's create/update/delete: `likeOurs` (base URL expression in
// requestDefaults, credentials by an `authenticate` function, as our nodes) and `noBase` (base URL
// and credentials both set by the `authenticate` function).
//   Qebot   GET    {baseUrl}/api/v1/brands/{id}     (the answer's `brands`)
//           POST   {baseUrl}/api/v1/crm/leads       body firstName, lastName, emailAddress
//           PATCH  {baseUrl}/api/v1/brands/{id}     body name
//           DELETE {baseUrl}/api/v1/brands/{id}
//   with HTTP Basic email:apiKey;
//   CrmRpc  POST   {baseUrl}/companies  body method "GetCompany", parameters.profile_id,
//           parameters.search_by, parameters.search_value (the answer's `response.company`)
//   with the Bearer token of a session opened beforehand (the floor has no login: the bench gives
//   it the token it gives HTTP Request).
const API_FLOORS = {
	qebot: {
		title: 'Qebot',
		basePath: '/api/v1',
		baseUrlExpression: '={{$credentials.baseUrl}}/api/v1',
		fields: [
			{ displayName: 'Email', name: 'email' },
			{ displayName: 'API Key', name: 'apiKey', password: true },
			{ displayName: 'Base URL', name: 'baseUrl' },
		],
		authorization: (credentials) => `Basic ${Buffer.from(`${credentials.email}:${credentials.apiKey}`).toString('base64')}`,
		idName: 'brandId',
		idLabel: 'Brand ID',
		operations: [
			{ name: 'Create Lead', value: 'create', method: 'POST', url: '/crm/leads' },
			{ name: 'Delete Brand', value: 'delete', method: 'DELETE', url: '/brands/{{brandId}}' },
			{ name: 'Get Brand', value: 'get', method: 'GET', url: '/brands/{{brandId}}', root: 'brands' },
			{ name: 'Update Brand', value: 'update', method: 'PATCH', url: '/brands/{{brandId}}' },
		],
		body: [
			['First Name', 'firstName', 'firstName', ['create']],
			['Last Name', 'lastName', 'lastName', ['create']],
			['Email Address', 'emailAddress', 'emailAddress', ['create']],
			['Name', 'name', 'name', ['update']],
		],
	},
	crmrpc: {
		title: 'CrmRpc',
		basePath: '',
		baseUrlExpression: '={{$credentials.baseUrl}}',
		fields: [
			{ displayName: 'Base URL', name: 'baseUrl' },
			{ displayName: 'Access Token', name: 'accessToken', password: true },
		],
		authorization: (credentials) => `Bearer ${credentials.accessToken}`,
		operations: [
			{ name: 'Get Company', value: 'get', method: 'POST', url: '/companies', body: { method: 'GetCompany' }, root: 'response.company' },
		],
		body: [
			['Profile ID', 'profileId', 'parameters.profile_id', ['get'], 'number'],
			['Search By', 'searchBy', 'parameters.search_by', ['get']],
			['Search Value', 'searchValue', 'parameters.search_value', ['get']],
		],
	},
};

/** A literal `{{name}}` of the URL filled from one read of the parameter (no expression). */
function fillId(name, label) {
	return async function (requestOptions) {
		const id = String(this.getNodeParameter(name));
		if (!/^[0-9]+$/.test(id)) throw new Error(`${label}: "${id}" is not a numeric ID`);
		requestOptions.url = requestOptions.url.replace(`{{${name}}}`, id);
		return requestOptions;
	};
}

function apiFloorNode(api, name, displayName, { credential, baseUrl = true }) {
	const spec = API_FLOORS[api];
	const withId = spec.operations.filter((operation) => operation.url.includes('{{'));
	const preSend = spec.idName ? fillId(spec.idName, spec.idLabel) : undefined;
	return class {
		constructor() {
			this.description = {
				displayName,
				name,
				group: ['transform'],
				version: 1,
				description: `Bench floor: a minimal declarative node (${spec.title})`,
				defaults: { name: displayName },
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: credential, required: true }],
				requestDefaults: {
					...(baseUrl ? { baseURL: spec.baseUrlExpression } : {}),
					headers: { Accept: 'application/json' },
					json: true,
				},
				properties: [
					{
						displayName: 'Operation',
						name: 'operation',
						type: 'options',
						noDataExpression: true,
						default: spec.operations[0].value,
						options: spec.operations.map((operation) => ({
							name: operation.name,
							value: operation.value,
							action: operation.name,
							routing: {
								request: { method: operation.method, url: operation.url, ...(operation.body ? { body: operation.body } : {}) },
								...(withId.includes(operation) ? { send: { preSend: [preSend] } } : {}),
								...(operation.root ? { output: { postReceive: [{ type: 'rootProperty', properties: { property: operation.root } }] } } : {}),
							},
						})),
					},
					...(spec.idName
						? [{ displayName: spec.idLabel, name: spec.idName, type: 'string', default: '', required: true, displayOptions: { show: { operation: withId.map((operation) => operation.value) } } }]
						: []),
					...spec.body.map(([label, field, property, operations, type = 'string']) => ({
						...bodyField(label, field, property, operations),
						type,
						default: type === 'number' ? 0 : '',
					})),
				],
			};
		}
	};
}

/** The API's credentials set by a function: no expression. `withBaseUrl` also sets the base URL. */
function apiFunctionCredential(api, name, withBaseUrl) {
	const spec = API_FLOORS[api];
	return class {
		constructor() {
			this.name = name;
			this.displayName = name;
			this.properties = spec.fields.map((field) => ({
				displayName: field.displayName,
				name: field.name,
				type: 'string',
				...(field.password ? { typeOptions: { password: true } } : {}),
				default: '',
			}));
			this.authenticate = async (credentials, requestOptions) => ({
				...requestOptions,
				...(withBaseUrl ? { baseURL: `${String(credentials.baseUrl).replace(/\/+$/, '')}${spec.basePath}` } : {}),
				headers: { ...requestOptions.headers, Authorization: spec.authorization(credentials) },
			});
		}
	};
}

/** The other APIs' variants: `kind` says which QBench variant each is built as. */
const API_VARIANTS = [
	{ api: 'qebot', kind: 'likeOurs', file: 'BenchFloorQebotFnAuth', name: 'benchFloorQebotFnAuth', label: 'Qebot: preSend URL, Basic header by `authenticate` function', credential: 'benchFloorQebotFnApi' },
	{ api: 'qebot', kind: 'noBase', file: 'BenchFloorQebotNoBase', name: 'benchFloorQebotNoBase', label: 'Qebot: preSend URL, base URL and Basic header set by the `authenticate` function', credential: 'benchFloorQebotBaseApi', baseUrl: false },
	{ api: 'crmrpc', kind: 'likeOurs', file: 'BenchFloorCrmRpcFnAuth', name: 'benchFloorCrmRpcFnAuth', label: 'CrmRpc: body fields by routing.send, token by `authenticate` function', credential: 'benchFloorCrmRpcFnApi' },
	{ api: 'crmrpc', kind: 'noBase', file: 'BenchFloorCrmRpcNoBase', name: 'benchFloorCrmRpcNoBase', label: 'CrmRpc: body fields by routing.send, base URL and token set by the `authenticate` function', credential: 'benchFloorCrmRpcBaseApi', baseUrl: false },
];

const API_CREDENTIALS = {
	benchFloorQebotFnApi: { api: 'qebot', Type: apiFunctionCredential('qebot', 'benchFloorQebotFnApi', false) },
	benchFloorQebotBaseApi: { api: 'qebot', Type: apiFunctionCredential('qebot', 'benchFloorQebotBaseApi', true) },
	benchFloorCrmRpcFnApi: { api: 'crmrpc', Type: apiFunctionCredential('crmrpc', 'benchFloorCrmRpcFnApi', false) },
	benchFloorCrmRpcBaseApi: { api: 'crmrpc', Type: apiFunctionCredential('crmrpc', 'benchFloorCrmRpcBaseApi', true) },
};

const NODES = {
	...Object.fromEntries(VARIANTS.map((variant) => [variant.file, floorNode(variant.name, variant.file, variant)])),
	...Object.fromEntries(API_VARIANTS.map((variant) => [variant.file, apiFloorNode(variant.api, variant.name, variant.file, variant)])),
};

/** Every variant with the API whose requests it makes (QBench's kinds: FnAuth is built like ours, NoBase without the base URL expression). */
const ALL_VARIANTS = [
	...VARIANTS.map((variant) => ({ api: 'qbench', kind: { BenchFloorFnAuth: 'likeOurs', BenchFloorNoBase: 'noBase' }[variant.file] ?? 'other', ...variant })),
	...API_VARIANTS,
];

/** Credential type name → the API whose sandbox answers it. */
const CREDENTIAL_APIS = {
	...Object.fromEntries(Object.keys(CREDENTIALS).map((name) => [name, 'qbench'])),
	...Object.fromEntries(Object.entries(API_CREDENTIALS).map(([name, { api }]) => [name, api])),
};

module.exports = {
	VARIANTS: ALL_VARIANTS,
	NODES,
	CREDENTIALS: { ...CREDENTIALS, ...Object.fromEntries(Object.entries(API_CREDENTIALS).map(([name, { Type }]) => [name, Type])) },
	CREDENTIAL_APIS,
};
