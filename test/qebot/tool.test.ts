import type { INodeTypeDescription } from 'n8n-workflow';

import { QebotApi } from '../../credentials/QebotApi.credentials';
import { Qebot } from '../../nodes/Qebot/Qebot.node';
import { Harness } from '../helpers/harness';
import { QebotSandbox } from '../sandbox/qebot';
import { credentialsOf } from './setup';

/**
 * The Qebot node as an AI agent's tool: n8n gives it a type name ending in "Tool", shows Output
 * (Simplified / Raw / Selected Fields) instead of Simplify, and every choice keeps the node's one
 * date convention (ISO 8601).
 */
class QebotTool extends Qebot {
	description: INodeTypeDescription = { ...new Qebot().description, name: 'qebotTool' };
}

const sandbox = new QebotSandbox();
let harness: Harness;
beforeAll(async () => {
	await sandbox.start();
	harness = new Harness([new QebotTool()], [new QebotApi()], { qebotApi: credentialsOf(sandbox) });
});
afterAll(async () => await sandbox.stop());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const leads = (parameters: Record<string, unknown>) => harness.run('qebotTool', { resource: 'lead', operation: 'getAll', limit: 2, ...parameters });

describe('Qebot as an AI agent tool: Output', () => {
	test('Simplified (the default): the short lead, ISO dates', async () => {
		const { error, items } = await leads({});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		for (const item of items) {
			expect(Object.keys(item.json).length).toBeLessThanOrEqual(10);
			expect(item.json.creationDate).toMatch(ISO);
		}
	});

	test('Raw: the whole lead, its dates ISO 8601 too', async () => {
		const { error, items } = await leads({ leadOutput: 'raw' });
		expect(error).toBeUndefined();
		expect(Object.keys(items[0].json).length).toBeGreaterThan(10);
		expect(items[0].json.creationDate).toMatch(ISO);
		expect(items[0].json.lastUpdateDate).toMatch(ISO);
	});

	test('Selected Fields: only the named fields', async () => {
		const { error, items } = await leads({ leadOutput: 'selected', leadOutputFields: 'leadId, creationDate' });
		expect(error).toBeUndefined();
		expect(Object.keys(items[0].json).sort()).toEqual(['creationDate', 'leadId']);
		expect(items[0].json.creationDate).toMatch(ISO);
	});
});
