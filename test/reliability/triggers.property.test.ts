import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { cursorAfter, MAX_CURSOR_IDS, type PollCursor, type RecordKey, selectNew } from '../../nodes/shared/polling';
import { TRIGGER_BEDS, type TriggerBed } from './triggers-beds';
import { checkSettings, schedule, type Schedule, shuffledIds } from './triggers-schedule';

/**
 * Property tests of the polling triggers. Invariant: once a trigger is active, every record
 * that appears in the API afterwards is emitted exactly once, oldest first, whatever the
 * arrival schedule (equal timestamps, ids out of order, records more than a page at once),
 * failed polls (an error, a reset, a failure after the first page, an expired token), manual
 * test runs, and however far the API's clock is from n8n's; and the stored state stays under
 * a fixed size. Replay a failure with FC_SEED=<seed> (and FC_SHRINK=1 to shrink it).
 */

/** The most the stored state may take: MAX_CURSOR_IDS ids of up to 10 characters, and the rest. */
const STATE_LIMIT_BYTES = MAX_CURSOR_IDS * 13 + 1024;

/** The API's clock at the start of every schedule (before the skew). */
const EPOCH = Date.UTC(2026, 0, 1);

function expectBoundedState(state: unknown) {
	expect(JSON.stringify(state ?? {}).length).toBeLessThanOrEqual(STATE_LIMIT_BYTES);
}

function expectEachOnce(emitted: number[], expected: number[]) {
	const counts = new Map<number, number>();
	for (const id of emitted) counts.set(id, (counts.get(id) ?? 0) + 1);
	const repeated = [...counts].filter(([, count]) => count > 1).map(([id]) => id);
	expect(repeated).toEqual([]);
	expect([...emitted].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
}

const isOldestFirst = (times: number[]) => times.every((time, index) => index === 0 || time >= times[index - 1]);

/** A deterministic shuffle, with now and then a record twice (pages shifting under the reader). */
function apiAnswer<T>(records: T[], seed: number): T[] {
	const order = shuffledIds(records.length, seed).map((id) => (id - 1_000_000) / 7);
	const answer = order.map((index) => records[index]);
	if (records.length > 0 && seed % 3 === 0) answer.push(records[seed % records.length]);
	return answer;
}

describe('the shared polling cursor (selectNew / cursorAfter)', () => {
	test('every record after activation is selected exactly once, oldest first, with a bounded cursor', () => {
		fc.assert(
			fc.property(schedule, fc.nat(), ({ skew, steps }: Schedule, seed) => {
				const arriving = steps.reduce((count, step) => count + (step.kind === 'arrive' ? step.gaps.length : 0), 0);
				const ids = shuffledIds(arriving, seed);
				const records: RecordKey[] = [];
				let clock = EPOCH + skew;
				let cursor: PollCursor = cursorAfter([]);
				let baseline = 0;
				const emitted: number[] = [];
				const poll = (pollSeed: number) => {
					// the API answers in any order, may repeat a record, and may filter from the cursor's time on
					const visible = pollSeed % 2 === 0 ? records : records.filter((record) => record.time >= cursor.time);
					const { fresh, next } = selectNew(apiAnswer(visible, pollSeed), cursor, (record) => record);
					expect(isOldestFirst(fresh.map((record) => record.time))).toBe(true);
					emitted.push(...fresh.map((record) => Number(record.id)));
					cursor = next;
					expectBoundedState(cursor);
				};
				// activation: what exists now is "already seen"
				cursor = cursorAfter(records);
				baseline = records.length;
				steps.forEach((step, index) => {
					if (step.kind === 'arrive') {
						for (const gap of step.gaps) {
							clock += gap;
							records.push({ id: String(ids.shift()), time: clock });
						}
					}
					// a failed poll stores nothing: it is as if it did not happen
					if (step.kind === 'poll' && step.fault === 'none') poll(seed + index);
				});
				poll(seed + 1);
				expectEachOnce(emitted, records.slice(baseline).map((record) => Number(record.id)));
			}),
			checkSettings(200),
		);
	});
});

/** Runs one schedule against a trigger on a fresh sandbox and checks the invariant. */
async function runSchedule(bed: TriggerBed, { skew, steps }: Schedule, idSeed: number) {
	const arriving = steps.reduce((count, step) => count + (step.kind === 'arrive' ? step.gaps.length : 0), 0);
	const ids = shuffledIds(arriving, idSeed);
	let clock = bed.seededUntil + skew;
	const added: number[] = [];
	const emitted: number[] = [];

	const poll = async (fault: Parameters<TriggerBed['breakNextPoll']>[0]) => {
		const disarm = bed.breakNextPoll(fault);
		const before = JSON.stringify(bed.staticData());
		let result: Awaited<ReturnType<TriggerBed['poll']>> = null;
		let failed = false;
		try {
			result = await bed.poll();
		} catch {
			failed = true;
		} finally {
			disarm();
		}
		// a dropped connection is retried (issue 17): the poll goes on; an HTTP 500 is not
		if (fault === 'none' || fault === 'expiredToken' || fault === 'reset') expect(failed).toBe(false);
		if (fault === 'error') expect(failed).toBe(true);
		// a failed poll leaves the state as it was
		if (failed) expect(JSON.stringify(bed.staticData())).toBe(before);
		const items = (result?.[0] ?? []).map((item) => item.json as IDataObject);
		if (result) expect(items.length).toBeGreaterThan(0);
		expect(isOldestFirst(items.map(bed.timeOf))).toBe(true);
		emitted.push(...items.map(bed.idOf));
		expectBoundedState(bed.staticData());
	};

	// activation stores where "now" is and emits nothing
	expect(await bed.poll()).toBeNull();
	for (const step of steps) {
		if (step.kind === 'arrive') {
			for (const gap of step.gaps) {
				clock += gap;
				const id = ids.shift()!;
				bed.add(id, clock);
				added.push(id);
			}
		} else if (step.kind === 'poll') {
			await poll(step.fault);
		} else {
			// a manual test run shows a record and changes nothing
			const before = JSON.stringify(bed.staticData());
			const result = await bed.poll('manual');
			expect(result?.[0]).toHaveLength(1);
			expect(JSON.stringify(bed.staticData())).toBe(before);
		}
	}
	await poll('none');
	expectEachOnce(emitted, added);
}

describe.each(TRIGGER_BEDS.map((start) => [start.name, start]))('%s under random schedules', (_name, start) => {
	test('every new record is emitted exactly once, oldest first; state bounded', async () => {
		let runs = 0;
		await fc.assert(
			fc.asyncProperty(schedule, fc.nat(), async (plan, idSeed) => {
				const bed = await start();
				runs++;
				try {
					await runSchedule(bed, plan, idSeed);
				} finally {
					await bed.stop();
				}
			}),
			checkSettings(15),
		);
		console.log(`${start.name}: ${runs} random schedules`);
	}, 120_000);
});
