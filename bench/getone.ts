// Scenario 4: many input items through a get-one operation (QBench Customer › Get, the id from
// each item by expression) versus raw HTTP making the same requests.
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { QBenchApi } from '../credentials/QBenchApi.credentials';
import { QBench } from '../nodes/QBench/QBench.node';
import { Harness } from '../test/helpers/harness';
import { parallelAgent, rawRequest } from './http';
import { PER_ITEM_CASES } from './per-item';

export async function getOneNode(credentials: IDataObject, ids: number[]): Promise<number> {
	const harness = new Harness([new QBench()], [new QBenchApi()], { qBenchApi: credentials as ICredentialDataDecryptedObject });
	const { items, error } = await harness.run(
		'qBench',
		// the same parameters as the real-n8n case (names looked up in the node's description)
		PER_ITEM_CASES.find((perItem) => perItem.key === 'qbench-get')!.ours().parameters,
		{ items: ids.map((id) => ({ id })) },
	);
	if (error) throw new Error(`get-one failed: ${error.message}`);
	if (items.some((item, index) => item.json.id !== ids[index])) throw new Error('get-one returned the wrong customers');
	return items.length;
}

/**
 * n8n's declarative engine sends the requests of all items at once (no batching set), so the
 * raw baseline does the same: every request in flight, answers kept in item order.
 */
export async function getOneRaw(credentials: IDataObject, ids: number[]): Promise<number> {
	const base = `${String(credentials.url).replace(/\/+$/, '')}/qbench/api/v1/customer/`;
	const headers = { Authorization: `Bearer ${String(credentials.accessToken)}` };
	const answers = await Promise.all(ids.map(async (id) => (await rawRequest('GET', base + id, headers, undefined, parallelAgent)).body));
	return answers.length;
}
