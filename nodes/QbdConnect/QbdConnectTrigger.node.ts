import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollNewRecords, type PollOptions, type RecordKey } from '../shared/polling';
import { triggerEventOf, triggerOnProperty } from '../shared/triggerEvents';
import { qbdRequest, recordId, recordsOf } from './transport';

/** What each event reads. GET /payouts is not in the API doc (only POST /payouts is). */
const EVENTS: Record<string, { path: string; kind: string }> = {
	newPayout: { path: '/payouts', kind: 'payout' },
	newInvoice: { path: '/invoices', kind: 'invoice' },
};

/** Records are ordered by `dateCreated` (a date for payouts: the start of that day, UTC) plus id. */
function keyOf(kind: string) {
	return (record: IDataObject): RecordKey => ({
		id: recordId(record, kind),
		time: Date.parse(String(record.dateCreated ?? '')),
	});
}

const TRIGGER_ON = triggerOnProperty(
	[
		{ name: 'New Invoice', value: 'newInvoice', description: 'Triggers when an invoice is created' },
		{ name: 'New Payout', value: 'newPayout', description: 'Triggers when a payout is created' },
	],
	'newPayout',
);

export class QbdConnectTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QBD Connect Trigger',
		name: 'qbdConnectTrigger',
		icon: { light: 'file:qbdconnect.svg', dark: 'file:qbdconnect.dark.svg' },
		group: ['trigger'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ {"newInvoice":"New Invoice","newPayout":"New Payout"}[$parameter["event"]] || $parameter["event"] }}',
		description: 'Starts the workflow when QBD Connect has a new payout or invoice',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qbdconnect.md#trigger-qbd-connect-trigger',
		defaults: { name: 'QBD Connect Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'qbdConnectApi', required: true }],
		properties: [
			TRIGGER_ON,
			{
				displayName:
					'New Payout reads the list of payouts, which the QBD Connect API documentation does not describe (it documents only creating a payout). Check that your server lists payouts.',
				name: 'payoutNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { event: ['newPayout'] } },
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const { name: event, event: source } = triggerEventOf(this.getNode(), EVENTS, this.getNodeParameter('event'), TRIGGER_ON);
		const { path, kind } = source;
		const options: PollOptions<IDataObject> = {
			scope: event,
			fetch: async () => recordsOf(await qbdRequest(this, 'GET', path)),
			keyOf: keyOf(kind),
		};
		return await (pollNewRecords<IDataObject>).call(this, options);
	}
}
