import type { ICredentialDataDecryptedObject, ICredentialType, INodeType } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { QBenchApi } from '../../credentials/QBenchApi.credentials';
import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QebotApi } from '../../credentials/QebotApi.credentials';
import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { CrmRpcTrigger } from '../../nodes/CrmRpc/CrmRpcTrigger.node';
import { QBench } from '../../nodes/QBench/QBench.node';
import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { QbdConnectTrigger } from '../../nodes/QbdConnect/QbdConnectTrigger.node';
import { Qebot } from '../../nodes/Qebot/Qebot.node';
import { QebotTrigger } from '../../nodes/Qebot/QebotTrigger.node';
import { Harness } from '../helpers/harness';
import { CrmRpcSandbox } from '../sandbox/crmrpc';
import { QBenchSandbox } from '../sandbox/qbench';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { QebotSandbox } from '../sandbox/qebot';
import type { FakeServer } from '../sandbox/server';

/** One API of the pack as the reliability tests use it: its node, credential type and sandbox. */
export interface PackApi {
	/** the action node's type name */
	node: string;
	trigger?: string;
	credentialType: string;
	nodes: () => INodeType[];
	credential: () => ICredentialType;
	sandbox: () => FakeServer & { demoCredentials(): Record<string, unknown> };
}

export const PACK: PackApi[] = [
	{
		node: 'qebot',
		trigger: 'qebotTrigger',
		credentialType: 'qebotApi',
		nodes: () => [new Qebot(), new QebotTrigger()],
		credential: () => new QebotApi(),
		sandbox: () => new QebotSandbox(),
	},
	{
		node: 'qBench',
		credentialType: 'qBenchApi',
		nodes: () => [new QBench()],
		credential: () => new QBenchApi(),
		sandbox: () => new QBenchSandbox(),
	},
	{
		node: 'crmRpc',
		trigger: 'crmRpcTrigger',
		credentialType: 'crmRpcApi',
		nodes: () => [new CrmRpc(), new CrmRpcTrigger()],
		credential: () => new CrmRpcApi(),
		sandbox: () => new CrmRpcSandbox(undefined, undefined, 30),
	},
	{
		node: 'qbdConnect',
		trigger: 'qbdConnectTrigger',
		credentialType: 'qbdConnectApi',
		nodes: () => [new QbdConnect(), new QbdConnectTrigger()],
		credential: () => new QbdConnectApi(),
		sandbox: () => new QbdConnectSandbox('qbd-reliability-token'),
	},
];

/** A started sandbox of the API and a harness whose credential points at it (stop it in afterAll). */
export async function startApi(api: PackApi, credentialChanges: Record<string, unknown> = {}) {
	const sandbox = api.sandbox();
	await sandbox.start();
	const harness = new Harness(api.nodes(), [api.credential()], {
		[api.credentialType]: { ...sandbox.demoCredentials(), ...credentialChanges } as ICredentialDataDecryptedObject,
	});
	return { sandbox, harness };
}
