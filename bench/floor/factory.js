// The floor: the smallest declarative nodes making the requests of the bench's per-item cases,
// one per way of building the URL and authenticating. Body fields are plain `routing.send` (type
// body, property): what a field costs in n8n's engine with nothing of ours around it. Not
// shipped: the bench loads them in-process and into a real n8n (N8N_CUSTOM_EXTENSIONS=bench/floor)
// to count what n8n's declarative engine costs per item.
//   QBench  GET    {url}/qbench/api/v1/customer/{id}
//           POST   {url}/qbench/api/v1/customer       body customer_name, address, phone
//           PUT    {url}/qbench/api/v1/customer/{id}  body customer_name, phone
//           DELETE {url}/qbench/api/v1/customer/{id}
//   with a Bearer token;
//   Qebot   GET    {baseUrl}/api/v1/brands/{id}       (the answer's `brands`)
//           POST   {baseUrl}/api/v1/crm/leads         body firstName, lastName, emailAddress
//           PATCH  {baseUrl}/api/v1/brands/{id}       body name
//           DELETE {baseUrl}/api/v1/brands/{id}
//   with HTTP Basic email:apiKey;
//   CrmRpc  POST   {baseUrl}/companies  body method "GetCompany", parameters.profile_id,
//           parameters.search_by, parameters.search_value (the answer's `response.company`)
//   with the Bearer token of a session opened beforehand (the floor has no login: the bench gives
//   it the token it gives HTTP Request).
'use strict';

/** Each API's requests: credential fields, base URL, operations (a `{{id}}` in the URL is the record ID) and body fields. */
const API_FLOORS = {
	qbench: {
		title: 'QBench',
		urlField: 'url',
		basePath: '/qbench/api/v1',
		fields: [
			{ displayName: 'Instance URL', name: 'url' },
			{ displayName: 'Access Token', name: 'accessToken', password: true },
		],
		authorization: (credentials) => `Bearer ${credentials.accessToken}`,
		idName: 'customerId',
		idLabel: 'Customer ID',
		operations: [
			{ name: 'Create', value: 'create', action: 'Create a customer', method: 'POST', url: '/customer' },
			{ name: 'Delete', value: 'delete', action: 'Delete a customer', method: 'DELETE', url: '/customer/{{customerId}}' },
			{ name: 'Get', value: 'get', action: 'Get a customer', method: 'GET', url: '/customer/{{customerId}}' },
			{ name: 'Update', value: 'update', action: 'Update a customer', method: 'PUT', url: '/customer/{{customerId}}' },
		],
		// one property per body field, shared by the operations that send it (a name used twice is resolved twice)
		body: [
			['Customer Name', 'customerName', 'customer_name', ['create', 'update']],
			['Address', 'address', 'address', ['create']],
			['Phone', 'phone', 'phone', ['create', 'update']],
		],
	},
	qebot: {
		title: 'Qebot',
		urlField: 'baseUrl',
		basePath: '/api/v1',
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
		urlField: 'baseUrl',
		basePath: '',
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

/**
 * How a variant puts the record ID into the URL (QBench Get compares them):
 * - `preSend`: the literal `{{id}}` (no "=": the engine does not evaluate it) filled by a preSend from one read;
 * - `parameter`: an operation-level template reading the parameter through the data proxy (the pack's style before);
 * - `value`: field-level routing on the ID field, the engine passing the value it read as `$value`.
 */
function operationUrl(url, idName, style) {
	if (!idName || !url.includes(`{{${idName}}}`) || style === 'preSend') return url;
	return style === 'parameter' ? `=${url.replace(`{{${idName}}}`, `{{$parameter.${idName}}}`)}` : undefined;
}

/** A literal `{{name}}` of the URL filled from one read of the parameter (no expression). */
function fillId(name, label) {
	return async function (requestOptions) {
		const id = String(this.getNodeParameter(name));
		if (!/^[0-9]+$/.test(id)) throw new Error(`${label}: "${id}" is not a numeric ID`);
		requestOptions.url = requestOptions.url.replace(`{{${name}}}`, id);
		return requestOptions;
	};
}

/** A body field sent as it is, shown for the given operations. */
const bodyField = ([displayName, name, property, operations, type = 'string']) => ({
	displayName,
	name,
	type,
	default: type === 'number' ? 0 : '',
	displayOptions: { show: { operation: operations } },
	routing: { send: { type: 'body', property } },
});

function floorNode({ api, name, file, credential, url = 'preSend', baseUrl = true, padding = 0 }) {
	const spec = API_FLOORS[api];
	const withId = spec.operations.filter((operation) => spec.idName && operation.url.includes(`{{${spec.idName}}}`));
	const fieldUrl = url === 'value' ? `=${withId[0].url.replace(`{{${spec.idName}}}`, '{{$value}}')}` : undefined;
	const idField = spec.idName && {
		displayName: spec.idLabel,
		name: spec.idName,
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { operation: withId.map((operation) => operation.value) } },
		...(fieldUrl ? { routing: { request: { url: fieldUrl } } } : {}),
	};
	return class {
		constructor() {
			this.description = {
				displayName: file,
				name,
				group: ['transform'],
				version: 1,
				description: `Bench floor: a minimal declarative node (${spec.title})`,
				defaults: { name: file },
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: credential, required: true }],
				requestDefaults: {
					...(baseUrl ? { baseURL: `={{$credentials.${spec.urlField}}}${spec.basePath}` } : {}),
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
						options: spec.operations.map((operation) => {
							const request = { method: operation.method, url: operationUrl(operation.url, spec.idName, url), body: operation.body };
							return {
								name: operation.name,
								value: operation.value,
								action: operation.action ?? operation.name,
								routing: {
									request: Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)),
									...(withId.includes(operation) && url === 'preSend' ? { send: { preSend: [fillId(spec.idName, spec.idLabel)] } } : {}),
									...(operation.root ? { output: { postReceive: [{ type: 'rootProperty', properties: { property: operation.root } }] } } : {}),
								},
							};
						}),
					},
					...(idField ? [idField] : []),
					...spec.body.map(bodyField),
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

/** The API's credential fields. */
const credentialFields = (spec) =>
	spec.fields.map((field) => ({
		displayName: field.displayName,
		name: field.name,
		type: 'string',
		...(field.password ? { typeOptions: { password: true } } : {}),
		default: '',
	}));

/** Bearer token through a generic authenticate: one expression per request (QBench only). */
function expressionCredential(api, name) {
	return class {
		constructor() {
			this.name = name;
			this.displayName = name;
			this.properties = credentialFields(API_FLOORS[api]);
			this.authenticate = { type: 'generic', properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } } };
		}
	};
}

/** The API's credentials set by a function: no expression. `withBaseUrl` also sets the base URL. */
function functionCredential(api, name, withBaseUrl) {
	const spec = API_FLOORS[api];
	return class {
		constructor() {
			this.name = name;
			this.displayName = name;
			this.properties = credentialFields(spec);
			this.authenticate = async (credentials, requestOptions) => ({
				...requestOptions,
				...(withBaseUrl ? { baseURL: `${String(credentials[spec.urlField]).replace(/\/+$/, '')}${spec.basePath}` } : {}),
				headers: { ...requestOptions.headers, Authorization: spec.authorization(credentials) },
			});
		}
	};
}

/** The variants: node type name → what it changes (which of them the real-n8n run uses, and as what: bench/n8n.ts FLOORS). */
const VARIANTS = [
	{ api: 'qbench', file: 'BenchFloorParam', name: 'benchFloorParam', label: 'URL `=/customer/{{$parameter.customerId}}`, generic auth', url: 'parameter', credential: 'benchFloorApi' },
	{ api: 'qbench', file: 'BenchFloorValue', name: 'benchFloorValue', label: 'field-level URL `=/customer/{{$value}}`, generic auth', url: 'value', credential: 'benchFloorApi' },
	{ api: 'qbench', file: 'BenchFloorPreSend', name: 'benchFloorPreSend', label: 'literal `/customer/{{customerId}}` filled by a preSend, generic auth', credential: 'benchFloorApi' },
	{ api: 'qbench', file: 'BenchFloorFnAuth', name: 'benchFloorFnAuth', label: 'preSend URL, `authenticate` function', credential: 'benchFloorFnApi' },
	{ api: 'qbench', file: 'BenchFloorWide', name: 'benchFloorWide', label: 'as BenchFloorFnAuth, plus 80 fields of other operations (hidden)', credential: 'benchFloorFnApi', padding: 80 },
	{ api: 'qbench', file: 'BenchFloorNoBase', name: 'benchFloorNoBase', label: 'preSend URL, base URL and token set by the `authenticate` function', credential: 'benchFloorBaseApi', baseUrl: false },
	{ api: 'qebot', file: 'BenchFloorQebotFnAuth', name: 'benchFloorQebotFnAuth', label: 'Qebot: preSend URL, Basic header by `authenticate` function', credential: 'benchFloorQebotFnApi' },
	{ api: 'qebot', file: 'BenchFloorQebotNoBase', name: 'benchFloorQebotNoBase', label: 'Qebot: preSend URL, base URL and Basic header set by the `authenticate` function', credential: 'benchFloorQebotBaseApi', baseUrl: false },
	{ api: 'crmrpc', file: 'BenchFloorCrmRpcFnAuth', name: 'benchFloorCrmRpcFnAuth', label: 'CrmRpc: body fields by routing.send, token by `authenticate` function', credential: 'benchFloorCrmRpcFnApi' },
	{ api: 'crmrpc', file: 'BenchFloorCrmRpcNoBase', name: 'benchFloorCrmRpcNoBase', label: 'CrmRpc: body fields by routing.send, base URL and token set by the `authenticate` function', credential: 'benchFloorCrmRpcBaseApi', baseUrl: false },
];

/** Credential type name → the API whose sandbox answers it, and its class. */
const CREDENTIAL_TYPES = {
	benchFloorApi: { api: 'qbench', Type: expressionCredential('qbench', 'benchFloorApi') },
	benchFloorFnApi: { api: 'qbench', Type: functionCredential('qbench', 'benchFloorFnApi', false) },
	benchFloorBaseApi: { api: 'qbench', Type: functionCredential('qbench', 'benchFloorBaseApi', true) },
	benchFloorQebotFnApi: { api: 'qebot', Type: functionCredential('qebot', 'benchFloorQebotFnApi', false) },
	benchFloorQebotBaseApi: { api: 'qebot', Type: functionCredential('qebot', 'benchFloorQebotBaseApi', true) },
	benchFloorCrmRpcFnApi: { api: 'crmrpc', Type: functionCredential('crmrpc', 'benchFloorCrmRpcFnApi', false) },
	benchFloorCrmRpcBaseApi: { api: 'crmrpc', Type: functionCredential('crmrpc', 'benchFloorCrmRpcBaseApi', true) },
};

module.exports = {
	VARIANTS,
	NODES: Object.fromEntries(VARIANTS.map((variant) => [variant.file, floorNode(variant)])),
	CREDENTIALS: Object.fromEntries(Object.entries(CREDENTIAL_TYPES).map(([name, { Type }]) => [name, Type])),
	CREDENTIAL_APIS: Object.fromEntries(Object.entries(CREDENTIAL_TYPES).map(([name, { api }]) => [name, api])),
};
