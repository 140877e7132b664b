import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { withoutTrailingSlash } from '../shared/credentials';
import { handleApiResponse } from '../shared/errors';
import type { NodeDialect } from '../shared/operations';
import { pageLoop } from '../shared/pagination';
import { ownRequest } from '../shared/request';

/** QBench paths hang under the instance URL the user gives. */
const QBENCH_API_PATH = '/qbench/api/v1';

/** The operations' base URL: the credential's instance URL (trailing slashes dropped) plus the API path. */
export const QBENCH_BASE_URL = `={{$credentials.url.replace(/\\/+$/, "")}}${QBENCH_API_PATH}`;

/** `GET /customer` pages: `page_num` / `page_size` (at most 50), `{total_pages, data}`. */
const PAGES = {
	in: 'qs',
	pageParam: 'page_num',
	sizeParam: 'page_size',
	firstPage: 1,
	maxPageSize: 50,
	records: (body: IDataObject) => (Array.isArray(body.data) ? (body.data as IDataObject[]) : []),
	lastPage: (body: IDataObject) => (typeof body.total_pages === 'number' ? body.total_pages : undefined),
} as const;

/**
 * How QBench's operations read answers and page: errors with QBench's message, a body that is not
 * JSON (`{"message": OK}`) read as success, the customer list page by page.
 */
export const qbench: NodeDialect = {
	answer: () => [handleApiResponse],
	pages: (_root, optionsName) => pageLoop(PAGES, optionsName),
};

/** A call the node makes in code (the customer picker): `path` is below `/qbench/api/v1`. */
export async function qbenchRequest(
	context: ILoadOptionsFunctions,
	request: IHttpRequestOptions & { url: string },
): Promise<IDataObject> {
	const credentials = await context.getCredentials<{ url: string }>('qBenchApi');
	const url = `${withoutTrailingSlash(credentials.url)}${QBENCH_API_PATH}${request.url}`;
	return ((await ownRequest(context, 'qBenchApi', { ...request, url })) ?? {}) as IDataObject;
}
