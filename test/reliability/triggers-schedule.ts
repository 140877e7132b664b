import fc from 'fast-check';

import type { PollFault } from './triggers-beds';

/**
 * A random life of a polling trigger: records arrive between polls (often several with the
 * same timestamp, ids in no particular order), some polls fail, some are manual test runs.
 */
export type Step =
	| { kind: 'arrive'; gaps: number[] }
	| { kind: 'poll'; fault: PollFault }
	| { kind: 'manual' };

export interface Schedule {
	/** how far the API's clock is from the seeded data (and so from n8n's clock), ms */
	skew: number;
	steps: Step[];
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** The time between one record and the next: mostly none (equal timestamps). */
const gap = fc.oneof(
	{ weight: 5, arbitrary: fc.constant(0) },
	{ weight: 2, arbitrary: fc.constantFrom(SECOND, MINUTE) },
	{ weight: 1, arbitrary: fc.constantFrom(HOUR, DAY, 3 * DAY) },
);

/** Records arriving together; now and then more than a CrmRpc page (500) at one instant. */
const arrival: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 12, arbitrary: fc.array(gap, { minLength: 1, maxLength: 8 }).map((gaps): Step => ({ kind: 'arrive', gaps })) },
	{ weight: 1, arbitrary: fc.integer({ min: 501, max: 520 }).map((count): Step => ({ kind: 'arrive', gaps: Array<number>(count).fill(0) })) },
);

export const pollFault: fc.Arbitrary<PollFault> = fc.oneof(
	{ weight: 6, arbitrary: fc.constant<PollFault>('none') },
	{ weight: 4, arbitrary: fc.constantFrom<PollFault>('error', 'reset', 'halfway', 'expiredToken') },
);

const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 4, arbitrary: arrival },
	{ weight: 4, arbitrary: pollFault.map((fault): Step => ({ kind: 'poll', fault })) },
	{ weight: 1, arbitrary: fc.constant<Step>({ kind: 'manual' }) },
);

export const schedule: fc.Arbitrary<Schedule> = fc.record({
	// from "just after the seeded data" to five years later: n8n's clock is never consulted
	skew: fc.integer({ min: 0, max: 5 * YEAR }),
	steps: fc.array(step, { minLength: 1, maxLength: 12 }),
});

/** Unique record ids in random order (not the order of their times). */
export function shuffledIds(count: number, seed: number): number[] {
	const ids = Array.from({ length: count }, (_, index) => 1_000_000 + index * 7);
	let state = seed >>> 0 || 1;
	for (let index = ids.length - 1; index > 0; index--) {
		state = (state * 1_103_515_245 + 12_345) >>> 0;
		const other = state % (index + 1);
		[ids[index], ids[other]] = [ids[other], ids[index]];
	}
	return ids;
}

/**
 * Fast-check settings: bounded runs (FC_RUNS_FACTOR multiplies them for a longer soak), a seed
 * from FC_SEED to replay a reported failure (fast-check prints the seed when a property fails),
 * and no shrinking unless FC_SHRINK=1 (each run of a trigger starts a sandbox).
 */
export function checkSettings(numRuns: number): fc.Parameters<unknown> {
	const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
	const factor = Math.max(1, Number(process.env.FC_RUNS_FACTOR ?? 1) || 1);
	return { numRuns: numRuns * factor, ...(seed !== undefined ? { seed } : {}), endOnFailure: process.env.FC_SHRINK !== '1' };
}
