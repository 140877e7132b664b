import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { DEFAULT_RETRY, type RetryPolicy, withRetry } from './retry';

/**
 * Where a polling trigger stands: the newest record time it has emitted (epoch ms, from the
 * API's own timestamps, never n8n's clock) and the ids already emitted at exactly that time,
 * so records sharing a timestamp are neither lost nor repeated.
 */
export interface PollCursor {
	time: number;
	ids: string[];
	/**
	 * Set once more than MAX_CURSOR_IDS records share `time`: the lowest ids are then dropped
	 * from `ids`, and every id at `time` up to this one (in numeric-aware order) counts as seen.
	 * The APIs' ids grow with creation, so this keeps the state bounded without repeats.
	 */
	idFloor?: string;
}

export interface RecordKey {
	id: string;
	/** epoch ms; for day-granular APIs the start of the day */
	time: number;
}

/** The ids kept for one timestamp; beyond this the lowest are folded into `idFloor`. */
export const MAX_CURSOR_IDS = 5000;

function compareIds(a: string, b: string): number {
	return a.localeCompare(b, 'en', { numeric: true });
}

function compareKeys(a: RecordKey, b: RecordKey): number {
	if (a.time !== b.time) return a.time - b.time;
	return compareIds(a.id, b.id);
}

/** True when the cursor has already seen this id at its own timestamp. */
function seenAtCursorTime(id: string, cursor: PollCursor, ids: Set<string>): boolean {
	return ids.has(id) || (cursor.idFloor !== undefined && compareIds(id, cursor.idFloor) <= 0);
}

/** The cursor that marks everything in `keys` as seen. */
export function cursorAfter(keys: RecordKey[], previous?: PollCursor): PollCursor {
	let time = previous?.time ?? Number.NEGATIVE_INFINITY;
	for (const key of keys) if (key.time > time) time = key.time;
	const sameTime = previous && previous.time === time ? previous : undefined;
	const ids = new Set(sameTime?.ids ?? []);
	for (const key of keys) if (key.time === time) ids.add(key.id);
	const cursor: PollCursor = { time: Number.isFinite(time) ? time : 0, ids: [...ids] };
	if (sameTime?.idFloor !== undefined) cursor.idFloor = sameTime.idFloor;
	if (cursor.ids.length > MAX_CURSOR_IDS) {
		const sorted = cursor.ids.sort(compareIds);
		const dropped = sorted.splice(0, sorted.length - MAX_CURSOR_IDS);
		const highestDropped = dropped[dropped.length - 1];
		if (cursor.idFloor === undefined || compareIds(highestDropped, cursor.idFloor) > 0) cursor.idFloor = highestDropped;
		cursor.ids = sorted;
	}
	return cursor;
}

/** The records not yet emitted, oldest first, and the cursor once they are. */
export function selectNew<T>(records: T[], cursor: PollCursor, keyOf: (record: T) => RecordKey) {
	const seenIds = new Set(cursor.ids);
	const keyed = records
		.map((record) => ({ record, key: keyOf(record) }))
		.filter(({ key }) => Number.isFinite(key.time))
		.filter(({ key }) => key.time > cursor.time || (key.time === cursor.time && !seenAtCursorTime(key.id, cursor, seenIds)));
	// the same record may come twice when an API pages while records are added
	const unique = new Map<string, (typeof keyed)[number]>();
	for (const entry of keyed) unique.set(entry.key.id, entry);
	const fresh = [...unique.values()].sort((a, b) => compareKeys(a.key, b.key));
	return {
		fresh: fresh.map(({ record }) => record),
		next: cursorAfter(
			fresh.map(({ key }) => key),
			cursor,
		),
	};
}

export interface PollOptions<T> {
	/**
	 * What the trigger watches (the event, and for CrmRpc the profile). Each scope keeps its own
	 * cursor: switching the event and back later resumes where that event stood.
	 */
	scope: string;
	/** fetches the candidate records; `cursor` is undefined on first activation and in manual runs */
	fetch: (cursor: PollCursor | undefined) => Promise<T[]>;
	keyOf: (record: T) => RecordKey;
	/** shapes one record for output */
	toItem?: (record: T) => IDataObject;
	/**
	 * How a fetch that meets a rate limit or a brief outage is retried (DEFAULT_RETRY unless
	 * given). `false` when `fetch` retries each of its own requests (a paged fetch: pages
	 * already read are then not read again).
	 */
	retry?: RetryPolicy | false;
}

function isCursor(value: unknown): value is PollCursor {
	const cursor = value as PollCursor | undefined;
	return !!cursor && typeof cursor === 'object' && typeof cursor.time === 'number' && Array.isArray(cursor.ids);
}

/**
 * The cursors of the node, by scope, from its static data (`cursors[scope]`). Version 0.0.x
 * kept one cursor and its scope at the top level: that one is read as its scope's.
 */
function storedCursors(staticData: IDataObject): Record<string, PollCursor> {
	const cursors = { ...((staticData.cursors as Record<string, PollCursor> | undefined) ?? {}) };
	if (typeof staticData.scope === 'string' && isCursor(staticData.cursor)) cursors[staticData.scope] ??= staticData.cursor;
	return cursors;
}

/**
 * Writes the scope's cursor. n8n saves a workflow's static data only when the node's own object
 * reports a change, which a change inside an object stored on an earlier poll does not: so
 * `cursors` is set anew at the top level.
 */
function saveCursor(staticData: IDataObject, cursors: Record<string, PollCursor>, scope: string, cursor: PollCursor) {
	staticData.cursors = { ...cursors, [scope]: cursor } as unknown as IDataObject;
	delete staticData.cursor;
	delete staticData.scope;
}

/**
 * The polling contract shared by the pack's triggers:
 * - a manual test run returns the newest record (so fields can be mapped) and changes nothing;
 * - the first activation of a scope stores where "now" is in the API's own data and emits nothing;
 * - later polls emit only records not emitted before, oldest first, and return null when none;
 * - a fetch that meets a 429, 502, 503, 504 or a dropped connection is retried (bounded);
 * - the cursor is written only after the whole poll succeeded (a failed fetch loses nothing).
 * State lives in the workflow's static data, never in module scope (queue mode safe).
 */
export async function pollNewRecords<T>(
	this: IPollFunctions,
	options: PollOptions<T>,
): Promise<INodeExecutionData[][] | null> {
	const toItem = options.toItem ?? ((record: T) => record as unknown as IDataObject);
	const retry = options.retry === undefined ? DEFAULT_RETRY : options.retry;
	const fetch = retry ? async (cursor: PollCursor | undefined) => await withRetry(async () => await options.fetch(cursor), retry) : options.fetch;
	if (this.getMode() === 'manual') {
		const records = await fetch(undefined);
		const newest = records
			.map((record) => ({ record, key: options.keyOf(record) }))
			.sort((a, b) => compareKeys(b.key, a.key))[0];
		return newest ? [this.helpers.returnJsonArray([toItem(newest.record)])] : null;
	}
	const staticData = this.getWorkflowStaticData('node');
	const cursors = storedCursors(staticData);
	const stored = cursors[options.scope];
	if (!isCursor(stored)) {
		const records = await fetch(undefined);
		saveCursor(staticData, cursors, options.scope, cursorAfter(records.map(options.keyOf)));
		return null;
	}
	const records = await fetch(stored);
	const { fresh, next } = selectNew(records, stored, options.keyOf);
	if (fresh.length === 0) return null;
	saveCursor(staticData, cursors, options.scope, next);
	return [this.helpers.returnJsonArray(fresh.map(toItem))];
}
