import type { ICredentialDataDecryptedObject, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { QBenchApi } from '../../credentials/QBenchApi.credentials';
import { handleApiResponse } from '../../nodes/shared/errors';
import { listProperties } from '../../nodes/shared/lists';
import { retryAfterOnFail, wholeList } from '../../nodes/shared/pagination';
import { retryClock } from '../../nodes/shared/retry';
import { Harness } from '../helpers/harness';
import { QBenchSandbox } from '../sandbox/qbench';
import type { Fault } from '../sandbox/server';

/**
 * The two pagination hooks node operations put in `routing.operations.pagination` (issue 17),
 * run through n8n's RoutingNode on a small declarative node against the QBench sandbox:
 * `wholeList` for lists the API returns whole, `retryAfterOnFail` for single-record operations.
 */

/** `nodeWide`: the single-record hook set once on the Resource property instead of on each operation. */
function retryProbe(nodeWide: boolean): INodeType {
	const perOperation = nodeWide ? {} : { send: { paginate: true }, operations: { pagination: retryAfterOnFail } };
	return { description: {
		displayName: 'Retry Probe',
		name: nodeWide ? 'retryProbeNodeWide' : 'retryProbe',
		group: ['transform'],
		version: 1,
		description: 'Test node: the retry hooks of nodes/shared/pagination.ts',
		defaults: { name: 'Retry Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'qBenchApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.url}}/qbench/api/v1',
			headers: { Accept: 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Customer', value: 'customer' }],
				default: 'customer',
				// every operation through the hook; a list's own pagination (wholeList) takes precedence
				...(nodeWide ? { routing: { send: { paginate: true }, operations: { pagination: retryAfterOnFail } } } : {}),
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: ['customer'] } },
				options: [
					{
						name: 'Create',
						value: 'create',
						routing: {
							request: { method: 'POST', url: '/customer', body: { customer_name: '={{ $json.name }}' } },
							...perOperation,
							output: { postReceive: [handleApiResponse] },
						},
					},
					{
						name: 'Get',
						value: 'get',
						routing: {
							request: { method: 'GET', url: '=/customer/{{ $json.id }}' },
							...perOperation,
							output: { postReceive: [handleApiResponse] },
						},
					},
					{
						name: 'Get Many',
						value: 'getAll',
						routing: {
							// an unpaginated list: one answer, Limit applied locally
							request: { method: 'GET', url: '/customer', qs: { page_size: 50 } },
							send: { paginate: true },
							operations: { pagination: wholeList('customerGetAllOptions') },
							output: {
								postReceive: [
									handleApiResponse,
									{ type: 'rootProperty', properties: { property: 'data' } },
									{ type: 'limit', properties: { maxResults: '={{ $parameter.returnAll ? 1000 : $parameter.limit }}' } },
								],
							},
						},
					},
				],
				default: 'get',
			},
			...listProperties('customer', { paged: false }),
		],
	} as INodeTypeDescription };
}

const tooMany = (retryAfter?: string): Fault => ({
	status: 429,
	json: { message: 'Too many requests' },
	...(retryAfter !== undefined ? { headers: { 'Retry-After': retryAfter } } : {}),
});

const sandbox = new QBenchSandbox();
let harness: Harness;
const waits: number[] = [];
beforeAll(async () => {
	await sandbox.start();
	harness = new Harness([retryProbe(false), retryProbe(true)], [new QBenchApi()], { qBenchApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
});
afterAll(async () => await sandbox.stop());
beforeEach(() => {
	sandbox.clearLog();
	sandbox.setFaultPlan(undefined);
	waits.length = 0;
	retryClock.sleep = async (ms: number) => {
		waits.push(ms);
	};
});

const run = (operation: string, parameters = {}, options = {}, node = 'retryProbe') => harness.run(node, { resource: 'customer', operation, ...parameters }, options);

describe('wholeList: an unpaginated list retried as its List Options say', () => {
	test('a 429 then a 503 then a reset: one list, three failed attempts, four requests', async () => {
		const faults = [tooMany('2'), { status: 503, json: { message: 'Busy' } }, { reset: true }] as Fault[];
		sandbox.setFaultPlan({ faultFor: (count) => faults[count - 1] });
		const { items, error } = await run('getAll', { returnAll: false, limit: 7 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(sandbox.log).toHaveLength(4);
		expect(waits[0]).toBe(2000);
		expect(waits).toHaveLength(3);
	});

	test('its options: Max Tries 2 gives up with the tries; off sends once', async () => {
		sandbox.setFaultPlan({ faultFor: () => tooMany('1') });
		const bounded = await run('getAll', { returnAll: true, customerGetAllOptions: { maxTries: 2 } });
		expect(bounded.error?.message).toBe('Too many requests (gave up after 2 tries and 1 s of waiting (Max Tries reached))');
		expect(sandbox.log).toHaveLength(2);
		sandbox.clearLog();
		const off = await run('getAll', { returnAll: true, customerGetAllOptions: { retry: false } });
		expect(off.error?.message).toBe('Too many requests');
		expect(sandbox.log).toHaveLength(1);
	});

	test('an unpaginated list offers no pause between pages', () => {
		const options = retryProbe(false).description.properties.find((property) => property.name === 'customerGetAllOptions');
		expect((options?.options ?? []).map((option) => option.name)).toEqual(['maxTotalWait', 'maxTries', 'retry']);
	});
});

describe.each([
	['on each operation', 'retryProbe'],
	['once for the node (on the Resource property)', 'retryProbeNodeWide'],
])("retryAfterOnFail %s: single-record operations keep n8n's Retry On Fail as the switch", (_where, node) => {
	test('Retry On Fail off: a 429 with Retry-After fails the item at once, as before', async () => {
		sandbox.setFaultPlan({ faultFor: (count) => (count === 1 ? tooMany('3') : undefined) });
		const { error } = await run('get', {}, { items: [{ id: 3 }] }, node);
		expect(error?.httpCode).toBe('429');
		expect(error?.message).toBe('Too many requests');
		expect(sandbox.log).toHaveLength(1);
		expect(waits).toEqual([]);
	});

	test("Retry On Fail on: the item that met a 429 with Retry-After is resent after the API's wait; the others are sent once", async () => {
		// the create of "Beta" is refused once
		sandbox.setFaultPlan({ match: (entry) => entry.body?.customer_name === 'Beta', faultFor: (count) => (count === 1 ? tooMany('3') : undefined) });
		const { items, error } = await run('create', {}, { items: [{ name: 'Alpha' }, { name: 'Beta' }, { name: 'Gamma' }], retryOnFail: true, maxTries: 3 }, node);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items.every((item) => !item.json.error)).toBe(true);
		const posted = sandbox.log.filter((entry) => entry.method === 'POST').map((entry) => entry.body.customer_name);
		expect(posted.sort()).toEqual(['Alpha', 'Beta', 'Beta', 'Gamma']);
		expect(waits).toEqual([3000]);
	});

	test('Retry On Fail on, a 503 (no Retry-After honoured): not resent by the node, n8n retries the node', async () => {
		sandbox.setFaultPlan({ faultFor: (count) => (count === 1 ? { status: 503, json: { message: 'Busy' } } : undefined) });
		const { items, error } = await run('get', {}, { items: [{ id: 3 }], retryOnFail: true, maxTries: 2 }, node);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(3);
		// n8n's own retry: the node ran twice, each run one request
		expect(sandbox.log).toHaveLength(2);
		expect(waits).toEqual([]);
	});

	test('Retry On Fail on and the 429s go on: bounded by the Max Tries of the node, with the tries in the error', async () => {
		sandbox.setFaultPlan({ faultFor: () => tooMany('1') });
		const { error } = await run('get', {}, { items: [{ id: 3 }], retryOnFail: true, maxTries: 2 }, node);
		expect(error?.httpCode).toBe('429');
		expect(error?.message).toMatch(/^Too many requests \(gave up after 2 tries and 1 s of waiting \(Max Tries reached\)\)$/);
		// n8n ran the node twice (its Max Tries), the node sent each request twice
		expect(sandbox.log).toHaveLength(4);
	});
});

test("with the node-wide hook, a list's own pagination (retriedList) still decides: a 503 is retried", async () => {
	sandbox.setFaultPlan({ faultFor: (count) => (count === 1 ? { status: 503, json: { message: 'Busy' } } : undefined) });
	const { items, error } = await run('getAll', { returnAll: false, limit: 3 }, {}, 'retryProbeNodeWide');
	expect(error).toBeUndefined();
	expect(items.map((item) => item.json.id)).toEqual([1, 2, 3]);
	expect(sandbox.log).toHaveLength(2);
});
