import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodeRequestSend } from 'n8n-workflow';

import { idList, invalidField, isNumericId } from '../shared/checks';
import { DATE_FORMATS, sendDate } from '../shared/dates';
import { jsonObjectValue } from '../shared/json';
import { resourceLocator } from '../shared/locator';
import { getPath, isBlank, setPath } from '../shared/objects';
import type { OperationRow } from '../shared/operations';
import { simplified } from '../shared/simplify';
import { type CrmService, serviceUrl } from './transport';

/* ------------------------------------------------------------ operations */

/**
 * One operation row: `POST /{service}` with `{"method": …, "parameters": {…}}` (the fields put
 * themselves into `parameters` with routing.send), answered with `response[root]`.
 */
export function rpcRow(service: CrmService, method: string, row: Omit<OperationRow, 'method' | 'path' | 'body'>): OperationRow {
	return { ...row, method: 'POST', path: serviceUrl(service), body: { method } };
}

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

/** A catalog ("Get Stages", "Get Types" …): profile in, every entry out (small lists, no Limit). */
export function catalogRow(service: CrmService, method: string, root: string, what: string, description: string): OperationRow {
	return rpcRow(service, method, {
		name: `Get ${what}`,
		value: method.charAt(0).toLowerCase() + method.slice(1),
		// "Get company types", "Get ticket origins": the action names the record (AI tools read it alone)
		action: `Get ${CATALOG_SUBJECTS[service]}${what.toLowerCase()}`,
		description,
		root,
	});
}

/* -------------------------------------------------------- field routing */

/** The field's value as `parameters.<wire>` in the body. */
export const sendAs = (wire: string): INodeRequestSend => ({ type: 'body', property: `parameters.${wire}` });

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

/** n8n's words under an API-loaded dropdown, and under an API-loaded multi-select. */
const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';
const EXPRESSION_HINT_IDS = 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** A description followed by the dropdown's hint: one more sentence, so it ends with a full stop. */
const withHint = (description?: string) => (description ? `${description.replace(/\.$/, '')}. ${EXPRESSION_HINT}.` : EXPRESSION_HINT);

/** The profile parameter of a resource (unique within the node: n8n resolves every property that shares a name). */
export const profileParameter = (resource: string) => (resource === 'profile' ? 'profileId' : `${resource}ProfileId`);

/** The profile dropdown; sent as `parameters.profile_id`. */
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
		...extra,
		description: withHint(extra.description),
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
		description: EXPRESSION_HINT_IDS,
		routing: { send: routing },
	};
}

/* ---------------------------------------------------- pickers and output */

/** Another key the API finds a record by: a picker mode next to From List and By ID. */
interface SearchKey {
	/** the mode's name in the picker, e.g. `clientNumber` */
	mode: string;
	displayName: string;
	placeholder: string;
	/** the key sent as `search_by`, e.g. `client_number` */
	searchBy: string;
}

/**
 * The record a Get finds (GetCompany, GetContact): picked from the list, by ID, or by another key
 * the API searches by. Sent as `search_by` (the picker's mode: `id` for From List and By ID) and
 * `search_value` (text; an ID is checked numeric first).
 */
export function searchKeyLocator(options: Parameters<typeof resourceLocator>[0] & { key: SearchKey }): INodeProperties {
	const { key, name, displayName } = options;
	const locator = resourceLocator(options);
	return {
		...locator,
		modes: [...(locator.modes ?? []), { displayName: key.displayName, name: key.mode, type: 'string', placeholder: key.placeholder }],
		routing: {
			send: {
				...sendAs('search_value'),
				preSend: [
					async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
						const parameters = ((request.body as IDataObject).parameters ?? {}) as IDataObject;
						if (isBlank(parameters.search_value)) return request;
						// the mode as saved: a mode is chosen, never an expression (no second evaluation of the value)
						const mode = ((this.getNode().parameters[name] ?? {}) as IDataObject).mode;
						const byKey = mode === key.mode;
						parameters.search_by = byKey ? key.searchBy : 'id';
						parameters.search_value = byKey ? String(parameters.search_value) : checkedId(this, parameters.search_value, displayName);
						return request;
					},
				],
			},
		},
	};
}

/**
 * The Simplify shaper of a resource: its short record keeps these keys, in this order;
 * `company|company_id` keeps the first present (a related record asked for in place of its ID).
 */
export const shortRecord = (resource: string, keys: string[]) =>
	simplified(resource, (record) => {
		const short: IDataObject = {};
		for (const key of keys) {
			const kept = key.split('|').find((name) => record[name] !== undefined);
			if (kept !== undefined) short[kept] = record[kept];
		}
		return short;
	});

// address fields and choices: fields.ts; Return All / Limit: shared/lists.ts
