import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	INodeExecutionData,
	IPollFunctions,
} from 'n8n-workflow';

import { withoutTrailingSlash } from '../shared/credentials';
import { handleApiResponse, handleApiResponseHiding } from '../shared/errors';
import type { NodeDialect } from '../shared/operations';
import { ownRequest } from '../shared/request';
import { tidyBody } from './common';

/** Every Qebot path hangs under the environment's base URL plus this prefix. */
export const QEBOT_API_PATH = '/api/v1';

interface QebotCredentials {
	email: string;
	apiKey: string;
	baseUrl: string;
}

/** The base URL of the node's requests: the credential's environment plus /api/v1. */
function apiBaseUrl(credentials: QebotCredentials): string {
	return `${withoutTrailingSlash(credentials.baseUrl)}${QEBOT_API_PATH}`;
}

/**
 * Qebot wraps every result in a list under the plural resource name (`{"brands": [...]}`),
 * even a single record. Two doc examples use another key (`"purchasess"`, a business list under
 * `"brands"`), so when the expected key is missing the body's only list is taken — which is why
 * this is not n8n's `rootProperty`.
 */
function recordsOf(body: unknown, root: string): IDataObject[] {
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
 * answer, read as `{success: true}`) is kept as it is, not dropped.
 */
function records(root: string) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		return items.flatMap((item) => {
			const hasList = Array.isArray(item.json) || Object.values(item.json ?? {}).some(Array.isArray);
			return hasList ? recordsOf(item.json, root).map((json) => ({ json })) : [item];
		});
	};
}

/**
 * How Qebot's operations read answers: errors with Qebot's message (without the card numbers, CVVs
 * and passwords a row hides), then one item per record of the row's `root` list; a body sent
 * tidied (text trimmed, empty fields left out). Qebot lists are whole: one request, Limit cut
 * by the builder.
 */
export const qebot: NodeDialect = {
	answer: (root, row) => [row.hide ? handleApiResponseHiding(...row.hide) : handleApiResponse, ...(root ? [records(root)] : [])],
	bodyRule: [tidyBody],
};

/** One authenticated Qebot call from a load-options or poll context; errors keep Qebot's message. */
async function qebotRequest(
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

/** A list of Qebot records: where it is and how a record is shown in a picker. */
export interface RecordKind {
	/** list path under /api/v1 */
	path: string;
	/** wrapper key of the list */
	root: string;
	label: (record: IDataObject) => string;
}

/** All records of a kind (Qebot lists are unpaginated: one call). */
export async function listAll(context: ILoadOptionsFunctions | IPollFunctions, kind: RecordKind): Promise<IDataObject[]> {
	return recordsOf(await qebotRequest(context, 'GET', kind.path), kind.root);
}

/**
 * The SSO login, logout and JWT endpoints are browser redirects: following them from n8n would
 * spend the user's one-time token on a page nobody sees. The row still states the endpoint
 * (method, path, token query); this flow, the row's `instead`, turns exactly that request into the
 * URL to open and sends nothing.
 */
export async function returnUrlInsteadOfSending(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const { baseURL, url, qs } = requestData.options;
	const target = new URL(`${withoutTrailingSlash(baseURL)}${url}`);
	for (const [key, value] of Object.entries(qs ?? {})) {
		if (value !== undefined && value !== null && value !== '') target.searchParams.set(key, String(value));
	}
	return [{ json: { url: target.toString() } }];
}
