// Item linking in a real n8n: when our nodes turn N input items into M records (Get Many with a
// limit per item, a list per customer, a failing item under Continue On Fail), each record must
// stay linked to the input item it came from, so a later node can read `$('Inputs').item`.
// n8n's engine only guesses a link when one item goes in or the counts match (and then guesses by
// position), so every output item needs its own `pairedItem`.
//
// Self-contained: its own sandboxes (127.0.0.1, ephemeral ports), its own n8n user folder with the
// packed pack installed, workflows imported and run by id with `n8n execute --rawOutput`.
// Runs on n8n 2.40.7 (npm run test:e2e) and 1.123.81 (npm run test:e2e:n8n1).
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { QBenchSandbox } from '../sandbox/qbench';
import { ensureN8n, executeWorkflow, n8nCli, n8nEnv, packThePack, scratchDir, userFolderWithPack, type N8nInstall, N8N_VERSION } from './n8n';
import { itemsOf, manualWorkflow, type StepNode } from './workflows';

jest.setTimeout(20 * 60_000);

const CREDENTIALS = { qBenchApi: 'linkQBenchCred001', qbdConnectApi: 'linkQbdConnCred01' };

let install: N8nInstall;
let env: NodeJS.ProcessEnv;
let work: string;
const qbench = new QBenchSandbox('item-linking-qbench-token', 12);
const qbd = new QbdConnectSandbox('item-linking-qbd-token');

/** A port nothing listens on now (for n8n's task-runner broker). */
async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

function writeJson(name: string, data: unknown) {
	const file = path.join(work, name);
	writeFileSync(file, JSON.stringify(data, null, 2));
	return file;
}

/** `Inputs` (a Code node giving these items) → `step` → `Origin` (Edit Fields reading `$('Inputs').item`). */
function linkingWorkflow(id: string, title: string, inputs: object[], step: StepNode): ReturnType<typeof manualWorkflow> {
	return manualWorkflow(id, title, [
		{ name: 'Inputs', type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode: `return ${JSON.stringify(inputs)}.map((json) => ({ json }));` } },
		step,
		{
			name: 'Origin',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				mode: 'manual',
				assignments: {
					assignments: [{ id: 'origin-input', name: 'input', value: "={{ $('Inputs').item.json.label }}", type: 'string' }],
				},
				includeOtherFields: true,
				options: {},
			},
		},
	]);
}

const WORKFLOWS = {
	limits: 'linkQBenchLimits1',
	perCustomer: 'linkQbdInstances1',
	continueOnFail: 'linkQBenchOnFail1',
};

const qbenchGetMany = (continueOnFail = false): StepNode => ({
	name: 'QBench',
	type: 'qBench',
	parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: '={{ $json.n }}' },
	credentials: { qBenchApi: CREDENTIALS.qBenchApi },
	continueOnFail,
});

const execute = async (id: string) => await executeWorkflow(install, env, id);

/** What a failed run says (none for a run that succeeded). */
function failureOf(run: any): string | undefined {
	const error = run?.data?.resultData?.error;
	return error ? `${error.node?.name ?? '?'}: ${error.message}${error.description ? ` (${error.description})` : ''}` : undefined;
}

beforeAll(async () => {
	install = await ensureN8n();
	await qbench.start();
	await qbd.start();
	// a customer without instances, beside cust-1 (two instances) and cust-2 (one)
	qbd.customers.set('cust-0', { id: 'cust-0', name: 'Empty Books', gatewayCustomerId: 'cus_Empty000' });
	const userFolder = await userFolderWithPack(await packThePack());
	work = scratchDir('qebot-item-linking-');
	env = n8nEnv(install, { userFolder, port: await freePort(), brokerPort: await freePort() });
	await n8nCli(install, env, [
		'import:credentials',
		`--input=${writeJson('credentials.json', [
			{ id: CREDENTIALS.qBenchApi, name: CREDENTIALS.qBenchApi, type: 'qBenchApi', data: qbench.demoCredentials() },
			{ id: CREDENTIALS.qbdConnectApi, name: CREDENTIALS.qbdConnectApi, type: 'qbdConnectApi', data: qbd.demoCredentials() },
		])}`,
	]);
	const workflows = [
		linkingWorkflow(WORKFLOWS.limits, 'Item linking: two inputs into Get Many with limits 2 and 3', [
			{ label: 'a', n: 2 },
			{ label: 'b', n: 3 },
		], qbenchGetMany()),
		linkingWorkflow(WORKFLOWS.perCustomer, 'Item linking: instances of a customer with 2 and one with 0', [
			{ label: 'acme', customerId: 'cust-1' },
			{ label: 'empty', customerId: 'cust-0' },
		], {
			name: 'QBD Connect',
			type: 'qbdConnect',
			parameters: {
				resource: 'instance',
				operation: 'getAll',
				instanceCustomerId: { __rl: true, mode: 'id', value: '={{ $json.customerId }}' },
				returnAll: true,
			},
			credentials: { qbdConnectApi: CREDENTIALS.qbdConnectApi },
		}),
		linkingWorkflow(WORKFLOWS.continueOnFail, 'Item linking: a failing item between two lists, Continue On Fail', [
			{ label: 'a', n: 2 },
			{ label: 'broken', n: 4 },
			{ label: 'c', n: 3 },
		], qbenchGetMany(true)),
	];
	for (const workflow of workflows) {
		await n8nCli(install, env, ['import:workflow', `--input=${writeJson(`${workflow.id}.json`, workflow)}`]);
	}
});

afterAll(async () => {
	await qbench.stop();
	await qbd.stop();
});

describe(`item linking in n8n ${N8N_VERSION}`, () => {
	test('two inputs into QBench Customer › Get Many with limits 2 and 3: 5 records, each linked to its input', async () => {
		qbench.clearLog();
		const run = await execute(WORKFLOWS.limits);
		// what reached the API: one page per input item, of that item's size
		expect(qbench.requests(/\/customer$/).map((request) => request.query)).toEqual(
			expect.arrayContaining([
				{ page_num: '1', page_size: '2' },
				{ page_num: '1', page_size: '3' },
			]),
		);
		expect(qbench.requests(/\/customer$/)).toHaveLength(2);
		expect(itemsOf(run, 'QBench').map((item) => [item.json.id, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			[2, { item: 0 }],
			[1, { item: 1 }],
			[2, { item: 1 }],
			[3, { item: 1 }],
		]);
		expect(failureOf(run)).toBeUndefined();
		expect(itemsOf(run, 'Origin').map((item) => [item.json.id, item.json.input])).toEqual([
			[1, 'a'],
			[2, 'a'],
			[1, 'b'],
			[2, 'b'],
			[3, 'b'],
		]);
	});

	test('QBD Connect Instance › Get Many for a customer with 2 instances and one with none: both linked to the first (counts match, pairing differs)', async () => {
		qbd.clearLog();
		const run = await execute(WORKFLOWS.perCustomer);
		expect(qbd.requests(/\/instances$/).map((request) => request.query.customerId).sort()).toEqual(['cust-0', 'cust-1']);
		expect(failureOf(run)).toBeUndefined();
		expect(itemsOf(run, 'QBD Connect').map((item) => [item.json.name, item.pairedItem])).toEqual([
			['Acme Main', { item: 0 }],
			['Acme Payroll', { item: 0 }],
		]);
		// n8n's position guess would link "Acme Payroll" to the customer without instances
		expect(itemsOf(run, 'Origin').map((item) => [item.json.name, item.json.input])).toEqual([
			['Acme Main', 'acme'],
			['Acme Payroll', 'acme'],
		]);
	});

	test('Continue On Fail: a failing item between two lists yields its error item, linked to it, among the 5 records', async () => {
		qbench.clearLog();
		// the second item's page is refused by the API
		qbench.injectFault({ status: 400, json: { message: 'Customer list unavailable' } }, { match: (request) => request.query.page_size === '4' });
		const run = await execute(WORKFLOWS.continueOnFail);
		// n8n 1.x sends the items' requests at once: their order on the wire is not the items' order
		expect(qbench.requests(/\/customer$/).map((request) => request.query.page_size).sort()).toEqual(['2', '3', '4']);
		const records = itemsOf(run, 'QBench');
		expect(records.map((item) => [item.json.id ?? `error: ${String(item.json.error)}`, item.pairedItem])).toEqual([
			[1, { item: 0 }],
			[2, { item: 0 }],
			[expect.stringContaining('Customer list unavailable'), { item: 1 }],
			[1, { item: 2 }],
			[2, { item: 2 }],
			[3, { item: 2 }],
		]);
		expect(failureOf(run)).toBeUndefined();
		expect(itemsOf(run, 'Origin').map((item) => [item.json.id ?? 'error', item.json.input])).toEqual([
			[1, 'a'],
			[2, 'a'],
			['error', 'broken'],
			[1, 'c'],
			[2, 'c'],
			[3, 'c'],
		]);
	});
});
