import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { qbenchRequest } from './transport';

/** Pages of 50 read per call while a search text is typed (the API cannot search by name). */
const SEARCH_PAGES_PER_CALL = 10;
const PAGE_SIZE = 50;

/**
 * List search of the customer picker. Without a search text: one page of 50 per call. With one:
 * QBench has no search parameter, so pages are read and matched by name here until a page's
 * worth of matches is found or 10 pages were read; `paginationToken` is the next page to read,
 * so "load more" goes on where the last call stopped.
 */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchResult['results'] = [];
	let page = Math.max(1, Number(paginationToken ?? 1) || 1);
	for (let read = 0; read < (needle ? SEARCH_PAGES_PER_CALL : 1); read++) {
		const body = await qbenchRequest(this, { method: 'GET', url: '/customer', qs: { page_num: page, page_size: PAGE_SIZE } });
		const customers = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
		for (const customer of customers) {
			const name = String(customer.customer_name ?? '');
			if (needle && !name.toLowerCase().includes(needle)) continue;
			results.push({ name: `${name || '(no name)'} (#${String(customer.id)})`, value: String(customer.id) });
		}
		const totalPages = typeof body.total_pages === 'number' ? body.total_pages : page;
		if (customers.length === 0 || page >= totalPages) return { results };
		page++;
		if (results.length >= PAGE_SIZE) break;
	}
	return { results, paginationToken: String(page) };
}
