import { NodeApiError } from 'n8n-workflow';

import { apiError } from '../../nodes/shared/errors';
import { backoffMs, carryRetrySummary, DEFAULT_RETRY, newBudget, retryClock, singleRecordPolicy, transientFailure, withRetry } from '../../nodes/shared/retry';

const node = { id: '1', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
const httpError = (status: number, headers?: Record<string, string>, message = `Sandbox says ${status}`) =>
	apiError(node, status, { message }, { headers });

/** Sleeps recorded instead of slept. */
function fakeClock() {
	const waits: number[] = [];
	const real = { ...retryClock };
	beforeEach(() => {
		waits.length = 0;
		retryClock.sleep = async (ms: number) => {
			waits.push(ms);
		};
	});
	afterEach(() => Object.assign(retryClock, real));
	return waits;
}

/** A sender that fails with `failures` in turn, then answers 'ok'; counts its calls. */
function sender(...failures: unknown[]) {
	const state = { calls: 0 };
	const send = async () => {
		const failure = failures[state.calls++];
		if (failure !== undefined) throw failure;
		return 'ok';
	};
	return { send, state };
}

describe('transientFailure: what is retried', () => {
	test.each([429, 502, 503, 504])('HTTP %i is retried', (status) => {
		expect(transientFailure(httpError(status))).toEqual({ status, retryAfterMs: undefined });
	});

	test.each([400, 401, 403, 404, 409, 422, 500, 501])('HTTP %i is not', (status) => {
		expect(transientFailure(httpError(status))).toBeUndefined();
	});

	test('Retry-After in seconds, or as an HTTP date', () => {
		expect(transientFailure(httpError(429, { 'Retry-After': '7' }))).toEqual({ status: 429, retryAfterMs: 7000 });
		const date = new Date(Date.now() + 30_000).toUTCString();
		const ms = transientFailure(httpError(429, { 'retry-after': date }))?.retryAfterMs;
		expect(ms).toBeGreaterThanOrEqual(28_000);
		expect(ms).toBeLessThanOrEqual(31_000);
	});

	test("Retry-After from an error thrown by n8n's request helper (headers on the cause)", () => {
		const error = new NodeApiError(node, { message: 'busy' }, { httpCode: '429' });
		(error as unknown as { cause: unknown }).cause = { response: { status: 429, headers: { 'retry-after': '3' } } };
		expect(transientFailure(error)).toEqual({ status: 429, retryAfterMs: 3000 });
	});

	test('dropped connections: ECONNRESET (on the error or its cause), EPIPE, socket hang up', () => {
		expect(transientFailure(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toEqual({});
		expect(transientFailure({ httpCode: 'ECONNRESET', message: 'The connection to the server was closed unexpectedly' })).toEqual({});
		expect(transientFailure({ message: 'x', cause: { code: 'EPIPE' } })).toEqual({});
		expect(transientFailure(new Error('socket hang up'))).toEqual({});
	});

	test('timeouts, refused connections and other errors are not retried', () => {
		expect(transientFailure({ httpCode: 'ECONNABORTED', message: 'timeout' })).toBeUndefined();
		expect(transientFailure({ code: 'ECONNREFUSED' })).toBeUndefined();
		expect(transientFailure(new Error("Invalid 'Profile'"))).toBeUndefined();
		expect(transientFailure(undefined)).toBeUndefined();
	});
});

describe('backoff', () => {
	test('doubles from the base, with jitter between half and all of it, capped', () => {
		const policy = { ...DEFAULT_RETRY, backoffBaseMs: 1000, backoffMaxMs: 5000 };
		const random = retryClock.random;
		try {
			retryClock.random = () => 0;
			expect([1, 2, 3, 4, 5].map((tries) => backoffMs(policy, tries))).toEqual([500, 1000, 2000, 2500, 2500]);
			retryClock.random = () => 0.999999;
			expect([1, 2, 3, 4, 5].map((tries) => backoffMs(policy, tries))).toEqual([1000, 2000, 4000, 5000, 5000]);
		} finally {
			retryClock.random = random;
		}
	});
});

describe('withRetry', () => {
	const waits = fakeClock();

	test("waits what the API's Retry-After says, then succeeds", async () => {
		const { send, state } = sender(httpError(429, { 'Retry-After': '2' }), httpError(429, { 'Retry-After': '1' }));
		const budget = newBudget();
		await expect(withRetry(send, DEFAULT_RETRY, budget)).resolves.toBe('ok');
		expect(state.calls).toBe(3);
		expect(waits).toEqual([2000, 1000]);
		expect(budget).toEqual({ waitedMs: 3000 });
	});

	test('without Retry-After: exponential backoff with jitter', async () => {
		const { send, state } = sender(httpError(502), httpError(502), { code: 'ECONNRESET' });
		await expect(withRetry(send)).resolves.toBe('ok');
		expect(state.calls).toBe(4);
		expect(waits).toHaveLength(3);
		waits.forEach((wait, index) => {
			expect(wait).toBeGreaterThanOrEqual(500 * 2 ** index);
			expect(wait).toBeLessThanOrEqual(1000 * 2 ** index);
		});
	});

	test('never retries other 4xx: one call, the error unchanged', async () => {
		const error = httpError(422);
		const { send, state } = sender(error);
		await expect(withRetry(send)).rejects.toBe(error);
		expect(state.calls).toBe(1);
		expect(error.message).toBe('Sandbox says 422');
		expect(waits).toEqual([]);
	});

	test("Max Tries reached: the API's message and status, plus the tries and the total wait", async () => {
		const { send, state } = sender(...Array.from({ length: 9 }, () => httpError(429, { 'Retry-After': '1' }, 'Maintenance')));
		const error = (await withRetry(send, { ...DEFAULT_RETRY, maxTries: 3 }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(state.calls).toBe(3);
		expect(error.httpCode).toBe('429');
		expect(error.message).toBe('Maintenance (gave up after 3 tries and 2 s of waiting (Max Tries reached))');
		expect(error.description).toMatch(/^HTTP 429: Maintenance\..* The node retried: gave up after 3 tries and 2 s of waiting/);
		expect(error.context).toMatchObject({ tries: 3, totalWaitSeconds: 2 });
	});

	test('Max Total Wait: a Retry-After beyond what is left fails now, without waiting', async () => {
		const { send, state } = sender(httpError(429, { 'Retry-After': '40' }), httpError(429, { 'Retry-After': '40' }));
		const error = (await withRetry(send, { ...DEFAULT_RETRY, maxTotalWaitMs: 60_000 }).catch((caught: unknown) => caught)) as NodeApiError;
		expect(state.calls).toBe(2);
		expect(waits).toEqual([40_000]);
		expect(error.message).toMatch(/^Sandbox says 429 \(gave up after 2 tries and 40 s of waiting \(the API asked for 40 s more than Max Total Wait allows\)\)$/);
	});

	test('the budget is shared: pages of one run together stay within Max Total Wait', async () => {
		const policy = { ...DEFAULT_RETRY, maxTotalWaitMs: 5000 };
		const budget = newBudget();
		for (let page = 0; page < 2; page++) {
			const { send } = sender(httpError(429, { 'Retry-After': '2' }));
			await withRetry(send, policy, budget);
		}
		const { send } = sender(httpError(429, { 'Retry-After': '2' }));
		await expect(withRetry(send, policy, budget)).rejects.toThrow(/gave up after 1 try and 4 s of waiting/);
		expect(waits).toEqual([2000, 2000]);
	});

	test('Max Tries 1 (or the off switch of the options) is one call and the error unchanged', async () => {
		const error = httpError(429, { 'Retry-After': '1' });
		const { send, state } = sender(error);
		await expect(withRetry(send, { ...DEFAULT_RETRY, maxTries: 1 })).rejects.toBe(error);
		expect(state.calls).toBe(1);
		expect(error.message).toBe('Sandbox says 429');
	});
});

describe('singleRecordPolicy (Retry On Fail on single-record operations)', () => {
	const waits = fakeClock();

	test('off unless the node has Retry On Fail', () => {
		expect(singleRecordPolicy({})).toBeUndefined();
		expect(singleRecordPolicy({ retryOnFail: false, maxTries: 5 })).toBeUndefined();
	});

	test("with Retry On Fail: a 429 with Retry-After is resent after the API's wait, up to the node's Max Tries", async () => {
		const policy = singleRecordPolicy({ retryOnFail: true, maxTries: 3 })!;
		const ok = sender(httpError(429, { 'Retry-After': '4' }));
		await expect(withRetry(ok.send, policy)).resolves.toBe('ok');
		expect(waits).toEqual([4000]);
		const tooMany = sender(...Array.from({ length: 5 }, () => httpError(429, { 'Retry-After': '1' })));
		await expect(withRetry(tooMany.send, policy)).rejects.toThrow(/gave up after 3 tries/);
		expect(tooMany.state.calls).toBe(3);
	});

	test('anything else (429 without Retry-After, 503, a reset) is left to n8n: no resend', async () => {
		const policy = singleRecordPolicy({ retryOnFail: true, maxTries: 5 })!;
		for (const failure of [httpError(429), httpError(503, { 'Retry-After': '1' }), { code: 'ECONNRESET' }]) {
			const { send, state } = sender(failure);
			await expect(withRetry(send, policy)).rejects.toBe(failure);
			expect(state.calls).toBe(1);
		}
		expect(waits).toEqual([]);
	});
});

describe('carryRetrySummary', () => {
	fakeClock();

	test('a rebuilt error keeps the tries and the total wait', async () => {
		const { send } = sender(...Array.from({ length: 3 }, () => httpError(429, { 'Retry-After': '1' }, 'Slow down')));
		const gaveUp = await withRetry(send, { ...DEFAULT_RETRY, maxTries: 2 }).catch((caught: unknown) => caught);
		const rebuilt = carryRetrySummary(gaveUp, httpError(429, undefined, 'Slow down, said the API'));
		expect(rebuilt.message).toBe('Slow down, said the API (gave up after 2 tries and 1 s of waiting (Max Tries reached))');
		expect(rebuilt.context).toMatchObject({ tries: 2, totalWaitSeconds: 1 });
		// an error that was not retried is left as it is
		const plain = httpError(404);
		expect(carryRetrySummary(httpError(404), plain).message).toBe('Sandbox says 404');
	});
});
