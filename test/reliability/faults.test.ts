import type { IDataObject } from 'n8n-workflow';

import { MAX_RETRY_AFTER_SECONDS, retryAfterSeconds } from '../../nodes/shared/errors';
import { retryClock } from '../../nodes/shared/retry';
import type { Fault } from '../sandbox/server';
import { NODES_UNDER_FAULT, type NodeUnderFault, runWithSettings } from './faults-nodes';
import { recordFigure } from '../helpers/figures';

/**
 * API faults, per node: every fault is served by the sandbox instead of the real answer, once
 * with the node stopping on the error, once with Continue On Fail among good items.
 * What is retried: nothing by the nodes themselves, except CrmRpc's refused token (one new
 * login, then the call once more); n8n's Retry On Fail retries the node, up to its bound.
 */

interface FaultCase {
	name: string;
	fault: (bed: NodeUnderFault) => Fault;
	httpCode: string;
	message: (bed: NodeUnderFault) => string | RegExp;
	/** what the error's description must tell the user */
	hint?: RegExp;
	/** extra parameters of the run */
	parameters?: IDataObject;
}

const statusHints: Array<[number, RegExp]> = [
	[400, /malformed: check the values/],
	[401, /check the credential/],
	[403, /check its permissions/],
	[404, /Not found: check /],
	[409, /conflicts with the current data/],
	[422, /correct the field/],
	[429, /Rate limit reached: wait a little .* Retry On Fail/],
	[500, /usually temporary: run again later, or turn on Retry On Fail/],
	[502, /usually temporary/],
	[503, /usually temporary/],
];

const NGINX_502 =
	'<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** A short timeout (Request Options › Timeout) and an answer that comes later than that. */
const TIMEOUT_MS = 300;
const LATE_MS = 1500;

const CASES: FaultCase[] = [
	...statusHints.map(([status, hint]): FaultCase => ({
		name: `HTTP ${status}`,
		fault: (bed) => ({ status, json: bed.errorBody(`Sandbox says ${status}`) }),
		httpCode: String(status),
		message: () => `Sandbox says ${status}`,
		hint,
	})),
	{
		name: 'HTTP 429 with Retry-After',
		fault: (bed) => ({ status: 429, json: bed.errorBody('Slow down'), headers: { 'Retry-After': '7' } }),
		httpCode: '429',
		message: () => 'Slow down',
		hint: /Rate limit reached: wait 7 s \(the API's Retry-After\)/,
	},
	{
		name: 'an HTML error page (not JSON)',
		fault: () => ({ status: 502, text: NGINX_502, headers: { 'Content-Type': 'text/html' } }),
		httpCode: '502',
		message: () => '502 Bad Gateway 502 Bad Gateway nginx',
		hint: /usually temporary/,
	},
	{
		name: 'a plain-text error body',
		fault: () => ({ status: 500, text: 'Upstream exploded', headers: { 'Content-Type': 'text/plain' } }),
		httpCode: '500',
		message: () => 'Upstream exploded',
		hint: /usually temporary/,
	},
	{
		name: 'an empty error body',
		fault: () => ({ status: 503, text: '' }),
		httpCode: '503',
		message: () => 'The API answered HTTP 503 without a message',
		hint: /usually temporary/,
	},
	{
		name: 'an HTML page with status 200',
		fault: () => ({ status: 200, text: '<!DOCTYPE html><html><body>Please sign in</body></html>', headers: { 'Content-Type': 'text/html' } }),
		httpCode: '200',
		message: (bed) => bed.htmlPageMessage,
	},
	{
		name: 'a connection reset',
		fault: () => ({ reset: true }),
		httpCode: 'ECONNRESET',
		message: () => /connection to the server was closed unexpectedly/,
	},
	{
		name: 'a timeout',
		fault: () => ({ delayMs: LATE_MS }),
		httpCode: 'ECONNABORTED',
		message: () => `The request timed out after ${TIMEOUT_MS} ms`,
		hint: /Request Options › Timeout/,
		parameters: { requestOptions: { timeout: TIMEOUT_MS } },
	},
];

/** Serves `fault` to the requests for record `id`, as many times as the node sends them. */
function inject(bed: NodeUnderFault, fault: FaultCase, id: string | number, several: boolean) {
	const served = fault.fault(bed);
	const times = fault.httpCode === '401' ? bed.unauthorizedAttempts[several ? 'several' : 'single'] : 1;
	bed.sandbox.injectFault(served, { times, match: (entry) => bed.isCallFor(entry, id) });
	return times;
}

function expectMessage(actual: unknown, expected: string | RegExp) {
	if (typeof expected === 'string') expect(actual).toBe(expected);
	else expect(actual).toMatch(expected);
}

/**
 * The message a fault gives for the record `id`: the API's own, then, for a 404 of a record's
 * address, the parameter to check; ` [item N]` when the node ran on several items.
 */
function messageFor(bed: NodeUnderFault, fault: FaultCase, id: string | number, item?: number): string | RegExp {
	const message = fault.message(bed);
	if (typeof message !== 'string') return message;
	const check = fault.httpCode === '404' && bed.idLabel ? ` (check '${bed.idLabel}': "${id}")` : '';
	return `${message}${check}${item === undefined ? '' : ` [item ${item}]`}`;
}

let casesRun = 0;

describe.each(NODES_UNDER_FAULT.map((start) => [start.name.replace(/^start|UnderFault$/g, ''), start]))('%s under API faults', (_title, start) => {
	let bed: NodeUnderFault;
	beforeAll(async () => {
		bed = await start();
	});
	afterAll(async () => await bed.stop());
	beforeEach(() => bed.sandbox.clearLog());

	describe.each(CASES.map((fault) => [fault.name, fault]))('%s', (_name, fault) => {
		test('stops the node with a NodeApiError carrying the status and a message to act on', async () => {
			const [id] = bed.ids;
			const sent = inject(bed, fault, id, false);
			const started = Date.now();
			const { error, items } = await bed.harness.run(bed.node, { ...bed.operation, ...fault.parameters }, { items: [{ id }] });
			casesRun++;
			expect(items).toEqual([]);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.httpCode).toBe(fault.httpCode);
			expectMessage(error?.message, messageFor(bed, fault, id));
			if (fault.hint) expect(error?.description).toMatch(fault.hint);
			// nothing is retried by the node (CrmRpc: one login and one resend after a 401)
			expect(bed.sandbox.log.filter((entry) => bed.isCallFor(entry, id))).toHaveLength(sent);
			if (fault.parameters?.requestOptions) expect(Date.now() - started).toBeLessThan(LATE_MS - 200);
		});

		test('Continue On Fail: an error item paired with its input, the other items still run', async () => {
			const [first, failing, last] = bed.ids;
			inject(bed, fault, failing, true);
			const { error, items } = await bed.harness.run(
				bed.node,
				{ ...bed.operation, ...fault.parameters },
				{ items: [{ id: first }, { id: failing }, { id: last }], continueOnFail: true },
			);
			casesRun++;
			expect(error).toBeUndefined();
			expect(items).toHaveLength(3);
			expect(bed.idOf(items[0].json)).toBe(first);
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expectMessage(items[1].json.error, messageFor(bed, fault, failing, 1));
			expect(items[1].pairedItem).toEqual({ item: 1 });
			expect(bed.idOf(items[2].json)).toBe(last);
			expect(items[2].pairedItem).toEqual({ item: 2 });
		});
	});

	describe('what is retried', () => {
		test('n8n\'s Retry On Fail runs the node again: a passing 503 is survived', async () => {
			const [id] = bed.ids;
			bed.sandbox.injectFault({ status: 503, json: bed.errorBody('Busy') }, { match: (entry) => bed.isCallFor(entry, id) });
			const { error, items } = await runWithSettings(bed, bed.operation, { items: [{ id }] }, { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 });
			expect(error).toBeUndefined();
			expect(bed.idOf(items[0].json)).toBe(id);
			expect(bed.sandbox.log.filter((entry) => bed.isCallFor(entry, id))).toHaveLength(2);
		});

		test("Retry On Fail: a 429 with Retry-After is resent by the node after the API's wait, for the refused item only", async () => {
			const [id] = bed.ids;
			bed.sandbox.injectFault(
				{ status: 429, json: bed.errorBody('Slow down'), headers: { 'Retry-After': '1' } },
				{ times: 1, match: (entry) => bed.isCallFor(entry, id) },
			);
			// the tests' clock does not sleep: record the waits asked for instead
			const waits: number[] = [];
			const sleep = retryClock.sleep;
			retryClock.sleep = async (ms: number) => {
				waits.push(ms);
			};
			try {
				const { error, items } = await runWithSettings(bed, bed.operation, { items: [{ id }] }, { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 });
				expect(error).toBeUndefined();
				expect(bed.idOf(items[0].json)).toBe(id);
			} finally {
				retryClock.sleep = sleep;
			}
			expect(bed.sandbox.log.filter((entry) => bed.isCallFor(entry, id))).toHaveLength(2);
			expect(waits).toEqual([1000]);
		});

		test('Retry On Fail is bounded by its Max Tries: a 429 that lasts fails after 2 tries in the node, and n8n runs it 2 times', async () => {
			const [id] = bed.ids;
			bed.sandbox.injectFault(
				{ status: 429, json: bed.errorBody('Slow down'), headers: { 'Retry-After': '1' } },
				{ times: 4, match: (entry) => bed.isCallFor(entry, id) },
			);
			const { error } = await runWithSettings(bed, bed.operation, { items: [{ id }] }, { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 });
			expect(error?.httpCode).toBe('429');
			expect(error?.message).toMatch(/gave up after 2 tries/);
			expect(bed.sandbox.log.filter((entry) => bed.isCallFor(entry, id))).toHaveLength(4);
		});
	});
});

describe('Retry-After is read and bounded', () => {
	const now = Date.parse('2026-03-04T12:00:00Z');
	test.each([
		[{ 'retry-after': '7' }, 7],
		[{ 'Retry-After': '0' }, 0],
		[{ 'retry-after': new Date(now + 5000).toUTCString() }, 5],
		[{ 'retry-after': new Date(now - 5000).toUTCString() }, 0],
		[{ 'retry-after': '999999' }, MAX_RETRY_AFTER_SECONDS],
		[{ 'retry-after': 'soon' }, undefined],
		[{}, undefined],
		[undefined, undefined],
	])('%j → %s', (headers, seconds) => {
		expect(retryAfterSeconds(headers, now)).toBe(seconds);
	});
});

afterAll(() => {
	console.log(`API faults: ${CASES.length} faults × ${NODES_UNDER_FAULT.length} nodes × 2 modes = ${casesRun} cases run`);
	recordFigure('faults', { cases: casesRun });
});
