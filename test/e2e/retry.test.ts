// Issue 17 in a real n8n (npm run test:e2e): the installed package reads a long QBench list
// through a sandbox that answers 429 (with and without Retry-After) every few requests, 503 in
// bursts and drops connections; every record comes out once, in order, with exactly
// pages + failed attempts requests. When the bound is reached the error says so.
import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { QBenchSandbox } from '../sandbox/qbench';
import { anyOf, bursts, everyNth, type Fault } from '../sandbox/server';
import { ensureN8n, n8nCli, n8nEnv, type N8nInstall, packThePack, parseRawOutput, scratchDir, userFolderWithPack } from './n8n';
import { errorOf, itemsOf, manualWorkflow } from './workflows';

jest.setTimeout(15 * 60_000);

const RECORDS = 3000;
const PAGES = RECORDS / 50;
const CREDENTIAL_ID = 'e2eRetryQBenchCr';

const tooMany = (retryAfter?: string): Fault => ({
	status: 429,
	json: { message: 'Too many requests' },
	...(retryAfter !== undefined ? { headers: { 'Retry-After': retryAfter } } : {}),
});
const unavailable: Fault = { status: 503, json: { message: 'Service unavailable' } };

let install: N8nInstall;
let env: NodeJS.ProcessEnv;
const sandbox = new QBenchSandbox(undefined, RECORDS);

const customers = (parameters: Record<string, unknown>) => ({
	name: 'Customers',
	type: 'qBench',
	parameters: { resource: 'customer', operation: 'getAll', ...parameters },
	credentials: { qBenchApi: CREDENTIAL_ID },
});

const WORKFLOWS = {
	returnAll: manualWorkflow('e2eRetryQBench01', 'Retry: QBench Return All under faults', [customers({ returnAll: true })]),
	bounded: manualWorkflow('e2eRetryQBench02', 'Retry: QBench Return All, Max Tries 2', [customers({ returnAll: true, customerGetAllOptions: { maxTries: 2 } })]),
};

beforeAll(async () => {
	install = await ensureN8n();
	await sandbox.start();
	const userFolder = await userFolderWithPack(await packThePack());
	env = n8nEnv(install, { userFolder, port: 5790 });
	const work = scratchDir('qebot-retry-');
	const credentials = path.join(work, 'credentials.json');
	writeFileSync(credentials, JSON.stringify([{ id: CREDENTIAL_ID, name: CREDENTIAL_ID, type: 'qBenchApi', data: sandbox.demoCredentials() }]));
	await n8nCli(install, env, ['import:credentials', `--input=${credentials}`]);
	const workflows = mkdtempSync(path.join(work, 'workflows-'));
	for (const workflow of Object.values(WORKFLOWS)) writeFileSync(path.join(workflows, `${workflow.id}.json`), JSON.stringify(workflow));
	await n8nCli(install, env, ['import:workflow', '--separate', `--input=${workflows}`]);
});

afterAll(async () => await sandbox.stop());

const execute = async (id: string) => {
	try {
		return parseRawOutput(await n8nCli(install, env, ['execute', `--id=${id}`, '--rawOutput']));
	} catch (error) {
		// a failed run exits non-zero but still prints its result
		const stdout = (error as { stdout?: string }).stdout;
		if (stdout) return parseRawOutput(stdout);
		throw error;
	}
};

describe('rate limits and outages in a real n8n', () => {
	test(`Return All of ${RECORDS} QBench customers: every record once, in order; requests = pages + failed attempts`, async () => {
		sandbox.clearLog();
		sandbox.setFaultPlan({
			faultFor: anyOf(everyNth(7, tooMany('0')), everyNth(29, tooMany()), bursts(20, 2, unavailable), everyNth(45, { reset: true })),
		});
		const started = Date.now();
		const run = await execute(WORKFLOWS.returnAll.id);
		const seconds = (Date.now() - started) / 1000;
		const ids = itemsOf(run, 'Customers').map((item) => item.json.id);
		expect(ids).toEqual([...sandbox.customers.keys()]);
		expect(sandbox.planStats.served).toBeGreaterThanOrEqual(10);
		expect(sandbox.log).toHaveLength(PAGES + sandbox.planStats.served);
		console.log(`retry e2e: ${RECORDS} records, ${PAGES} pages, ${sandbox.planStats.served} faults served, ${seconds.toFixed(1)} s`);
	});

	test("bound reached: the run fails with the API's message, the tries and the total wait", async () => {
		sandbox.clearLog();
		sandbox.setFaultPlan({ faultFor: (count) => (count >= 2 ? tooMany('1') : undefined) });
		const run = await execute(WORKFLOWS.bounded.id);
		const error = errorOf(run, 'Customers');
		expect(String(error?.message)).toMatch(/^Too many requests \(gave up after 2 tries and 1 s of waiting \(Max Tries reached\)\)$/);
		expect(sandbox.log).toHaveLength(3);
		sandbox.setFaultPlan(undefined);
	});
});
