import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { checkFields, idInBody, idInUrl, itemSuffix, nameOperation, readParameter } from './checks';
import { fieldLabel } from './described';
import { alphabetically } from './fields';
import { explainTimeout } from './errors';
import { listOptionsName } from './lists';
import { type RequestFlow, retryAfterOnFail, wantedCount, wholeList } from './pagination';

/*
 * The operation builder: every operation of the pack is a row of data (OperationRow), and this
 * file writes its declarative `routing`. It owns the order of the steps, the same for all four
 * nodes:
 *   before sending (preSend): input checks → IDs into the URL → the body rule;
 *   sending (RoutingNode's `operations.pagination` hook, on every operation): the page loop for
 *     paged lists, one retried request for whole lists, one request otherwise, inside the
 *     node's `around` (CrmRpc's session);
 *   on the answer (postReceive): API errors and unwrapping (the node's `answer`) → Limit of a
 *     whole list;
 *   after the answer (in the hook): the row's shaping, then every item linked to its input.
 * The hook is also where an item's failure is turned into n8n's error item under Continue On
 * Fail, linked to its input: RoutingNode links neither records nor error items, and n8n only
 * guesses the pairing when one item goes in or the counts match.
 */

/** A step on the items of an answer, after Limit: Simplify, Output, the `{deleted: true}` of a Delete. */
export type Shaper = (this: IExecuteSingleFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]> | INodeExecutionData[];

export interface OperationRow {
	value: string;
	name: string;
	/** the action in the user's words ("Create a brand"); an AI agent's tool reads it alone */
	action: string;
	/** one sentence: what it does and what it returns, in the user's words */
	description: string;
	method: IHttpRequestMethods;
	/** the path; an ID in it is named once, `/brands/{brandId}`, and filled from that parameter */
	path: string;
	/** IDs of the path that are opaque text (default: whole numbers) */
	textIds?: string[];
	/** a fixed body (CrmRpc's `{ method: 'GetCompanies' }`); the fields add themselves to it */
	body?: IDataObject;
	/** IDs sent in the body: parameter → dotted body path (`{ customerId: 'id' }`); checked and sent like path IDs */
	bodyIds?: Record<string, string>;
	/**
	 * more of the request (`arrayFormat: 'repeat'` for a query key given several times; `headers`,
	 * `encoding` and `json` for an answer that is a file; `disableFollowRedirect` for an answer that is its Location)
	 */
	request?: Pick<IHttpRequestOptions, 'arrayFormat' | 'headers' | 'encoding' | 'json' | 'disableFollowRedirect'>;
	/** `paged`: the node's page loop; `whole`: the API answers every record at once */
	list?: 'paged' | 'whole';
	/** checks that span fields, run after the described fields' own checks */
	checks?: PreSendAction[];
	/** steps that finish the body after the fields placed themselves; default: the node's rule for POST, PUT and PATCH */
	bodyRule?: PreSendAction[];
	/** where the records are in the answer (the node's `answer` reads it) */
	root?: string;
	/** output steps after Limit */
	shape?: Shaper[];
	/** sends something else than the request (an SSO redirect is returned as a URL, not followed) */
	instead?: RequestFlow;
	/** parameter paths whose typed values are kept out of error messages (card numbers, passwords) */
	hide?: string[];
}

/** What the operations of one node share: how an answer is read and how a request travels. */
export interface NodeDialect {
	/** the output steps that read an answer: API errors thrown with the API's message, the records at `root` one item each */
	answer: (root: string | undefined, row: OperationRow) => PostReceiveAction[];
	/** the page loop of a paged list (its postReceive leaves each page body whole) */
	pages?: (root: string | undefined, optionsName: string) => RequestFlow;
	/** wraps the sending of every request (CrmRpc's session) */
	around?: (flow: RequestFlow) => RequestFlow;
	/** the body rule of the operations that send a body */
	bodyRule?: PreSendAction[];
}

export interface ResourceOperations {
	resource: string;
	/** every field of the resource: the input checks are built from their descriptions */
	fields: INodeProperties[];
	/** the operation selected when the resource is picked */
	default: string;
	rows: OperationRow[];
}

/** `{name}` parameters of a path, in order (the IDs the URL step fills in). */
function pathIds(path: string): string[] {
	return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/** The request URL of a row: `{brandId}` written `{{brandId}}`, the template the coverage check reads and the ID step (idInUrl) fills. */
function urlTemplate(path: string): string {
	return path.replace(/\{(\w+)\}/g, '{{$1}}');
}

/** Every field, collection entry and fixed-collection value, at any depth. */
function* allFields(fields: INodeProperties[]): Generator<INodeProperties> {
	for (const field of fields) {
		yield field;
		for (const option of (field.options ?? []) as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>) {
			if ('values' in option && Array.isArray(option.values)) yield* allFields(option.values);
			else if ('type' in option && 'name' in option) yield* allFields([option as INodeProperties]);
		}
	}
}

/* ----------------------------------------------------------------- failures of an item */

/*
 * n8n runs an operation's preSend steps before its `operations.pagination` hook; a step that
 * throws would leave the hook, and with it the error item's link to its input, out. So every
 * preSend of a built node records its item's first failure instead of throwing, the later steps
 * of that item are skipped, and the hook raises the failure as its own first step.
 */
const failures = new WeakMap<object, Map<number, unknown>>();

/** The run all items of a node share: RoutingNode gives every item's context the same execute data. */
function runOf(context: IExecuteSingleFunctions): object {
	return (context.getExecuteData?.() as object | undefined) ?? context.getNode();
}

function failureOf(context: IExecuteSingleFunctions): unknown {
	return failures.get(runOf(context))?.get(context.getItemIndex());
}

/** Raises the failure a preSend step recorded for this item (and forgets it). */
function raiseRecordedFailure(context: IExecuteSingleFunctions) {
	const run = failures.get(runOf(context));
	const itemIndex = context.getItemIndex();
	if (!run?.has(itemIndex)) return;
	const failure = run.get(itemIndex);
	run.delete(itemIndex);
	throw failure;
}

const RECORDING = Symbol('recordsFailure');

/** A preSend step that records its item's failure for the hook instead of throwing it. */
function recording(step: PreSendAction): PreSendAction {
	if ((step as unknown as Record<symbol, boolean>)[RECORDING]) return step;
	const wrapped = async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (failureOf(this) !== undefined) return request;
		try {
			return await step.call(this, request);
		} catch (error) {
			const run = runOf(this);
			if (!failures.has(run)) failures.set(run, new Map());
			failures.get(run)!.set(this.getItemIndex(), error ?? new Error('A check failed'));
			return request;
		}
	};
	Object.defineProperty(wrapped, RECORDING, { value: true });
	return wrapped;
}

/**
 * A node's properties, ready: every field-level preSend (conversions, dates, JSON fields) records
 * its item's failure for the operation's hook, like the builder's own steps, and the errors name
 * the operation as the node displays it. Call once per node, with the node's `name`.
 */
export function nodeProperties(node: string, properties: INodeProperties[]): INodeProperties[] {
	for (const field of allFields(properties)) {
		const send = field.routing?.send;
		if (send?.preSend) send.preSend = send.preSend.map(recording);
	}
	const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	for (const property of properties) {
		const resource = property.name === 'operation' ? property.displayOptions?.show?.resource?.[0] : undefined;
		const shown = resources.find((option) => option.value === resource)?.name;
		if (!shown) continue;
		for (const option of (property.options ?? []) as INodePropertyOptions[]) nameOperation(node, String(resource), String(option.value), `${shown} › ${option.name}`);
	}
	return properties;
}

/* ----------------------------------------------------------------- output steps */

/** Limit of a whole list, cut before any shaping (a shaper then works on the records kept only). */
async function cutToLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const wanted = wantedCount(this);
	return items.length > wanted ? items.slice(0, wanted) : items;
}

/** A Delete outputs n8n's one answer for it, whatever the API said on success. */
export const deleted: Shaper = () => [{ json: { deleted: true } }];

/* ----------------------------------------------------------------- the hook */

/** The message of an error item: what n8n shows for the error. */
function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** An ID the row sends: its parameter and its label. */
interface RowId {
	name: string;
	label: string;
}

/**
 * An API error as the user reads it: ` [item N]` when the node ran on several items, and a 404 of
 * a record's address names the parameter to check instead of "the ID".
 */
function explained(context: IExecuteSingleFunctions, error: unknown, ids: RowId[]): unknown {
	if (!(error instanceof NodeApiError)) return error;
	if (error.httpCode === '404' && ids.length > 0) {
		// the API's message stays first; what to check follows it, for people and AI agents alike
		const which = ids.map(({ name, label }) => `'${label}': ${JSON.stringify(String(readParameter(context, name) ?? ''))}`).join(', ');
		error.message = `${error.message} (check ${which})`;
		if (typeof error.description === 'string') error.description = error.description.replace(/Not found: check the ID/, `Not found: check ${which}`);
	}
	const suffix = itemSuffix(context);
	if (suffix && !error.message.endsWith(suffix)) error.message += suffix;
	return error;
}

function requestFlow(row: OperationRow, dialect: NodeDialect, resource: string, ids: RowId[]): RequestFlow {
	const optionsName = listOptionsName(resource, row.value);
	let send: RequestFlow = retryAfterOnFail;
	if (row.instead) send = row.instead;
	else if (row.list === 'paged') {
		if (!dialect.pages) throw new Error(`${resource} › ${row.value}: the node has no page loop`);
		send = dialect.pages(row.root, optionsName);
	} else if (row.list === 'whole') send = wholeList(optionsName);
	if (dialect.around && !row.instead) send = dialect.around(send);
	const shape = [...(row.shape ?? []), ...(row.value === 'delete' ? [deleted] : [])];
	return async function (this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions) {
		const item = this.getItemIndex();
		try {
			raiseRecordedFailure(this);
			let items = await send.call(this, requestData);
			for (const step of shape) items = await step.call(this, items);
			// in place: the items are this request's own, made by the answer steps (no copy of 10,000 records)
			for (const output of items) output.pairedItem = { item };
			return items;
		} catch (caught) {
			const error = explained(this, explainTimeout(this.getNode(), caught, requestData.options.timeout, item), ids);
			if (!this.continueOnFail()) throw error;
			return [{ json: { error: messageOf(error) }, error: error as never, pairedItem: { item } }];
		}
	};
}

/** The routing of one row. */
function routingOf(row: OperationRow, dialect: NodeDialect, resource: string, checkInput: PreSendAction, labels: Map<string, string>): INodePropertyOptions['routing'] {
	const kind = (name: string) => (row.textIds?.includes(name) ? 'text' : 'numeric');
	const label = (name: string) => labels.get(name) ?? name;
	const ids = [
		...pathIds(row.path).map((name) => idInUrl(name, label(name), kind(name))),
		...Object.entries(row.bodyIds ?? {}).map(([name, path]) => idInBody(name, label(name), path, kind(name))),
	];
	// a 404 names the record the path addresses: its last segment, when that is an ID
	const addressed = /\{(\w+)\}$/.exec(row.path)?.[1];
	const named = addressed ? [{ name: addressed, label: label(addressed) }] : [];
	const sendsBody = ['POST', 'PUT', 'PATCH'].includes(row.method);
	const bodyRule = row.bodyRule ?? (sendsBody ? (dialect.bodyRule ?? []) : []);
	const postReceive = [...dialect.answer(row.root, row), ...(row.list === 'whole' ? [cutToLimit] : [])];
	return {
		request: { method: row.method, url: urlTemplate(row.path), ...(row.body ? { body: row.body } : {}), ...row.request },
		send: { paginate: true, preSend: [checkInput, ...(row.checks ?? []), ...ids, ...bodyRule].map(recording) },
		operations: { pagination: requestFlow(row, dialect, resource, named) },
		output: { postReceive },
	};
}

/** The Operation property as n8n's nodes have it; each resource gives its own default. */
const OPERATION: INodeProperties = { displayName: 'Operation', name: 'operation', type: 'options', noDataExpression: true, default: '' };

/**
 * The Operation property of a resource, built from its rows (sorted by name, as n8n lists them).
 * The IDs of a row's path are checked by the step that puts them in (whole numbers unless the row
 * says `textIds`), so the described-field checks leave those fields to it.
 */
export function operationsProperty(dialect: NodeDialect, operations: ResourceOperations): INodeProperties {
	const { resource, fields, rows } = operations;
	const labels = new Map<string, string>();
	for (const field of allFields(fields)) if (!labels.has(field.name)) labels.set(field.name, fieldLabel(field));
	const checks = new Map<string, PreSendAction>();
	const checkFor = (row: OperationRow) => {
		const ids = [...pathIds(row.path), ...Object.keys(row.bodyIds ?? {})];
		const key = ids.join(',');
		if (!checks.has(key)) checks.set(key, checkFields(fields.filter((field) => !ids.includes(field.name))));
		return checks.get(key)!;
	};
	return {
		...OPERATION,
		displayOptions: { show: { resource: [resource] } },
		default: operations.default,
		options: [...rows]
			.sort((a, b) => alphabetically(a.name, b.name))
			.map((row) => ({
				name: row.name,
				value: row.value,
				action: row.action,
				description: row.description,
				routing: routingOf(row, dialect, resource, checkFor(row), labels),
			})),
	};
}
