import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_TOTAL_WAIT_S, DEFAULT_MAX_TRIES } from './retry';

/*
 * The one list shape of the pack, as the user sees it: Return All, Limit and List Options
 * (retries, pause between pages) on every list operation, paged or whole. The page loop that
 * honours them is pagination.ts; the Limit of a whole list is cut by the operation builder
 * (operations.ts) before any shaping.
 */

/** The name of a list operation's options collection: unique within the node (n8n resolves every property that shares a name). */
export function listOptionsName(resource: string, operation: string): string {
	return `${resource}${operation.charAt(0).toUpperCase()}${operation.slice(1)}Options`;
}

/**
 * Return All / Limit fields for a list operation, and its List Options. `paged: false` for lists
 * the API returns whole (no pause between pages to offer).
 */
export function listProperties(resource: string, { operation = 'getAll', paged }: { operation?: string; paged: boolean }): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	const options: INodeProperties[] = [
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxTotalWait',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3600 },
			default: DEFAULT_MAX_TOTAL_WAIT_S,
			description: "The longest time all retries of one item's list may wait together, in seconds",
		},
		{
			displayName: 'Max Tries',
			name: 'maxTries',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: DEFAULT_MAX_TRIES,
			description: 'How often one request is sent at most, the first time included',
		},
		...(paged
			? [
					{
						displayName: 'Pause Between Pages (Milliseconds)',
						name: 'pauseBetweenPages',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 60_000 },
						default: 0,
						description: 'Time to wait before asking for the next page, for APIs with a known request rate limit',
					} satisfies INodeProperties,
				]
			: []),
		{
			displayName: 'Retry on Rate Limit or Outage',
			name: 'retry',
			type: 'boolean',
			default: true,
			description:
				"Whether to wait and send a request again when the API answers 429, 502, 503 or 504 or drops the connection (waiting what its Retry-After says, else an increasing pause). Other errors are never retried.",
		},
	];
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
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
		{
			displayName: 'List Options',
			name: listOptionsName(resource, operation),
			type: 'collection',
			placeholder: 'Add Option',
			displayOptions: { show },
			default: {},
			options,
		},
	];
}
