import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { qbdRequest, recordId, recordsOf } from './transport';

/*
 * "From List" exists only where the API can list: invoices, products and users. Customers,
 * instances and subscriptions have no list endpoint (instances only per customer), so their
 * locators offer "By ID" alone.
 */

function label(record: IDataObject, id: string, nameKeys: string[]): string {
	const name = nameKeys.map((key) => record[key]).find((value) => typeof value === 'string' && value.trim());
	return name ? `${String(name)} (${id})` : id;
}

/** The records as locator entries, those whose label holds the search text (any case). */
function matching(records: IDataObject[], kind: string, nameKeys: string[], filter?: string): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	for (const record of records) {
		const id = recordId(record, kind);
		if (!id) continue;
		const name = label(record, id, nameKeys);
		if (needle && !name.toLowerCase().includes(needle)) continue;
		results.push({ name, value: id });
	}
	return { results };
}

export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const invoices = recordsOf(await qbdRequest(this, 'GET', '/invoices'));
	return matching(invoices, 'invoice', ['number', 'description', 'customerName', 'name'], filter);
}

export async function searchProducts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const products = recordsOf(await qbdRequest(this, 'GET', '/products'));
	return matching(products, 'product', ['name', 'description'], filter);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const users = recordsOf(await qbdRequest(this, 'GET', '/users'));
	return matching(users, 'user', ['name', 'email', 'userName'], filter);
}
