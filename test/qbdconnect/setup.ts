import type { ICredentialDataDecryptedObject, INodeExecutionData } from 'n8n-workflow';

import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { QbdConnectTrigger } from '../../nodes/QbdConnect/QbdConnectTrigger.node';
import { Harness } from '../helpers/harness';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';

export const NODE = 'qbdConnect';
export const TRIGGER = 'qbdConnectTrigger';
export const TOKEN = 'qbd-test-token-123';

/** A fresh QBD Connect sandbox and harness per test file; the request log is cleared before each test. */
export function qbdFixture(token = TOKEN) {
	const fixture = { sandbox: new QbdConnectSandbox(token), harness: undefined as unknown as Harness };
	beforeAll(async () => {
		await fixture.sandbox.start();
		fixture.harness = new Harness([new QbdConnect(), new QbdConnectTrigger()], [new QbdConnectApi()], {
			qbdConnectApi: fixture.sandbox.demoCredentials() as ICredentialDataDecryptedObject,
		});
	});
	afterAll(async () => await fixture.sandbox.stop());
	beforeEach(() => fixture.sandbox.clearLog());
	return fixture;
}

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const jsonOf = (items: INodeExecutionData[]) => items.map((item) => item.json);

export const pairedOf = (items: INodeExecutionData[]) => items.map((item) => item.pairedItem);
