// Queue mode (npm run test:e2e): n8n main + two workers + Redis on 127.0.0.1. One read per node runs
// on a worker (a production webhook is queued to it) and must return what single-process
// `n8n execute` returns; a trigger polled by the main instance emits each record once, also
// while the main process and one worker are restarted and records keep arriving (issue 17).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { startAll } from '../sandbox/cli';
import { cases, credentialIds, type AnySandbox } from './cases';
import { startCollector, waitFor } from './collector';
import {
	ensureN8n,
	n8nCli,
	n8nEnv,
	type N8nInstall,
	packThePack,
	parseRawOutput,
	scratchDir,
	startN8n,
	stopN8n,
	userFolderWithPack,
} from './n8n';
import { triggerCases } from './trigger-cases';
import { itemsOf, manualWorkflow, triggerWorkflow, webhookWorkflow } from './workflows';

jest.setTimeout(20 * 60_000);

const REDIS_PORT = 6391;
const MAIN_PORT = 5740;
// one read per node (the QBD Connect one without binary data: a webhook answers JSON)
const reads = ['e2eQebotRead00001', 'e2eQBenchRead0001', 'e2eCrmRpcRead0001', 'e2eQbdConnRead002'].map(
	(id) => cases.find((entry) => entry.id === id)!,
);
const trigger = triggerCases.find((entry) => entry.credentialType === 'qebotApi')!;
// the trigger of the restart test: its own workflow, its own API (CrmRpc opportunities)
const restartCase = triggerCases.find((entry) => entry.credentialType === 'crmRpcApi')!;
const restartWorkflowId = 'e2eQueueRestart01';

let install: N8nInstall;
let queueEnv: NodeJS.ProcessEnv;
let singleEnv: NodeJS.ProcessEnv;
let redis: ChildProcess | undefined;
let main: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let secondWorker: ChildProcess | undefined;
let workerLog = '';
let collector: Awaited<ReturnType<typeof startCollector>>;
const sandboxes = new Map<string, AnySandbox>();

function writeJson(dir: string, name: string, data: unknown) {
	const file = path.join(dir, name);
	writeFileSync(file, JSON.stringify(data, null, 2));
	return file;
}

beforeAll(async () => {
	install = await ensureN8n();
	const tarball = await packThePack();
	for (const { credentialType, sandbox } of await startAll(0)) sandboxes.set(credentialType, sandbox as AnySandbox);
	collector = await startCollector();

	redis = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
	await new Promise((resolve) => setTimeout(resolve, 500));
	if (redis.exitCode !== null) throw new Error('redis-server did not start (apt-get install redis-server)');

	const queueFolder = await userFolderWithPack(tarball);
	const queue = { EXECUTIONS_MODE: 'queue', QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(REDIS_PORT) };
	queueEnv = n8nEnv(install, { userFolder: queueFolder, port: MAIN_PORT, extra: queue });
	singleEnv = n8nEnv(install, { userFolder: await userFolderWithPack(tarball), port: MAIN_PORT + 1 });

	const work = scratchDir('qebot-queue-');
	const credentials = [...sandboxes.entries()].map(([type, sandbox]) => ({ id: credentialIds[type], name: credentialIds[type], type, data: sandbox.demoCredentials() }));
	const credentialsFile = writeJson(work, 'credentials.json', credentials);
	const queued = mkdtempSync(path.join(work, 'queued-'));
	const single = mkdtempSync(path.join(work, 'single-'));
	for (const read of reads) {
		writeJson(queued, `${read.id}.json`, webhookWorkflow(read.id, read.title, read.id, read.steps));
		writeJson(single, `${read.id}.json`, manualWorkflow(read.id, read.title, read.steps));
	}
	writeJson(queued, `${trigger.id}.json`, triggerWorkflow(trigger.id, trigger.title, trigger.trigger, collector.url));
	writeJson(queued, `${restartWorkflowId}.json`, triggerWorkflow(restartWorkflowId, `Restart: ${restartCase.title}`, restartCase.trigger, collector.url));
	for (const [env, dir] of [[queueEnv, queued], [singleEnv, single]] as const) {
		await n8nCli(install, env, ['import:credentials', `--input=${credentialsFile}`]);
		await n8nCli(install, env, ['import:workflow', '--separate', `--input=${dir}`]);
	}
	for (const id of [...reads.map((read) => read.id), trigger.id, restartWorkflowId]) await n8nCli(install, queueEnv, ['publish:workflow', `--id=${id}`]);

	main = await startN8n(install, queueEnv);
	worker = await startWorker(0);
	secondWorker = await startWorker(1);
});

/** Starts worker `index` (its own runner broker and health ports) and waits until it says it is ready. */
async function startWorker(index: number): Promise<ChildProcess> {
	let log = '';
	const child = spawn(install.node, [install.n8n, 'worker', '--concurrency=2'], {
		env: { ...queueEnv, N8N_RUNNERS_BROKER_PORT: String(MAIN_PORT + 2000 + 2 * index), QUEUE_HEALTH_CHECK_PORT: String(MAIN_PORT + 2001 + 2 * index) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const collect = (chunk: unknown) => {
		log += String(chunk);
		workerLog += String(chunk);
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	await waitFor(`worker ${index + 1} to start`, () => /worker/i.test(log) && /ready|started|listening/i.test(log), 120_000);
	return child;
}

afterAll(async () => {
	await stopN8n(secondWorker);
	await stopN8n(worker);
	await stopN8n(main);
	redis?.kill('SIGTERM');
	await collector?.stop();
	await Promise.all([...sandboxes.values()].map((sandbox) => sandbox.stop()));
});

describe('queue mode: main + two workers + Redis', () => {
	test.each(reads.map((read) => [read.title, read]))('%s: the worker returns what single-process n8n returns', async (_title, read) => {
		const sandbox = sandboxes.get(read.credentialType)!;
		const single = parseRawOutput(await n8nCli(install, singleEnv, ['execute', `--id=${read.id}`, '--rawOutput']));
		const lastStep = read.steps[read.steps.length - 1].name;
		const expected = itemsOf(single, lastStep).map((item) => item.json);
		sandbox.clearLog();
		const response = await fetch(`http://127.0.0.1:${MAIN_PORT}/webhook/${read.id}`, { method: 'POST' });
		expect(response.status).toBe(200);
		const viaWorker = (await response.json()) as unknown;
		expect(viaWorker).toEqual(expected);
		const asRun = { data: { resultData: { runData: { [lastStep]: [{ data: { main: [expected.map((json) => ({ json }))] } }] } } } };
		read.check(asRun, sandbox, { binaryBytes: () => Buffer.alloc(0) });
	});

	test('the executions ran on the worker', () => {
		expect(workerLog).toMatch(/started execution|Execution .* (started|finished)|job/i);
	});

	test(`${trigger.title}: polled by the main instance, executed by the worker, each record once`, async () => {
		const sandbox = sandboxes.get(trigger.credentialType)!;
		await waitFor('the activation poll', () => sandbox.requests(trigger.pollPath).length > 0, 60_000);
		const polls = sandbox.requests(trigger.pollPath).length;
		const expected = trigger.addRecords(sandbox);
		const arrived = () => collector.received.filter((entry) => entry.workflow === trigger.id);
		await waitFor('the new records', () => arrived().length >= expected.length, 150_000);
		await waitFor('one more poll', () => sandbox.requests(trigger.pollPath).length >= polls + 2, 150_000);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect(arrived().map((entry) => trigger.idOf(entry.record))).toEqual(expected);
	});

	test(`${restartCase.title}: main and one worker restarted while records keep arriving; every record once, none lost`, async () => {
		const sandbox = sandboxes.get(restartCase.credentialType)!;
		const polls = () => sandbox.requests(restartCase.pollPath).length;
		const arrived = () => collector.received.filter((entry) => entry.workflow === restartWorkflowId).map((entry) => restartCase.idOf(entry.record));
		const expected: string[] = [];
		// how many records existed at each poll (a request observer: it never serves a fault)
		const seenByPoll: number[] = [];
		sandbox.setFaultPlan({
			match: (entry) => {
				if (restartCase.pollPath.test(entry.path)) seenByPoll.push(expected.length);
				return false;
			},
			faultFor: () => undefined,
		});
		const waitForPolls = async (what: string, count: number) => {
			const target = polls() + count;
			await waitFor(what, () => polls() >= target, 150_000);
		};
		/**
		 * n8n stores a polling trigger's state when the executions its poll started have finished
		 * (on the worker, in queue mode): wait for them before a restart, as an operator draining
		 * the instance would (README, Reliability › Limits).
		 */
		const executionsDone = async () => {
			const seen = expected.slice(0, seenByPoll[seenByPoll.length - 1] ?? 0);
			await waitFor('the executions of the last poll', () => seen.every((id) => arrived().includes(id)), 120_000);
			await new Promise((resolve) => setTimeout(resolve, 3000));
		};
		await waitFor('the activation poll of the restart workflow', () => polls() > 0, 150_000);
		const add = () => expected.push(String(sandbox.addOpportunity({ title: `Restart ${expected.length + 1}` }).id));
		// a record every 5 s for the whole test (bounded: stopped in finally)
		add();
		const feeder = setInterval(add, 5000);
		try {
			await waitForPolls('a poll before the restarts', 1);
			await executionsDone();
			await stopN8n(main);
			add();
			main = await startN8n(install, queueEnv);
			await waitForPolls('a poll after the main process restarted', 1);
			await executionsDone();
			await stopN8n(worker);
			add();
			worker = await startWorker(0);
			await waitForPolls('a poll after the worker restarted', 1);
		} finally {
			clearInterval(feeder);
			sandbox.setFaultPlan(undefined);
		}
		await waitFor('every record', () => expected.every((id) => arrived().includes(id)), 200_000);
		await waitForPolls('one more poll', 1);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		const received = arrived();
		expect(received.filter((id, index) => received.indexOf(id) !== index)).toEqual([]);
		expect([...received].sort()).toEqual([...expected].sort());
		console.log(`queue restart: ${expected.length} records, ${polls()} polls, each once`);
	});
});
