// The three "Return All" jobs of scenario 1: how to seed a sandbox with N records, how our node
// is asked for them, and the raw HTTP loop that fetches exactly the same pages.
import type { ICredentialDataDecryptedObject, IDataObject, INodeType, ICredentialType } from 'n8n-workflow';

import { CrmRpcApi } from '../credentials/CrmRpcApi.credentials';
import { QBenchApi } from '../credentials/QBenchApi.credentials';
import { QebotApi } from '../credentials/QebotApi.credentials';
import { CrmRpc } from '../nodes/CrmRpc/CrmRpc.node';
import { QBench } from '../nodes/QBench/QBench.node';
import { Qebot } from '../nodes/Qebot/Qebot.node';
import { Harness } from '../test/helpers/harness';
import { basic, freshConnectionAgent, rawRequest, sequentialAgent, setDefaultAgent } from './http';
import { listParameters } from './per-item';

export type ListApi = 'qbench' | 'crmrpc' | 'qebot';

export const LIST_APIS: ListApi[] = ['qbench', 'crmrpc', 'qebot'];

export interface ListJob {
	label: string;
	pageSize: number | undefined;
	/** requests the job must make for `records` records (logins not counted) */
	pages: (records: number) => number;
	credentialType: string;
	nodeName: string;
	/** the list operation's parameters (names looked up in the node's description) */
	parameters: () => IDataObject;
	node: () => INodeType;
	credential: () => ICredentialType;
	/** the raw loop: every record, in order, plus the bytes received */
	raw: (credentials: IDataObject) => Promise<{ records: unknown[]; bytes: number }>;
}

const trimUrl = (url: unknown) => String(url).replace(/\/+$/, '');

export const LIST_JOBS: Record<ListApi, ListJob> = {
	qbench: {
		label: 'QBench customers (pages of 50)',
		pageSize: 50,
		pages: (records) => Math.max(1, Math.ceil(records / 50)),
		credentialType: 'qBenchApi',
		nodeName: 'qBench',
		parameters: () => listParameters('qbench', 'customer'),
		node: () => new QBench(),
		credential: () => new QBenchApi(),
		raw: async (credentials) => {
			const headers = { Authorization: `Bearer ${String(credentials.accessToken)}` };
			const records: unknown[] = [];
			let bytes = 0;
			let lastPage = 1;
			for (let page = 1; page <= lastPage; page++) {
				const url = `${trimUrl(credentials.url)}/qbench/api/v1/customer?page_num=${page}&page_size=50`;
				const response = await rawRequest('GET', url, headers);
				bytes += response.bytes;
				lastPage = response.body.total_pages;
				for (const record of response.body.data) records.push(record);
			}
			return { records, bytes };
		},
	},
	crmrpc: {
		label: 'CrmRpc companies (pages of 500)',
		pageSize: 500,
		pages: (records) => Math.max(1, Math.ceil(records / 500)),
		credentialType: 'crmRpcApi',
		nodeName: 'crmRpc',
		parameters: () => listParameters('crmrpc', 'company', { 'Profile Name or ID': 1, Simplify: false }),
		node: () => new CrmRpc(),
		credential: () => new CrmRpcApi(),
		raw: async (credentials) => {
			const base = trimUrl(credentials.baseUrl);
			// the same login the credential makes, once per run
			const login = await rawRequest('POST', `${base}/auth`, {}, {
				method: 'Login',
				parameters: { email: credentials.email, password: credentials.password },
			});
			const headers = { Authorization: `Bearer ${String(login.body.response.token)}` };
			const records: unknown[] = [];
			let bytes = 0;
			let lastPage = 1;
			for (let page = 1; page <= lastPage; page++) {
				const response = await rawRequest('POST', `${base}/companies`, headers, {
					method: 'GetCompanies',
					parameters: { profile_id: 1, page, pagination: 500 },
				});
				bytes += response.bytes;
				lastPage = response.body.response.last_page;
				for (const record of response.body.response.companies) records.push(record);
			}
			return { records, bytes };
		},
	},
	qebot: {
		label: 'Qebot leads (one list)',
		pageSize: undefined,
		pages: () => 1,
		credentialType: 'qebotApi',
		nodeName: 'qebot',
		parameters: () => listParameters('qebot', 'lead', { Simplify: false }),
		node: () => new Qebot(),
		credential: () => new QebotApi(),
		raw: async (credentials) => {
			const headers = { Authorization: basic(String(credentials.email), String(credentials.apiKey)) };
			const response = await rawRequest('GET', `${trimUrl(credentials.baseUrl)}/api/v1/crm/leads`, headers);
			return { records: response.body.leads, bytes: response.bytes };
		},
	},
};

/** The output of the last run, kept until the next one so memory can be measured with it held. */
export let lastOutput: unknown;

/**
 * One Return All through the node, in-process through n8n-core (a fresh Harness per run, so a
 * CrmRpc run logs in like the raw loop does). Returns the number of items.
 */
export async function runNodeList(api: ListApi, credentials: IDataObject): Promise<number> {
	const job = LIST_JOBS[api];
	const harness = new Harness([job.node()], [job.credential()], {
		[job.credentialType]: credentials as ICredentialDataDecryptedObject,
	});
	const { items, error } = await harness.run(job.nodeName, job.parameters());
	if (error) throw new Error(`${api} node failed: ${error.message}`);
	lastOutput = items;
	return items.length;
}

export async function runRawList(api: ListApi, credentials: IDataObject): Promise<number> {
	const { records } = await LIST_JOBS[api].raw(credentials);
	lastOutput = records;
	return records.length;
}

/** The raw loop again, but with a new TCP connection per request (what n8n's request helper does). */
export async function runRawListFreshConnections(api: ListApi, credentials: IDataObject): Promise<number> {
	setDefaultAgent(freshConnectionAgent);
	try {
		return await runRawList(api, credentials);
	} finally {
		setDefaultAgent(sequentialAgent);
	}
}
