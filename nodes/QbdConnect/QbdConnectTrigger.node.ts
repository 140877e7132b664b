import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollNewRecords, type PollOptions, type RecordKey } from '../shared/polling';
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
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				description:
					'What starts the workflow. Each event keeps its own place: switching to another event and back resumes where this one stood, so records created meanwhile still arrive; a newly chosen event starts from now.',
				options: [
					{
						name: 'New Invoice',
						value: 'newInvoice',
						description: 'An invoice with a newer dateCreated appears in GET /invoices',
					},
					{
						name: 'New Payout',
						value: 'newPayout',
						description:
							'A payout appears in GET /payouts. The API doc lists only POST /payouts: your server must also answer GET /payouts with the list of payouts.',
					},
				],
				default: 'newPayout',
			},
			{
				displayName:
					'New Payout reads GET /payouts, which the QBD Connect API documentation does not list (it documents only POST /payouts). Check that your server answers it.',
				name: 'payoutNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { event: ['newPayout'] } },
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const { path, kind } = EVENTS[event] ?? EVENTS.newPayout;
		const options: PollOptions<IDataObject> = {
			scope: event,
			fetch: async () => recordsOf(await qbdRequest(this, 'GET', path)),
			keyOf: keyOf(kind),
		};
		return await (pollNewRecords<IDataObject>).call(this, options);
	}
}
