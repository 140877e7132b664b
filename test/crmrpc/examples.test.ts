import fs from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { type CrmRpcTestBed, startCrmRpc } from './setup';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	credentials?: Record<string, { id: string; name: string }>;
}

const example = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as { nodes: ExampleNode[] };

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(20);
});
afterAll(async () => bed.sandbox.stop());

describe('CrmRpc examples run against the sandbox', () => {
	it('crmrpc.json: recent opportunities → one follow-up ticket each', async () => {
		const [, list, ticket] = example('crmrpc.json').nodes;
		expect(list.credentials).toEqual({ crmRpcApi: { id: 'crmrpcSandbox001', name: 'CrmRpc sandbox' } });
		const opportunities = await bed.run(list.parameters);
		expect(opportunities.error).toBeUndefined();
		expect(opportunities.items).toHaveLength(3);
		const tickets = await bed.run(ticket.parameters, { items: opportunities.items.map((item) => item.json) });
		expect(tickets.error).toBeUndefined();
		expect(tickets.items.map((item) => item.json.title)).toEqual([
			'Follow up: Deal 2026-03-04 #1',
			'Follow up: Deal 2026-03-04 #2',
			'Follow up: Deal 2026-03-04 #3',
		]);
		expect(tickets.items[0].json).toMatchObject({ estimated_end_at: '2026-03-31', description: 'Check in with Company 0001 about opportunity #' + String(opportunities.items[0].json.id) });
	});

	it('crmrpc-trigger.json: the trigger and the company lookup', async () => {
		const [trigger, company] = example('crmrpc-trigger.json').nodes;
		expect(trigger.type).toBe('n8n-nodes-qebot-pack.crmRpcTrigger');
		const { pollTimes: _pollTimes, ...triggerParameters } = trigger.parameters;
		const poller = bed.harness.trigger('crmRpcTrigger', triggerParameters);
		const newest = await poller.poll('manual');
		const lookup = await bed.run(company.parameters, { items: [newest![0][0].json] });
		expect(lookup.error).toBeUndefined();
		expect(lookup.items[0].json.id).toBe(newest![0][0].json.company_id);
	});
});
