import { DirectoryLoader } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeType } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { QBenchApi } from '../../credentials/QBenchApi.credentials';
import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QebotApi } from '../../credentials/QebotApi.credentials';
import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { QBench } from '../../nodes/QBench/QBench.node';
import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { Qebot } from '../../nodes/Qebot/Qebot.node';
import { Harness, type NodeOptions } from '../helpers/harness';
import { CrmRpcSandbox } from '../sandbox/crmrpc';
import { QBenchSandbox } from '../sandbox/qbench';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { QebotSandbox } from '../sandbox/qebot';
import type { FakeServer, LoggedRequest } from '../sandbox/server';

/**
 * One action node under API faults: a sandbox, a harness, and a "get one record" operation
 * whose record id comes from the input item, so several items make several requests.
 */
export interface NodeUnderFault {
	title: string;
	node: string;
	sandbox: FakeServer & { demoCredentials(): Record<string, unknown> };
	harness: Harness;
	/** parameters of the operation; the id is `{{ $json.id }}` */
	operation: IDataObject;
	/** three ids the sandbox knows */
	ids: Array<string | number>;
	/** the label of the operation's ID parameter, which a 404 names (none where the ID is not the record's address) */
	idLabel?: string;
	/** the id of an output record, to compare with the input */
	idOf: (json: IDataObject) => unknown;
	/** true for the request (not a login) that reads record `id` */
	isCallFor: (entry: LoggedRequest, id: string | number) => boolean;
	/** an error answer in the API's own shape */
	errorBody: (message: string) => unknown;
	/** the message of a 200 answer that is an HTML page */
	htmlPageMessage: string;
	/** requests a refused (401) call costs: CrmRpc logs in again and resends once */
	unauthorizedAttempts: { single: number; several: number };
	stop: () => Promise<void>;
}

/** What the REST nodes say when a 2xx answer is a web page. */
const HTML_PAGE = 'The API answered with an HTML page instead of data';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * The node types as n8n loads them: its loader adds the "Request Options" node setting
 * (timeout, batching, proxy) to every declarative node; the harness does not.
 */
function asLoaded<T extends INodeType>(node: T): T {
	DirectoryLoader.applyDeclarativeNodeOptionParameters(node);
	return node;
}

async function bed(
	sandbox: NodeUnderFault['sandbox'],
	node: INodeType,
	credential: ICredentialType,
): Promise<{ sandbox: NodeUnderFault['sandbox']; harness: Harness; stop: () => Promise<void> }> {
	await sandbox.start();
	const harness = new Harness([asLoaded(node)], [credential], {
		[credential.name]: sandbox.demoCredentials() as ICredentialDataDecryptedObject,
	});
	return { sandbox, harness, stop: async () => await sandbox.stop() };
}

export async function startQebotUnderFault(): Promise<NodeUnderFault> {
	return {
		...(await bed(new QebotSandbox(), new Qebot(), new QebotApi())),
		title: 'Qebot',
		idLabel: 'Brand',
		node: 'qebot',
		operation: { resource: 'brand', operation: 'get', brandId: byId('={{ $json.id }}') },
		ids: [1, 2, 3],
		idOf: (json) => json.id,
		isCallFor: (entry, id) => entry.path === `/api/v1/brands/${id}`,
		errorBody: (message) => ({ error: message }),
		htmlPageMessage: HTML_PAGE,
		unauthorizedAttempts: { single: 1, several: 1 },
	};
}

export async function startQBenchUnderFault(): Promise<NodeUnderFault> {
	return {
		...(await bed(new QBenchSandbox(), new QBench(), new QBenchApi())),
		title: 'QBench',
		idLabel: 'Customer',
		node: 'qBench',
		operation: { resource: 'customer', operation: 'get', customerId: byId('={{ $json.id }}') },
		ids: [1, 2, 3],
		idOf: (json) => json.id,
		isCallFor: (entry, id) => entry.path === `/qbench/api/v1/customer/${id}`,
		errorBody: (message) => ({ message }),
		htmlPageMessage: HTML_PAGE,
		unauthorizedAttempts: { single: 1, several: 1 },
	};
}

export async function startCrmRpcUnderFault(): Promise<NodeUnderFault> {
	const started = await bed(new CrmRpcSandbox(undefined, undefined, 10), new CrmRpc(), new CrmRpcApi());
	const companies = (started.sandbox as CrmRpcSandbox).companies;
	return {
		...started,
		title: 'CrmRpc',
		node: 'crmRpc',
		operation: { resource: 'company', operation: 'get', companyProfileId: 1, companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
		ids: companies.slice(0, 3).map((company) => company.id as number),
		idOf: (json) => json.id,
		isCallFor: (entry, id) => entry.path === '/companies' && String(entry.body?.parameters?.search_value) === String(id),
		errorBody: (message) => ({ success: false, response: null, error: message }),
		htmlPageMessage: 'CrmRpc answered with something that is not a JSON envelope',
		// a 401 means: log in again, send once more (with several items too: one login, one resend)
		unauthorizedAttempts: { single: 2, several: 2 },
	};
}

export async function startQbdConnectUnderFault(): Promise<NodeUnderFault> {
	return {
		...(await bed(new QbdConnectSandbox('qbd-fault-token'), new QbdConnect(), new QbdConnectApi())),
		title: 'QBD Connect',
		idLabel: 'Instance',
		node: 'qbdConnect',
		operation: { resource: 'instance', operation: 'get', instanceId: byId('={{ $json.id }}') },
		ids: ['inst-1', 'inst-2', 'inst-3'],
		idOf: (json) => json.instanceId,
		isCallFor: (entry, id) => entry.path === `/qbdconnect-api/v1/instances/${id}`,
		errorBody: (message) => ({ message }),
		htmlPageMessage: HTML_PAGE,
		unauthorizedAttempts: { single: 1, several: 1 },
	};
}

export const NODES_UNDER_FAULT = [startQebotUnderFault, startQBenchUnderFault, startCrmRpcUnderFault, startQbdConnectUnderFault];

/** Node settings n8n keeps outside the parameters (Retry On Fail …), for the next runs. */
export interface NodeSettings {
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
}

/**
 * Runs the node with n8n's node settings (the harness builds the node without them): the
 * harness's node builder is wrapped for this one run.
 */
export async function runWithSettings(bedUnderFault: NodeUnderFault, parameters: IDataObject, options: NodeOptions, settings: NodeSettings) {
	const harness = bedUnderFault.harness as unknown as { nodeUnderTest: (...args: unknown[]) => IDataObject };
	const build = harness.nodeUnderTest;
	harness.nodeUnderTest = (...args: unknown[]) => ({ ...build.apply(bedUnderFault.harness, args), ...settings });
	try {
		return await bedUnderFault.harness.run(bedUnderFault.node, parameters, options);
	} finally {
		delete (harness as Partial<typeof harness>).nodeUnderTest;
	}
}
