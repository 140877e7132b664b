import { cursorAfter, MAX_CURSOR_IDS, type PollCursor, type RecordKey, selectNew } from '../../nodes/shared/polling';

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
