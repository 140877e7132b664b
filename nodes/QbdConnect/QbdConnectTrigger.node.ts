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

/**
 * Polls with the static data of one event (`events[event]`): each event keeps its own cursor, so
 * switching the event and back resumes where that event stood (records created meanwhile
 * arrive). A changed cursor is written back with a top-level set of `events`, because n8n saves
 * static data only when the node's object itself reports a change. A cursor stored by an earlier
 * build at the top level is moved to the event it belongs to.
 */
export async function pollWithEventCursor(
	context: IPollFunctions,
	event: string,
	poll: (this: IPollFunctions) => Promise<INodeExecutionData[][] | null>,
): Promise<INodeExecutionData[][] | null> {
	const all = context.getWorkflowStaticData('node');
	const events = { ...((all.events as IDataObject | undefined) ?? {}) };
	let moved = false;
	if (all.cursor && typeof all.scope === 'string') {
		events[all.scope] ??= { cursor: all.cursor, scope: all.scope };
		delete all.cursor;
		delete all.scope;
		moved = true;
	}
	const own = { ...((events[event] as IDataObject | undefined) ?? {}) };
	const before = JSON.stringify(own);
	const result = await poll.call(Object.create(context, { getWorkflowStaticData: { value: () => own } }) as IPollFunctions);
	if (moved || JSON.stringify(own) !== before) all.events = { ...events, [event]: own };
	return result;
}

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
		const poll = async function (this: IPollFunctions) {
			return await pollNewRecords.call<IPollFunctions, [PollOptions<IDataObject>], Promise<INodeExecutionData[][] | null>>(this, options);
		};
		// a manual run reads and keeps nothing
		return this.getMode() === 'manual' ? await poll.call(this) : await pollWithEventCursor(this, event, poll);
	}
}
