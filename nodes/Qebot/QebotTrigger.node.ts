import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { pollNewRecords, type PollOptions, type RecordKey } from '../shared/polling';
import {
	BUSINESSES,
	leadWithIsoDates,
	listAll,
	parseQebotDate,
	simplifyLead,
	USERS,
	type RecordKind,
} from './GenericFunctions';

interface TriggerEvent {
	kind: RecordKind;
	/** where the record's place in time comes from */
	keyOf: (record: IDataObject) => RecordKey;
}

/** Orders by a creation timestamp of the record. */
const byDate = (field: string, idField = 'id') => (record: IDataObject): RecordKey => ({
	id: String(record[idField] ?? record.id),
	time: parseQebotDate(record[field]),
});

/** For records without a creation timestamp: Qebot ids only grow, so a higher id is newer. */
const byId = (record: IDataObject): RecordKey => ({ id: String(record.id), time: Number(record.id) });

const EVENTS: Record<string, TriggerEvent> = {
	newLead: {
		kind: { path: '/crm/leads', root: 'leads', label: () => '' },
		keyOf: byDate('creationDate', 'leadId'),
	},
	// payment_date is when a subscription was charged, not when the purchase was made: use ids
	newPurchase: { kind: { path: '/purchases', root: 'purchases', label: () => '' }, keyOf: byId },
	newUser: { kind: USERS, keyOf: byDate('created_date') },
	newBusiness: { kind: BUSINESSES, keyOf: byId },
};

export class QebotTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Qebot Trigger',
		name: 'qebotTrigger',
		icon: { light: 'file:qebot.svg', dark: 'file:qebot.dark.svg' },
		group: ['trigger'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ {"newBusiness":"New Business","newLead":"New Lead","newPurchase":"New Purchase","newUser":"New User"}[$parameter["event"]] || $parameter["event"] }}',
		description: 'Starts the workflow when Qebot has a new CRM lead, purchase, user or business',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qebot.md#trigger-qebot-trigger',
		defaults: { name: 'Qebot Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'qebotApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Business',
						value: 'newBusiness',
						description: 'A business was created (businesses have no creation date: new means a higher ID)',
					},
					{
						name: 'New Lead',
						value: 'newLead',
						description: 'A CRM lead was created (by its creation date)',
					},
					{
						name: 'New Purchase',
						value: 'newPurchase',
						description: 'A tool was purchased (new means a higher ID; the payment date changes on renewals)',
					},
					{
						name: 'New User',
						value: 'newUser',
						description: 'A user was created (by its creation date)',
					},
				],
				default: 'newLead',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description: 'Whether to return a simplified version of the response instead of the raw data',
				displayOptions: { show: { event: ['newLead'] } },
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const eventName = this.getNodeParameter('event') as string;
		const event = EVENTS[eventName];
		const isLead = eventName === 'newLead';
		const simplify = isLead && (this.getNodeParameter('simplify', true) as boolean);
		const options: PollOptions<IDataObject> = {
			scope: eventName,
			// Qebot lists are unpaginated: one call returns every record
			fetch: async () => await listAll(this, event.kind),
			keyOf: event.keyOf,
			toItem: (record) => (simplify ? simplifyLead(record) : isLead ? leadWithIsoDates(record) : record),
		};
		return await (pollNewRecords<IDataObject>).call(this, options);
	}
}
