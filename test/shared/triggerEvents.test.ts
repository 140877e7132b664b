import type { ICredentialDataDecryptedObject, INodeProperties, INodeType } from 'n8n-workflow';

import { CrmRpcApi } from '../../credentials/CrmRpcApi.credentials';
import { QbdConnectApi } from '../../credentials/QbdConnectApi.credentials';
import { QebotApi } from '../../credentials/QebotApi.credentials';
import { CrmRpcTrigger } from '../../nodes/CrmRpc/CrmRpcTrigger.node';
import { QbdConnectTrigger } from '../../nodes/QbdConnect/QbdConnectTrigger.node';
import { QebotTrigger } from '../../nodes/Qebot/QebotTrigger.node';
import { Harness } from '../helpers/harness';
import { CrmRpcSandbox } from '../sandbox/crmrpc';
import { QbdConnectSandbox } from '../sandbox/qbdconnect';
import { QebotSandbox } from '../sandbox/qebot';
import type { FakeServer } from '../sandbox/server';

interface TriggerUnderTest {
	node: INodeType;
	sandbox: FakeServer & { demoCredentials: () => object };
	credential: string;
	credentialType: object;
	extra: Record<string, unknown>;
	labels: string;
	known: string;
}

const triggers: Array<[string, () => TriggerUnderTest]> = [
	[
		'qebotTrigger',
		() => ({
			node: new QebotTrigger(),
			sandbox: new QebotSandbox(undefined, undefined, 2),
			credential: 'qebotApi',
			credentialType: new QebotApi(),
			extra: {},
			labels: 'New Business, New Lead, New Purchase, New User',
			known: 'newLead',
		}),
	],
	[
		'crmRpcTrigger',
		() => ({
			node: new CrmRpcTrigger(),
			sandbox: new CrmRpcSandbox(undefined, undefined, 2),
			credential: 'crmRpcApi',
			credentialType: new CrmRpcApi(),
			extra: { profileId: 1 },
			labels: 'New Company, New Contact, New Opportunity, New Ticket',
			known: 'newCompany',
		}),
	],
	[
		'qbdConnectTrigger',
		() => ({
			node: new QbdConnectTrigger(),
			sandbox: new QbdConnectSandbox('qbd-trigger-token'),
			credential: 'qbdConnectApi',
			credentialType: new QbdConnectApi(),
			extra: {},
			labels: 'New Invoice, New Payout',
			known: 'newInvoice',
		}),
	],
];

const triggerOn = (node: INodeType) => node.description.properties.find((property) => property.name === 'event') as INodeProperties;

describe.each(triggers)('%s', (name, make) => {
	let subject: TriggerUnderTest;
	let harness: Harness;

	beforeAll(async () => {
		subject = make();
		await subject.sandbox.start();
		harness = new Harness([subject.node], [subject.credentialType as never], {
			[subject.credential]: subject.sandbox.demoCredentials() as ICredentialDataDecryptedObject,
		});
	});
	afterAll(async () => await subject.sandbox.stop());

	test("its parameter is 'Trigger On' (name `event`, required, no tooltip) and its options say what triggers", () => {
		const property = triggerOn(subject.node);
		expect(property).toMatchObject({ displayName: 'Trigger On', name: 'event', type: 'options', required: true, noDataExpression: true });
		expect(property.description).toBeUndefined();
		for (const option of property.options as Array<{ description: string }>) expect(option.description).toMatch(/^Triggers when an? [a-zA-Z ]+ is (created|purchased)$/);
	});

	test.each([['newPayment'], ['toString'], ['__proto__'], [''], [42]])(
		'refuses the unknown event %p before sending anything, and keeps its place',
		async (event) => {
			const known = harness.trigger(name, { event: subject.known, ...subject.extra });
			expect(await known.poll()).toBeNull();
			subject.sandbox.clearLog();
			const trigger = harness.trigger(name, { event, ...subject.extra });
			const before = JSON.stringify(trigger.staticData());
			const shown = typeof event === 'string' ? `"${event}"` : 'number';
			await expect(trigger.poll()).rejects.toMatchObject({
				name: 'NodeOperationError',
				message: `Unknown event in 'Trigger On': ${shown}`,
				description: `Open the node and choose one of: ${subject.labels}`,
			});
			expect(subject.sandbox.log).toEqual([]);
			expect(JSON.stringify(trigger.staticData())).toBe(before);
		},
	);
});
