// Scenario 3: polling triggers across many polls — nothing new, then bursts of new records.
// Runs in a worker with its own sandbox (records are added between polls, as in the tests).
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { CrmRpcApi } from '../credentials/CrmRpcApi.credentials';
import { QbdConnectApi } from '../credentials/QbdConnectApi.credentials';
import { QebotApi } from '../credentials/QebotApi.credentials';
import { CrmRpcTrigger } from '../nodes/CrmRpc/CrmRpcTrigger.node';
import { QbdConnectTrigger } from '../nodes/QbdConnect/QbdConnectTrigger.node';
import { QebotTrigger } from '../nodes/Qebot/QebotTrigger.node';
import { Harness } from '../test/helpers/harness';
import { CrmRpcSandbox } from '../test/sandbox/crmrpc';
import { QbdConnectSandbox } from '../test/sandbox/qbdconnect';
import { QebotSandbox } from '../test/sandbox/qebot';
import type { FakeServer } from '../test/sandbox/server';

interface TriggerBed {
	label: string;
	sandbox: FakeServer & { demoCredentials(): Record<string, unknown> };
	harness: Harness;
	nodeName: string;
	parameters: IDataObject;
	/** adds one new record; returns its id */
	addRecord: (index: number) => string;
	idOf: (json: IDataObject) => string;
	/** requests that are not polls (CrmRpc logins) */
	isPoll: (path: string) => boolean;
}

async function bed(kind: string): Promise<TriggerBed> {
	if (kind === 'qebot') {
		const sandbox = new QebotSandbox();
		await sandbox.start();
		return {
			label: 'Qebot Trigger, new lead (one list, minute timestamps)',
			sandbox,
			harness: new Harness([new QebotTrigger()], [new QebotApi()], { qebotApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject }),
			nodeName: 'qebotTrigger',
			parameters: { event: 'newLead', simplify: false },
			addRecord: (index) => String(sandbox.addLead({ firstName: 'New', lastName: `Lead${index}` }).leadId),
			idOf: (json) => String(json.leadId),
			isPoll: () => true,
		};
	}
	if (kind === 'crmrpc') {
		const sandbox = new CrmRpcSandbox();
		await sandbox.start();
		return {
			label: 'CrmRpc Trigger, new opportunity (pages of 500, day-granular dates)',
			sandbox,
			harness: new Harness([new CrmRpcTrigger()], [new CrmRpcApi()], { crmRpcApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject }),
			nodeName: 'crmRpcTrigger',
			parameters: { event: 'newOpportunity', profileId: 1 },
			addRecord: (index) => String(sandbox.addOpportunity({ title: `New deal ${index}`, value: index }).id),
			idOf: (json) => String(json.id),
			isPoll: (path) => path !== '/auth',
		};
	}
	const sandbox = new QbdConnectSandbox();
	await sandbox.start();
	return {
		label: 'QBD Connect Trigger, new payout (one list, day-granular dates)',
		sandbox,
		harness: new Harness([new QbdConnectTrigger()], [new QbdConnectApi()], { qbdConnectApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject }),
		nodeName: 'qbdConnectTrigger',
		parameters: { event: 'newPayout' },
		addRecord: () => String(sandbox.addPayout({}).id),
		idOf: (json) => String(json.id),
		isPoll: () => true,
	};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function pollScenario(task: IDataObject) {
	const idlePolls = Number(task.idlePolls);
	const bursts = Number(task.bursts);
	const burstSize = Number(task.burstSize);
	const setup = await bed(String(task.trigger));
	const { sandbox } = setup;
	try {
		const trigger = setup.harness.trigger(setup.nodeName, setup.parameters);
		const stateBytes = () => Buffer.byteLength(JSON.stringify(trigger.staticData()));
		const pollOnce = async () => {
			sandbox.clearLog();
			const start = process.hrtime.bigint();
			const result: INodeExecutionData[][] | null = await trigger.poll();
			const ms = Number(process.hrtime.bigint() - start) / 1e6;
			const requests = sandbox.log.filter((entry) => setup.isPoll(entry.path)).length;
			return { items: result?.[0] ?? [], ms, requests };
		};

		const activation = await pollOnce();
		const idle = [];
		for (let i = 0; i < idlePolls; i++) idle.push(await pollOnce());

		const emittedIds = new Set<string>();
		let duplicates = 0;
		let missing = 0;
		const burstRuns = [];
		const stateAfterBurst: number[] = [];
		let idleAfterBurstItems = 0;
		let counter = 0;
		for (let b = 0; b < bursts; b++) {
			const added = new Set<string>();
			for (let i = 0; i < burstSize; i++) added.add(setup.addRecord(++counter));
			const run = await pollOnce();
			for (const item of run.items) {
				const id = setup.idOf(item.json);
				if (emittedIds.has(id)) duplicates++;
				emittedIds.add(id);
				added.delete(id);
			}
			missing += added.size;
			burstRuns.push(run);
			stateAfterBurst.push(stateBytes());
			// a poll right after: nothing may come again
			const after = await pollOnce();
			idleAfterBurstItems += after.items.length;
			for (const item of after.items) if (emittedIds.has(setup.idOf(item.json))) duplicates++;
		}
		return {
			label: setup.label,
			activation: { ms: activation.ms, requests: activation.requests, items: activation.items.length },
			idle: {
				polls: idle.length,
				medianMs: median(idle.map((run) => run.ms)),
				requestsPerPoll: median(idle.map((run) => run.requests)),
				items: idle.reduce((sum, run) => sum + run.items.length, 0),
				stateBytes: stateBytes(),
			},
			burst: {
				bursts,
				burstSize,
				medianMs: median(burstRuns.map((run) => run.ms)),
				requestsPerPoll: median(burstRuns.map((run) => run.requests)),
				itemsPerPoll: burstRuns.map((run) => run.items.length),
				stateBytesAfterEach: stateAfterBurst,
				itemsInPollAfterBurst: idleAfterBurstItems,
				duplicates,
				missing,
			},
		};
	} finally {
		await sandbox.stop();
	}
}
