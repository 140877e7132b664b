import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_MAX_TRIES, retryClock } from '../../nodes/shared/retry';
import { anyOf, bursts, everyNth, type Fault } from '../sandbox/server';
import { crmRpcOpportunityTrigger, TRIGGER_BEDS, type TriggerBed } from './triggers-beds';

/**
 * Issue 17 for the triggers: a poll that meets 429s, 503 bursts or dropped connections retries
 * the request (each page on its own for CrmRpc) and emits every new record once; a poll that
 * still fails when the bound is reached changes no state, and the next poll brings the records.
 */

const tooMany = (retryAfter?: string): Fault => ({
	status: 429,
	json: { message: 'Too many requests', success: false, error: 'Too many requests' },
	...(retryAfter !== undefined ? { headers: { 'Retry-After': retryAfter } } : {}),
});
const unavailable: Fault = { status: 503, json: { message: 'Down for maintenance', success: false, error: 'Down for maintenance' } };

const waits: number[] = [];
beforeEach(() => {
	waits.length = 0;
	retryClock.sleep = async (ms: number) => {
		waits.push(ms);
	};
});

const emittedIds = (bed: TriggerBed, result: Awaited<ReturnType<TriggerBed['poll']>>) =>
	(result?.[0] ?? []).map((item) => bed.idOf(item.json as IDataObject));

describe.each(TRIGGER_BEDS.map((start) => [start.name, start]))('%s: polls under rate limits and outages', (_name, start) => {
	let bed: TriggerBed;
	beforeEach(async () => (bed = await start()));
	afterEach(async () => await bed.stop());

	test('faults on most polls: every record once, none lost, state advanced only by polls that succeeded', async () => {
		expect(await bed.poll()).toBeNull();
		const emitted: number[] = [];
		const added: number[] = [];
		let clock = bed.seededUntil;
		let nextId = 900_000;
		const isPollCall = (entry: { path: string }) => /\/crm\/leads$|^\/opportunities$|\/invoices$/.test(entry.path);
		for (let round = 0; round < 6; round++) {
			for (let i = 0; i < 3; i++) {
				clock += 60_000;
				bed.add(++nextId, clock);
				added.push(nextId);
			}
			// rounds 0-3 ride the faults out; round 4 meets more faults than Max Tries allows
			const exhaust = round === 4;
			bed.sandbox.setFaultPlan({
				match: isPollCall,
				faultFor: exhaust
					? () => unavailable
					: anyOf((count) => (count === 1 ? { reset: true } : undefined), everyNth(2, tooMany('0')), bursts(3, 1, tooMany())),
			});
			const before = JSON.stringify(bed.staticData());
			const callsBefore = bed.calls().length;
			if (exhaust) {
				await expect(bed.poll()).rejects.toThrow(new RegExp(`Down for maintenance \\(gave up after ${DEFAULT_MAX_TRIES} tries`));
				expect(JSON.stringify(bed.staticData())).toBe(before);
				expect(bed.calls().length - callsBefore).toBe(DEFAULT_MAX_TRIES);
			} else {
				emitted.push(...emittedIds(bed, await bed.poll()));
				expect(bed.sandbox.planStats.served).toBeGreaterThanOrEqual(1);
				// one call per page plus one per fault served
				expect(bed.calls().length - callsBefore).toBe(1 + bed.sandbox.planStats.served);
			}
		}
		bed.sandbox.setFaultPlan(undefined);
		emitted.push(...emittedIds(bed, await bed.poll()));
		expect(emitted).toEqual(added);
	});
});

test('CrmRpc trigger: a fault on page 2 of a poll retries page 2 only; 600 new records once', async () => {
	const bed = await crmRpcOpportunityTrigger();
	try {
		expect(await bed.poll()).toBeNull();
		const added: number[] = [];
		for (let i = 0; i < 600; i++) {
			bed.add(800_000 + i, bed.seededUntil + 1000 * (i + 1));
			added.push(800_000 + i);
		}
		bed.sandbox.setFaultPlan({ match: (entry) => entry.path === '/opportunities', faultFor: (count) => (count === 2 || count === 3 ? tooMany('1') : undefined) });
		const result = await bed.poll();
		expect(emittedIds(bed, result)).toEqual(added);
		expect(bed.calls().map((entry) => (entry.body as IDataObject & { parameters: IDataObject }).parameters.page).slice(-4)).toEqual([1, 2, 2, 2]);
		expect(waits).toEqual([1000, 1000]);
	} finally {
		await bed.stop();
	}
});
