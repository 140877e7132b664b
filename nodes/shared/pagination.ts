import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

/** Hard stop for any page loop, whatever an API claims about its page count. */
export const MAX_PAGES = 100_000;

export interface PageStyle {
	/** where the page parameters go */
	in: 'qs' | 'body';
	/** parameter names; dotted paths for nested body fields (`parameters.page`) */
	pageParam: string;
	sizeParam: string;
	firstPage: number;
	maxPageSize: number;
	/** the records of one page body */
	records: (body: IDataObject) => IDataObject[];
	/** the number of the last page, when the body says it */
	lastPage: (body: IDataObject) => number | undefined;
}

function setPath(target: IDataObject, path: string, value: unknown) {
	const keys = path.split('.');
	let node = target;
	for (const key of keys.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as IDataObject;
	}
	node[keys[keys.length - 1]] = value as IDataObject;
}

/**
 * The stop rule of every page loop: an empty page ends it; otherwise the API's last page number
 * when it gives one, else a page shorter than asked for.
 */
export function isLastPage(page: number, recordCount: number, pageSize: number, lastPage: number | undefined): boolean {
	if (recordCount === 0) return true;
	return lastPage !== undefined && Number.isFinite(lastPage) ? page >= lastPage : recordCount < pageSize;
}

/** Reads Return All / Limit of the current item. */
export function wantedCount(context: IExecutePaginationFunctions): number {
	const returnAll = context.getNodeParameter('returnAll', false) as boolean;
	return returnAll ? Infinity : Math.max(1, Number(context.getNodeParameter('limit', 50)));
}

/**
 * Declarative pagination for page-numbered APIs: fetches exactly the pages needed for
 * Return All / Limit (Limit 20 with pages of 50 is one request of 20) and emits one item
 * per record. The operation's postReceive must leave the page body whole (no rootProperty).
 */
export function paginateByPage(style: PageStyle) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const wanted = wantedCount(this);
		const pageSize = Math.min(style.maxPageSize, wanted);
		const results: INodeExecutionData[] = [];
		for (let page = style.firstPage; page < style.firstPage + MAX_PAGES; page++) {
			const options = { ...requestData.options };
			const target = style.in === 'qs' ? 'qs' : 'body';
			const params = JSON.parse(JSON.stringify(options[target] ?? {})) as IDataObject;
			setPath(params, style.pageParam, page);
			setPath(params, style.sizeParam, pageSize);
			options[target] = params;
			const [response] = await this.makeRoutingRequest({ ...requestData, options });
			const body = (response?.json ?? {}) as IDataObject;
			const records = style.records(body);
			for (const record of records) {
				results.push({ json: record });
				if (results.length >= wanted) return results;
			}
			if (isLastPage(page, records.length, pageSize, style.lastPage(body))) break;
		}
		return results;
	};
}

/** Return All / Limit fields for a list operation. */
export function listFields(resource: string, operation: string, maxLimit?: number): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}
