import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { ObservableObject } from 'n8n-workflow';

import { cursorAfter, MAX_CURSOR_IDS, type PollCursor, pollNewRecords, type RecordKey, selectNew } from '../../nodes/shared/polling';

const DAY = Date.UTC(2026, 2, 5);
const key = (record: RecordKey) => record;

describe('polling cursor with more records on one timestamp than it keeps ids', () => {
	test('ten bursts of 1,000 on one day: each record emitted once, the state stays bounded', () => {
		let cursor: PollCursor = cursorAfter([]);
		const all: RecordKey[] = [];
		const emitted: string[] = [];
		for (let burst = 0; burst < 10; burst++) {
			for (let i = 0; i < 1000; i++) all.push({ id: String(all.length + 1), time: DAY });
			// a day-granular API answers the whole day at every poll
			const { fresh, next } = selectNew(all, cursor, key);
			emitted.push(...fresh.map((record) => record.id));
			cursor = next;
			expect(cursor.ids.length).toBeLessThanOrEqual(MAX_CURSOR_IDS);
		}
		expect(emitted).toHaveLength(10_000);
		expect(new Set(emitted).size).toBe(10_000);
		expect(cursor.idFloor).toBe('5000');
		expect(JSON.stringify(cursor).length).toBeLessThan(MAX_CURSOR_IDS * 8);
		expect(selectNew(all, cursor, key).fresh).toEqual([]);
	});

	test('the floor only applies to its own timestamp: the next day starts with a fresh list', () => {
		const full = cursorAfter(Array.from({ length: MAX_CURSOR_IDS + 10 }, (_value, i) => ({ id: String(i + 1), time: DAY })));
		expect(full.idFloor).toBe('10');
		expect(full.ids).toHaveLength(MAX_CURSOR_IDS);
		const nextDay = { id: '3', time: DAY + 86_400_000 };
		const { fresh, next } = selectNew([nextDay], full, key);
		expect(fresh).toEqual([nextDay]);
		expect(next).toEqual({ time: nextDay.time, ids: ['3'] });
	});

	test('a cursor under the limit keeps its plain shape', () => {
		expect(cursorAfter([{ id: 'a', time: 5 }, { id: 'b', time: 5 }])).toEqual({ time: 5, ids: ['a', 'b'] });
	});
});

describe('a cursor per scope, as n8n keeps static data', () => {
	test('an advancing poll reports a change (n8n saves only then), also for a cursor stored by an earlier poll; scopes keep their own', async () => {
		// n8n's workflow static data and the node's part of it, as Workflow.getStaticData builds them
		const root = ObservableObject.create({}, undefined, { ignoreEmptyOnFirstChild: true }) as IDataObject & { __dataChanged: boolean };
		root['node:Trigger'] = ObservableObject.create({}, root);
		const node = () => root['node:Trigger'] as IDataObject;
		const context = {
			getMode: () => 'trigger',
			getWorkflowStaticData: () => node(),
			helpers: { returnJsonArray: (records: IDataObject[]) => records.map((json) => ({ json })) },
		} as unknown as IPollFunctions;
		const records: RecordKey[] = [{ id: '1', time: 1 }];
		const poll = async (scope: string) =>
			await (pollNewRecords<RecordKey>).call(context, { scope, fetch: async () => [...records], keyOf: key, retry: false });

		expect(await poll('newPayout')).toBeNull();
		expect(root.__dataChanged).toBe(true);
		for (const time of [2, 3]) {
			root.__dataChanged = false;
			records.push({ id: String(time), time });
			expect(await poll('newPayout')).toEqual([[{ json: { id: String(time), time } }]]);
			expect(root.__dataChanged).toBe(true);
			expect(node().cursors).toEqual({ newPayout: { time, ids: [String(time)] } });
		}
		root.__dataChanged = false;
		expect(await poll('newPayout')).toBeNull();
		expect(root.__dataChanged).toBe(false);
		// another scope starts from now and keeps its own cursor; the first one stays
		records.push({ id: '9', time: 9 });
		expect(await poll('newInvoice')).toBeNull();
		expect(root.__dataChanged).toBe(true);
		expect(node().cursors).toEqual({ newPayout: { time: 3, ids: ['3'] }, newInvoice: { time: 9, ids: ['9'] } });
		// back on the first scope: what came meanwhile arrives
		expect(await poll('newPayout')).toEqual([[{ json: { id: '9', time: 9 } }]]);
	});

	test("a manual run reads and keeps nothing; a first build's cursor at the top level is kept by its scope", async () => {
		const staticData: IDataObject = { cursor: { time: 5, ids: ['5'] }, scope: 'newLead' };
		const context = (mode: string) =>
			({
				getMode: () => mode,
				getWorkflowStaticData: () => staticData,
				helpers: { returnJsonArray: (records: IDataObject[]) => records.map((json) => ({ json })) },
			}) as unknown as IPollFunctions;
		const records: RecordKey[] = [4, 5, 6].map((time) => ({ id: String(time), time }));
		const options = { scope: 'newLead', fetch: async () => records, keyOf: key, retry: false as const };
		expect(await (pollNewRecords<RecordKey>).call(context('manual'), options)).toEqual([[{ json: { id: '6', time: 6 } }]]);
		expect(staticData).toEqual({ cursor: { time: 5, ids: ['5'] }, scope: 'newLead' });
		expect(await (pollNewRecords<RecordKey>).call(context('trigger'), options)).toEqual([[{ json: { id: '6', time: 6 } }]]);
		expect(staticData).toEqual({ cursors: { newLead: { time: 6, ids: ['6'] } } });
	});
});
