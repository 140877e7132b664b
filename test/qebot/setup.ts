import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { QebotApi } from '../../credentials/QebotApi.credentials';
import { Qebot } from '../../nodes/Qebot/Qebot.node';
import { QebotTrigger } from '../../nodes/Qebot/QebotTrigger.node';
import { Harness } from '../helpers/harness';
import { QebotSandbox } from '../sandbox/qebot';

/** A started Qebot sandbox and a harness whose qebotApi credential points at it. */
export async function startQebot() {
	const sandbox = new QebotSandbox();
	await sandbox.start();
	const harness = new Harness([new Qebot(), new QebotTrigger()], [new QebotApi()], {
		qebotApi: credentialsOf(sandbox),
	});
	return { sandbox, harness };
}

/** The sandbox's demo credentials as n8n credential data. */
export const credentialsOf = (sandbox: QebotSandbox, changes: IDataObject = {}) =>
	({ ...sandbox.demoCredentials(), ...changes }) as ICredentialDataDecryptedObject;

/** A resource locator value "By ID", as the editor saves it. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** The Authorization header the node must send for the sandbox's demo credentials. */
export const basicAuth = (sandbox: QebotSandbox) =>
	`Basic ${Buffer.from(`${sandbox.email}:${sandbox.apiKey}`).toString('base64')}`;

/** The items' json. */
export const jsonOf = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json);
