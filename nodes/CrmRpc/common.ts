import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	INodeRequestSend,
	PreSendAction,
} from 'n8n-workflow';

import { idList, invalidField, isNumericId } from '../shared/checks';
import { DATE_FORMATS, sendDate } from '../shared/dates';
import { jsonObjectValue } from '../shared/json';
import { isBlank, pruneEmpty, setPath } from '../shared/objects';
import { paginateByPage, retriedList } from '../shared/pagination';
import { sendRequest } from '../shared/send';
import { withSession } from './session';
import { type CrmService, rpcResult, serviceUrl } from './transport';

/* ------------------------------------------------------------ operations */

interface RpcOperation {
	name: string;
	value: string;
	action: string;
	/** one sentence: what it does and what it returns (AI agents read it) */
	description: string;
	service: CrmService;
	/** the RPC method name sent as `method` */
	method: string;
	/** the key of `response` holding the result */
	root: string;
	preSend?: PreSendAction[];
	/** `page` / `pagination` / `last_page` paging (GetCompanies, GetContacts, GetOpportunities) */
	paged?: boolean;
	/** a list the API returns whole (GetProducts, GetProfiles, GetTickets): its request retried as its List Options say */
	whole?: boolean;
}

async function dropEmptyParameters(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const body = request.body as IDataObject | undefined;
	if (body?.parameters && typeof body.parameters === 'object') body.parameters = pruneEmpty(body.parameters, { trim: true }) as IDataObject;
	return request;
}

/** Paging of GetCompanies / GetContacts / GetOpportunities: page size up to 500. */
function rpcPagination(root: string) {
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

/**
 * One operation option: `POST /{service}` with `{"method": …, "parameters": {…}}` (the fields
 * put themselves into `parameters` with routing.send), answered with `response[root]`. The
 * session (see session.ts) wraps every request through the node-wide `requestOperations`; the
 * paged operations put their page loop inside it.
 */
export function rpcOperation(operation: RpcOperation): INodePropertyOptions {
	return {
		name: operation.name,
		value: operation.value,
		action: operation.action,
		description: operation.description,
		routing: {
			request: { method: 'POST', url: serviceUrl(operation.service), body: { method: operation.method } },
			send: { preSend: [...(operation.preSend ?? []), dropEmptyParameters] },
			...(operation.paged ? { operations: { pagination: withSession(rpcPagination(operation.root)) } } : {}),
			...(operation.whole ? { operations: { pagination: withSession(retriedList) } } : {}),
			output: { postReceive: [rpcResult(operation.paged ? undefined : operation.root)] },
		},
	};
}

/**
 * The request flow of every operation without a list of its own: the pack's one send step
 * (a timeout said as one, a 429's Retry-After waited before n8n's next Retry On Fail try),
 * through the run's session.
 */
export const sessionRequest = withSession(sendRequest);

/** What a catalog's entries belong to, for its action name (the profile's catalogs need none). */
const CATALOG_SUBJECTS: Record<CrmService, string> = {
	Auth: '',
	Profiles: '',
	Companies: 'company ',
	Contacts: 'contact ',
	Products: 'product ',
	Opportunities: 'opportunity ',
	Tickets: 'ticket ',
};

/** The catalog operations ("Get Stages", "Get Types" …): profile in, every entry out (small lists, no Limit). */
export function catalogOperation(service: CrmService, method: string, root: string, what: string, description: string, preSend?: PreSendAction[]) {
	return rpcOperation({
		name: `Get ${what}`,
		value: method.charAt(0).toLowerCase() + method.slice(1),
		// "Get company types", "Get ticket origins": the action names the record (AI tools read it alone)
		action: `Get ${CATALOG_SUBJECTS[service]}${what.toLowerCase()}`,
		description,
		service,
		method,
		root,
		preSend,
	});
}

/* -------------------------------------------------------- field routing */

/** The field's value as `parameters.<wire>` in the body. */
export const sendAs = (wire: string): INodeRequestSend => ({ type: 'body', property: `parameters.${wire}` });

function getPath(target: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as IDataObject)[key] : undefined), target);
}

/**
 * A field sent as `parameters.<wire>` and then converted where routing put it: a step on the
 * body costs no second read of the parameter (each read of an expression is an evaluation).
 * A blank value is left to the other checks (required fields) and to dropEmptyParameters.
 */
function sendConverted(wire: string, convert: (context: IExecuteSingleFunctions, value: unknown) => unknown): INodeRequestSend {
	return {
		...sendAs(wire),
		preSend: [
			async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
				const parameters = ((request.body as IDataObject).parameters ?? {}) as IDataObject;
				const value = getPath(parameters, wire);
				if (isBlank(value) || (Array.isArray(value) && value.length === 0)) return request;
				setPath(parameters, wire, convert(this, value));
				return request;
			},
		],
	};
}

function checkedId(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	if (!isNumericId(value)) throw invalidField(context, label, `"${String(value)}" is not a numeric ID`);
	return String(value).trim();
}

/** An ID sent as a number. */
export const sendId = (wire: string, label: string) => sendConverted(wire, (context, value) => Number(checkedId(context, value, label)));

/** An ID typed as text in the doc (product catalog ids): checked numeric, sent as text. */
export const sendIdText = (wire: string, label: string) => sendConverted(wire, (context, value) => checkedId(context, value, label));

/** A list of IDs (a multi-select, or "1, 2" by expression) sent as a list of numbers. */
export const sendIds = (wire: string, label: string) => sendConverted(wire, (context, value) => idList(context, value, label));

/** A number (its field's type is checked before sending). */
export const sendNumber = (wire: string) => sendConverted(wire, (_context, value) => Number(value));

/** Text the doc types as string, whatever an expression gave (an ID mapped as a number). */
export const sendText = (wire: string) => sendConverted(wire, (_context, value) => String(value));

/** A JSON object field (text, or an object by expression) sent as an object. */
export const sendJsonObject = (wire: string, label: string) => sendConverted(wire, (context, value) => jsonObjectValue(context, value, label));

/** A date sent as DD/MM/YY (filters, opportunities) or YYYY-MM-DD (tickets), read in the workflow's zone. */
export function sendDay(path: string, wire: string, label: string, format: 'dayMonthYear' | 'isoDay' = 'dayMonthYear'): INodeRequestSend {
	return sendDate({ parameter: path, label, type: 'body', property: `parameters.${wire}`, format: DATE_FORMATS[format] });
}

/* --------------------------------------------------------------- fields */

const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** The profile parameter of a resource (unique within the node: n8n resolves every property that shares a name). */
export const profileParameter = (resource: string) => (resource === 'profile' ? 'profileId' : `${resource}ProfileId`);

/** The profile dropdown (`Profiles.GetProfiles`); sent as `parameters.profile_id`. */
export function profileField(resource: string, operations: string[]): INodeProperties {
	const name = profileParameter(resource);
	return {
		displayName: 'Profile Name or ID',
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProfiles' },
		required: true,
		default: '',
		description:
			'The CRM profile (workspace) to work in; every ID below belongs to it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { resource: [resource], operation: operations } },
		routing: { send: sendId('profile_id', 'Profile') },
	};
}

/** A dropdown fed by a loadOptions method that depends on the resource's profile. */
export function profileOptions(
	resource: string,
	displayName: string,
	name: string,
	method: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: `${displayName} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method, loadOptionsDependsOn: [profileParameter(resource)] },
		default: '',
		description: `${extra.description ? `${String(extra.description)} ` : ''}${EXPRESSION_HINT}`,
		...extra,
	} as INodeProperties;
}

/** A multi-select fed by a loadOptions method that depends on the resource's profile. */
export function profileMultiOptions(resource: string, displayName: string, name: string, method: string, routing: INodeRequestSend): INodeProperties {
	return {
		displayName: `${displayName} Names or IDs`,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: method, loadOptionsDependsOn: [profileParameter(resource)] },
		default: [],
		description: EXPRESSION_HINT,
		routing: { send: routing },
	};
}

// address fields, choices and Return All / Limit: fields.ts
