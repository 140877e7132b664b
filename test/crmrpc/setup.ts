import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { CrmRpcTrigger } from '../../nodes/CrmRpc/CrmRpcTrigger.node';
import { Harness } from '../helpers/harness';
import type { LoggedRequest } from '../sandbox/server';
import { CrmRpcSandbox } from '../sandbox/crmrpc';

export interface CrmRpcTestBed {
	sandbox: CrmRpcSandbox;
	/** the credential data that works against the sandbox */
	credentials: () => ICredentialDataDecryptedObject;
	harness: Harness;
	/** the calls of the log other than logins */
	calls: () => LoggedRequest[];
	/** runs one operation of the action node */
	run: (parameters: IDataObject, options?: { items?: IDataObject[]; continueOnFail?: boolean }) => ReturnType<Harness['run']>;
}

/** A started sandbox and a harness whose credential works against it. Stop it in afterAll. */
export async function startCrmRpc(seedCompanies?: number): Promise<CrmRpcTestBed> {
	const sandbox = new CrmRpcSandbox(undefined, undefined, seedCompanies);
	await sandbox.start();
	const credentials = () => sandbox.demoCredentials() as ICredentialDataDecryptedObject;
	const harness = new Harness([new CrmRpc(), new CrmRpcTrigger()], [new CrmRpcApi()], { crmRpcApi: credentials() });
	return {
		sandbox,
		credentials,
		harness,
		calls: () => sandbox.log.filter((entry) => entry.path !== '/auth'),
		run: async (parameters, options) => await harness.run('crmRpc', parameters, options),
	};
}

/** Asserts one logged request is the RPC call `service.method` with these parameters, authenticated. */
export function expectRpc(entry: LoggedRequest, service: string, method: string, parameters?: IDataObject) {
	expect(entry.method).toBe('POST');
	expect(entry.path).toBe(`/${service}`);
	expect(entry.headers['content-type']).toContain('application/json');
	expect(entry.headers.authorization).toMatch(/^Bearer crm-token-\d+-/);
	expect(entry.body.method).toBe(method);
	if (parameters === undefined) expect(entry.body.parameters ?? {}).toEqual({});
	else expect(entry.body.parameters).toEqual(parameters);
}

/** The json of the items. */
export const jsonOf = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json);
