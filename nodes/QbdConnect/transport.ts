import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	IPollFunctions,
	PostReceiveAction,
} from 'n8n-workflow';

import { leaveOutEmpty } from '../shared/bodyRules';
import { parameterValue } from '../shared/checks';
import { withoutTrailingSlash } from '../shared/credentials';
import { apiError, handleApiResponse, handleApiResponseHiding } from '../shared/errors';
import type { NodeDialect, OperationRow } from '../shared/operations';
import { ownRequest } from '../shared/request';

const CREDENTIAL = 'qbdConnectApi';

/** `{base URL}/{version}` from the credential, as an n8n expression (requestDefaults). */
export const BASE_URL_EXPRESSION =
	'={{$credentials.baseUrl.replace(/\\/+$/, "")}}/{{$credentials.apiVersion.replace(/^\\/+|\\/+$/g, "")}}';

interface QbdCredentials {
	baseUrl: string;
	apiVersion: string;
}

/** The same `{base URL}/{version}` for requests made in code (list search, trigger, read-back). */
function baseUrlOf(credentials: QbdCredentials): string {
	const version = String(credentials.apiVersion ?? 'v1').replace(/^\/+|\/+$/g, '');
	return `${withoutTrailingSlash(credentials.baseUrl)}/${version}`;
}

/** One call made in code: the API's own message and status on failure. */
export async function qbdRequest(
	context: ILoadOptionsFunctions | IPollFunctions,
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
 * Output step of the lists, after handleApiResponse: one item per record, whether the server
 * answers a bare array (the doc's form) or wraps it (`{data: [...]}`). The builder's Limit follows.
 */
async function listRecords(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (Array.isArray(response.body)) return items;
	return recordsOf(response.body).map((json) => ({ json }));
}

/**
 * Output step (row shape) of Update / Partial Update: the output is the instance. The API may answer a
 * changed instance with an empty 204 (PATCH has no documented answer): it is then read back.
 */
export async function instanceReadBack(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const answer = items[0]?.json ?? {};
	const isInstance = items.length === 1 && (answer.instanceId !== undefined || answer.name !== undefined);
	if (isInstance) return items;
	const instanceId = String(parameterValue(this, 'instanceId') ?? '').trim();
	const credentials = await this.getCredentials<QbdCredentials>(CREDENTIAL);
	const read = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL, {
		method: 'GET',
		url: `${baseUrlOf(credentials)}/instances/${encodeURIComponent(instanceId)}`,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	})) as { statusCode: number; body: unknown; headers?: unknown };
	if (read.statusCode >= 400) {
		throw apiError(this.getNode(), read.statusCode, read.body, { itemIndex: this.getItemIndex(), headers: read.headers });
	}
	return [{ json: read.body as IDataObject }];
}

/**
 * The QWC file arrives as raw bytes (the request asks for an arraybuffer). An error body is
 * decoded to text first so handleApiResponse can read the API's message from it.
 */
async function decodeErrorBody(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400 && Buffer.isBuffer(response.body)) {
		response.body = response.body.toString('utf8');
	}
	return items;
}

/** Output step of Get QWC File: the bytes as a binary property with a `.qwc` file name. */
async function qwcFile(
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
	const instanceId = String(parameterValue(this, 'instanceId') ?? '').trim();
	const options = this.getNodeParameter('instanceQwcOptions', {}) as IDataObject;
	const property = String(options.binaryPropertyName ?? 'data').trim() || 'data';
	let fileName = String(options.fileName ?? '').trim() || `${instanceId}.qwc`;
	if (!/\.qwc$/i.test(fileName)) fileName += '.qwc';
	const binary = await this.helpers.prepareBinaryData(bytes, fileName, 'application/xml');
	return [
		{
			json: {
				instanceId,
				fileName,
				emailed: this.getNodeParameter('instanceQwcEmail', false) as boolean,
				size: bytes.length,
			},
			binary: { [property]: binary },
		},
	];
}

/** Output step of Checkout: the answer is a `Location` header (the checkout page URL). */
async function checkoutLocation(
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

/**
 * The body rule of the operations that send a body: what the user added to a collection but left
 * empty is dropped. (A JSON body field sets the whole body after this rule, as the user gave it.)
 */
export const dropBlankFields = leaveOutEmpty({ trim: false });

/** The API's errors with its own message, without what the user typed in the row's hidden fields. */
function apiErrors(row: OperationRow): PostReceiveAction {
	return row.hide?.length ? handleApiResponseHiding(...row.hide) : handleApiResponse;
}

/**
 * How QBD Connect's operations read answers: errors with the API's message; a list (whole, never
 * paged) one item per record; an answer asked for as bytes is the QWC file; an answer whose
 * redirect is not followed is the checkout URL of its Location header.
 */
export const qbd: NodeDialect = {
	answer: (_root, row) => {
		if (row.request?.encoding === 'arraybuffer') return [decodeErrorBody, apiErrors(row), qwcFile];
		if (row.request?.disableFollowRedirect) return [apiErrors(row), checkoutLocation];
		return [apiErrors(row), ...(row.list ? [listRecords] : [])];
	},
	bodyRule: [dropBlankFields],
};
