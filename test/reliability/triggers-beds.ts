import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QebotApi } from '../../credentials/QebotApi.credentials';
import { CrmRpcTrigger } from '../../nodes/CrmRpc/CrmRpcTrigger.node';
import { QbdConnectTrigger } from '../../nodes/QbdConnect/QbdConnectTrigger.node';
import { QebotTrigger } from '../../nodes/Qebot/QebotTrigger.node';
import { Harness } from '../helpers/harness';
import { CrmRpcSandbox } from '../sandbox/crmrpc';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { QebotSandbox } from '../sandbox/qebot';
import type { FakeServer, LoggedRequest } from '../sandbox/server';

/** How a poll goes wrong: a failed call, a dropped connection, a failure after the first page, an expired token. */
export type PollFault = 'none' | 'error' | 'reset' | 'halfway' | 'expiredToken';

/**
 * A polling trigger on a fresh sandbox: records can be added at a chosen API time with a
 * chosen id, and the next poll can be made to fail.
 */
export interface TriggerBed {
	title: string;
	/** the newest record time already in the sandbox (the API's clock cannot be behind it) */
	seededUntil: number;
	/** adds one record with this id, created at `time` (epoch ms of the API's clock) */
	add: (id: number, time: number) => void;
	/** the id an output item carries */
	idOf: (json: IDataObject) => number;
	/** the API time of an output item, as the trigger orders it */
	timeOf: (json: IDataObject) => number;
	poll: (mode?: 'trigger' | 'manual') => ReturnType<ReturnType<Harness['trigger']>['poll']>;
	staticData: () => IDataObject;
	/** makes the next poll fail that way; returns a function that disarms what was not used */
	breakNextPoll: (fault: PollFault) => () => void;
	/** requests the trigger sent, logins excluded */
	calls: () => LoggedRequest[];
	/** the API's fake (fault plans of the retry tests) */
	sandbox: FakeServer;
	stop: () => Promise<void>;
}

/** Serves `fault` to the poll's `nth` request, only while armed. */
function armFault(sandbox: FakeServer, fault: PollFault, isPollCall: (entry: LoggedRequest) => boolean) {
	if (fault === 'none' || fault === 'expiredToken') return () => undefined;
	let armed = true;
	let seen = 0;
	const nth = fault === 'halfway' ? 2 : 1;
	sandbox.injectFault(fault === 'reset' ? { reset: true } : { status: 500, json: { message: 'Poll broke', success: false, error: 'Poll broke' } }, {
		match: (entry) => armed && isPollCall(entry) && ++seen === nth,
	});
	return () => {
		armed = false;
	};
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD HH:mm:ss` (UTC), CrmRpc's record time format. */
function crmTimestamp(time: number) {
	const date = new Date(time);
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

export async function qebotLeadTrigger(): Promise<TriggerBed> {
	const sandbox = new QebotSandbox(undefined, undefined, 5);
	await sandbox.start();
	const harness = new Harness([new QebotTrigger()], [new QebotApi()], {
		qebotApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject,
	});
	const trigger = harness.trigger('qebotTrigger', { event: 'newLead', simplify: false });
	const isPollCall = (entry: LoggedRequest) => entry.path.endsWith('/crm/leads');
	return {
		title: 'Qebot Trigger (new lead)',
		seededUntil: sandbox.clock,
		add: (id, time) => void sandbox.addLead({ leadId: id, id: String(id) }, Math.floor(time / 1000) * 1000),
		idOf: (json) => Number(json.leadId),
		timeOf: (json) => Date.parse(String(json.creationDate)),
		poll: async (mode) => await trigger.poll(mode),
		staticData: trigger.staticData,
		breakNextPoll: (fault) => armFault(sandbox, fault, isPollCall),
		calls: () => sandbox.log.filter(isPollCall),
		sandbox,
		stop: async () => await sandbox.stop(),
	};
}

export async function crmRpcOpportunityTrigger(): Promise<TriggerBed> {
	const sandbox = new CrmRpcSandbox(undefined, undefined, 3);
	await sandbox.start();
	const harness = new Harness([new CrmRpcTrigger()], [new CrmRpcApi()], {
		crmRpcApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject,
	});
	const trigger = harness.trigger('crmRpcTrigger', { event: 'newOpportunity', profileId: 1 });
	const isPollCall = (entry: LoggedRequest) => entry.path === '/opportunities';
	const seeded = Math.max(...sandbox.opportunities.map((row) => Date.parse(`${String(row.created_at).replace(' ', 'T')}Z`)));
	return {
		title: 'CrmRpc Trigger (new opportunity)',
		seededUntil: seeded,
		add: (id, time) => void sandbox.addOpportunity({ id, title: `Deal ${id}`, created_at: crmTimestamp(time) }),
		idOf: (json) => Number(json.id),
		// the API filters by day: the trigger orders by day, then id
		timeOf: (json) => Date.parse(`${String(json.created_at).slice(0, 10)}T00:00:00Z`),
		poll: async (mode) => await trigger.poll(mode),
		staticData: trigger.staticData,
		breakNextPoll: (fault) => {
			if (fault === 'expiredToken') sandbox.expireTokens();
			return armFault(sandbox, fault, isPollCall);
		},
		calls: () => sandbox.log.filter(isPollCall),
		sandbox,
		stop: async () => await sandbox.stop(),
	};
}

export async function qbdConnectInvoiceTrigger(): Promise<TriggerBed> {
	const sandbox = new QbdConnectSandbox('qbd-trigger-token');
	await sandbox.start();
	const harness = new Harness([new QbdConnectTrigger()], [new QbdConnectApi()], {
		qbdConnectApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject,
	});
	const trigger = harness.trigger('qbdConnectTrigger', { event: 'newInvoice' });
	const isPollCall = (entry: LoggedRequest) => entry.path.endsWith('/invoices');
	const seeded = Math.max(...[...sandbox.invoices.values()].map((row) => Date.parse(String(row.dateCreated))));
	return {
		title: 'QBD Connect Trigger (new invoice)',
		seededUntil: seeded,
		add: (id, time) => void sandbox.addInvoice({ id: `in_${id}`, dateCreated: new Date(time).toISOString() }),
		idOf: (json) => Number(String(json.id).replace(/^in_/, '')),
		timeOf: (json) => Date.parse(String(json.dateCreated)),
		poll: async (mode) => await trigger.poll(mode),
		staticData: trigger.staticData,
		breakNextPoll: (fault) => armFault(sandbox, fault, isPollCall),
		calls: () => sandbox.log.filter(isPollCall),
		sandbox,
		stop: async () => await sandbox.stop(),
	};
}

export const TRIGGER_BEDS = [qebotLeadTrigger, crmRpcOpportunityTrigger, qbdConnectInvoiceTrigger];
