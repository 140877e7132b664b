import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { startQebot } from './setup';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}

function exampleNodes(file: string): Record<string, ExampleNode> {
	const workflow = JSON.parse(readFileSync(path.join(__dirname, '../../examples', file), 'utf8')) as { nodes: ExampleNode[] };
	return Object.fromEntries(workflow.nodes.map((node) => [node.name, node]));
}

describe('Qebot examples run against the sandbox', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());

	test('examples/qebot.json: create a lead, list leads, SSO token → login URL', async () => {
		const { sandbox, harness } = context;
		const nodes = exampleNodes('qebot.json');
		const created = await harness.run('qebot', nodes['Create lead'].parameters);
		expect(created.error).toBeUndefined();
		expect(created.items[0].json).toMatchObject({ fullName: 'John Doe', companyName: 'Detective Comics' });
		const leads = await harness.run('qebot', nodes['First 5 leads'].parameters);
		expect(leads.items).toHaveLength(5);
		const token = await harness.run('qebot', nodes['Create SSO token'].parameters);
		const url = await harness.run('qebot', nodes['Log in URL'].parameters, { items: [token.items[0].json] });
		expect(url.items[0].json.url).toBe(`${sandbox.url}/api/v1/sso/login?token=${String(token.items[0].json.token)}`);
	});

	test('examples/qebot-trigger.json: a manual run of the trigger returns the newest lead, simplified', async () => {
		const { sandbox, harness } = context;
		const nodes = exampleNodes('qebot-trigger.json');
		const trigger = harness.trigger('qebotTrigger', nodes['New lead'].parameters);
		const result = await trigger.poll('manual');
		const newest = [...sandbox.leads.values()].at(-1)!;
		expect(result?.[0].map((item) => item.json.leadId)).toEqual([newest.leadId]);
		expect(result?.[0][0].json).toHaveProperty('leadSource');
	});
});
