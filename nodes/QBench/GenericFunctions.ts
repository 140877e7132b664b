import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { ownRequest } from '../shared/request';
import { paginateByPage } from '../shared/pagination';
import { numericId } from '../shared/validation';

/** QBench paths hang under the instance URL the user gives. */
export const QBENCH_API_PATH = '/qbench/api/v1';

/** `GET /customer` pages: `page_num` / `page_size` (at most 50), `{total_pages, data}`. */
export const paginateCustomers = paginateByPage({
	in: 'qs',
	pageParam: 'page_num',
	sizeParam: 'page_size',
	firstPage: 1,
	maxPageSize: 50,
	records: (body) => (Array.isArray(body.data) ? (body.data as IDataObject[]) : []),
	lastPage: (body) => (typeof body.total_pages === 'number' ? body.total_pages : undefined),
});

/** The customer picker used by every operation that acts on one customer. */
export function customerLocator(show: IDataObject): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: show as { [key: string]: string[] } },
		description: 'The QBench customer',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'A customer ID is a number' } },
				],
			},
		],
	};
}

export const checkCustomerId = numericId('customerId', 'Customer');

/**
 * List search for the customer picker: one page of 50 per call, filtered by name on our side
 * (the API has no search parameter); `paginationToken` is the next page number.
 */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const credentials = await this.getCredentials<{ url: string }>('qBenchApi');
	const page = Number(paginationToken ?? 1);
	const body = (await ownRequest(this, 'qBenchApi', {
		method: 'GET',
		url: `${credentials.url.replace(/\/+$/, '')}${QBENCH_API_PATH}/customer`,
		qs: { page_num: page, page_size: 50 },
	})) as IDataObject;
	const customers = (body.data as IDataObject[] | undefined) ?? [];
	const needle = (filter ?? '').toLowerCase();
	const results = customers
		.filter((customer) => !needle || String(customer.customer_name ?? '').toLowerCase().includes(needle))
		.map((customer) => ({
			name: `${String(customer.customer_name ?? '(no name)')} (#${String(customer.id)})`,
			value: String(customer.id),
		}));
	const totalPages = Number(body.total_pages ?? page);
	return { results, paginationToken: page < totalPages ? String(page + 1) : undefined };
}
