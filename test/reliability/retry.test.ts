import { DirectoryLoader } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { QBenchApi } from '../../credentials/QBenchApi.credentials';
import { QBench } from '../../nodes/QBench/QBench.node';
import { retryClock } from '../../nodes/shared/retry';
import { Harness } from '../helpers/harness';
import { QBenchSandbox } from '../sandbox/qbench';
import { anyOf, bursts, everyNth, type Fault } from '../sandbox/server';

/**
 * Issue 17: long lists ride out rate limits and brief outages. The sandboxes answer 429 (with and
 * without Retry-After) every Nth request, 503 in bursts and drop connections; Return All must
 * still give every record once, in order, with exactly pages + failed attempts requests. Waits
 * are recorded, not slept (the clock of nodes/shared/retry.ts).
 */

const tooMany = (retryAfter?: string): Fault => ({
	status: 429,
	json: { message: 'Too many requests' },
	...(retryAfter !== undefined ? { headers: { 'Retry-After': retryAfter } } : {}),
});
const unavailable: Fault = { status: 503, json: { message: 'Service unavailable' } };
const dropped: Fault = { reset: true };

const waits: number[] = [];
beforeEach(() => {
	waits.length = 0;
	retryClock.sleep = async (ms: number) => {
		waits.push(ms);
	};
});

/** Consecutive duplicates removed: the pages in the order they were asked for, retries folded. */
const distinctInOrder = (values: number[]) => values.filter((value, index) => index === 0 || value !== values[index - 1]);

describe('QBench: Return All of 10,000 customers under faults', () => {
	const sandbox = new QBenchSandbox(undefined, 10_000);
	let harness: Harness;
	beforeAll(async () => {
		await sandbox.start();
		harness = new Harness([new QBench()], [new QBenchApi()], { qBenchApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
	});
	afterAll(async () => await sandbox.stop());
	beforeEach(() => {
		sandbox.clearLog();
		sandbox.setFaultPlan(undefined);
	});
	const run = (parameters: IDataObject, options = {}) => harness.run('qBench', { resource: 'customer', operation: 'getAll', ...parameters }, options);
	const pagesAsked = () => sandbox.log.map((entry) => Number(entry.query.page_num));

	test('429 every 50th (Retry-After: 1), every 37th (no Retry-After), 503 bursts of 3, resets: every record once, in order', async () => {
		sandbox.setFaultPlan({
			faultFor: anyOf(everyNth(50, tooMany('1')), everyNth(37, tooMany()), bursts(120, 3, unavailable), everyNth(91, dropped)),
		});
		const { items, error } = await run({ returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(10_000);
		expect(items.map((item) => item.json.id)).toEqual([...sandbox.customers.keys()]);
		// exactly one request per page plus one per failed attempt
		expect(sandbox.planStats.served).toBeGreaterThanOrEqual(10);
		expect(sandbox.log).toHaveLength(200 + sandbox.planStats.served);
		expect(distinctInOrder(pagesAsked())).toEqual(Array.from({ length: 200 }, (_value, index) => index + 1));
		// one wait per failed attempt: the API's 1 s where it said so, else a backoff from 0.5 s up
		expect(waits).toHaveLength(sandbox.planStats.served);
		expect(waits.filter((wait) => wait === 1000).length).toBeGreaterThanOrEqual(4);
		expect(waits.every((wait) => wait >= 500 && wait <= 4000)).toBe(true);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		console.log(`retry: 10,000 QBench customers, 200 pages, ${sandbox.planStats.served} faults served, ${sandbox.log.length} requests`);
	});

	test('Limit 120 under a 429 on every 2nd request: the 3 pages needed, 120 records', async () => {
		sandbox.setFaultPlan({ faultFor: everyNth(2, tooMany('0')) });
		const { items, error } = await run({ returnAll: false, limit: 120 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([...sandbox.customers.keys()].slice(0, 120));
		expect(pagesAsked()).toEqual([1, 2, 2, 3, 3]);
		expect(waits).toEqual([0, 0]);
	});

	test('bound reached (Max Tries 3): the API\'s message and status, the tries and the total wait; nothing more is sent', async () => {
		sandbox.setFaultPlan({ faultFor: (count) => (count >= 3 ? { ...unavailable, headers: { 'Retry-After': '2' } } : undefined) });
		const { items, error } = await run({ returnAll: true, customerGetAllOptions: { maxTries: 3 } });
		expect(items).toEqual([]);
		expect(error?.httpCode).toBe('503');
		expect(error?.message).toMatch(/^Service unavailable \(gave up after 3 tries and \d+(\.\d)? s of waiting \(Max Tries reached\)\)$/);
		expect(error?.description).toMatch(/^HTTP 503: Service unavailable.*The node retried: gave up after 3 tries/);
		expect(pagesAsked()).toEqual([1, 2, 3, 3, 3]);
	});

	test('bound reached (Max Total Wait): a Retry-After longer than the budget fails at once', async () => {
		sandbox.setFaultPlan({ faultFor: (count) => (count === 2 ? tooMany('90') : undefined) });
		const { error } = await run({ returnAll: true, customerGetAllOptions: { maxTotalWait: 60 } });
		expect(error?.httpCode).toBe('429');
		expect(error?.message).toBe('Too many requests (gave up after 1 try and 0 s of waiting (the API asked for 90 s more than Max Total Wait allows))');
		expect(sandbox.log).toHaveLength(2);
		expect(waits).toEqual([]);
	});

	test('Continue On Fail: the item whose list cannot be read gets the error, the other items run', async () => {
		// item 1 asks for pages of 7: those always answer 429
		sandbox.setFaultPlan({ match: (entry) => entry.query.page_size === '7', faultFor: () => tooMany('1') });
		const { items, error } = await run(
			{ returnAll: false, limit: '={{ $json.limit }}', customerGetAllOptions: { maxTries: 2 } },
			{ items: [{ limit: 5 }, { limit: 7 }, { limit: 3 }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		// in input order: item 0's 5 records, item 1's error, item 2's 3 records
		expect(items.map((item) => item.json.id ?? 'error')).toEqual([1, 2, 3, 4, 5, 'error', 1, 2, 3]);
		expect(items[5].json.error).toMatch(/^Too many requests \(gave up after 2 tries and 1 s of waiting \(Max Tries reached\)\) \[item 1\]$/);
		expect(sandbox.log.filter((entry) => entry.query.page_size === '7')).toHaveLength(2);
	});

	test('never retried: a 400, a 404 or a 500 fails on the first request', async () => {
		for (const status of [400, 404, 500]) {
			sandbox.clearLog();
			sandbox.setFaultPlan({ faultFor: (count) => (count === 2 ? { status, json: { message: `No (${status})` } } : undefined) });
			const { error } = await run({ returnAll: true });
			expect(error?.httpCode).toBe(String(status));
			expect(error?.message).toBe(`No (${status})`);
			expect(sandbox.log).toHaveLength(2);
		}
		expect(waits).toEqual([]);
	});

	test('the off switch: Retry on Rate Limit or Outage off fails on the first 429, as before', async () => {
		sandbox.setFaultPlan({ faultFor: (count) => (count === 3 ? tooMany('1') : undefined) });
		const { error } = await run({ returnAll: true, customerGetAllOptions: { retry: false } });
		expect(error?.httpCode).toBe('429');
		expect(error?.message).toBe('Too many requests');
		expect(sandbox.log).toHaveLength(3);
		expect(waits).toEqual([]);
	});

	test('Retry-After as an HTTP date is honoured', async () => {
		const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
		sandbox.setFaultPlan({ faultFor: (count) => (count === 1 ? tooMany(inTenSeconds) : undefined) });
		const { items } = await run({ returnAll: false, limit: 10 });
		expect(items).toHaveLength(10);
		expect(waits).toHaveLength(1);
		expect(waits[0]).toBeGreaterThanOrEqual(8000);
		expect(waits[0]).toBeLessThanOrEqual(11_000);
	});

	test('Pause Between Pages: a pause before every page but the first, none after the last', async () => {
		const { items } = await run({ returnAll: false, limit: 130, customerGetAllOptions: { pauseBetweenPages: 250 } });
		expect(items).toHaveLength(130);
		expect(sandbox.log).toHaveLength(3);
		expect(waits).toEqual([250, 250]);
	});

	test('a page that times out is not retried and says so, with where the Timeout option is', async () => {
		// n8n's loader adds Request Options (Timeout) to every declarative node; the harness does not
		const loaded = new QBench();
		DirectoryLoader.applyDeclarativeNodeOptionParameters(loaded);
		const withTimeout = new Harness([loaded], [new QBenchApi()], { qBenchApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
		sandbox.setFaultPlan({ faultFor: (count) => (count === 2 ? { delayMs: 1500 } : undefined) });
		const { items, error } = await withTimeout.run('qBench', { resource: 'customer', operation: 'getAll', returnAll: true, requestOptions: { timeout: 300 } });
		expect(items).toEqual([]);
		expect(error?.message).toBe('The request timed out after 300 ms');
		expect(error?.description).toMatch(/Request Options › Timeout/);
		expect(sandbox.log.map((entry) => Number(entry.query.page_num))).toEqual([1, 2]);
	});
});
