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
import { leadWithIsoDates, qebotDateToIso, simplifyBusiness, simplifyLead, simplifyPurchase, simplifyUser } from './output';
import { BUSINESSES, LEADS, PURCHASES, USERS } from './methods';
import { listAll, type RecordKind } from './transport';

interface TriggerEvent {
	kind: RecordKind;
	/** where the record's place in time comes from */
	keyOf: (record: IDataObject) => RecordKey;
	/** the short record of Simplify */
	simplify: (record: IDataObject) => IDataObject;
	/** the whole record, dates as ISO 8601 (the node's one output convention) */
	raw: (record: IDataObject) => IDataObject;
}

/** Orders by a creation timestamp of the record. */
const byDate = (field: string, idField = 'id') => (record: IDataObject): RecordKey => ({
	id: String(record[idField] ?? record.id),
	time: Date.parse(qebotDateToIso(record[field]) ?? ''),
});

/** For records without a creation timestamp: Qebot ids only grow, so a higher id is newer. */
const byId = (record: IDataObject): RecordKey => ({ id: String(record.id), time: Number(record.id) });

const asIs = (record: IDataObject) => record;

const EVENTS: Record<string, TriggerEvent> = {
	newLead: { kind: LEADS, keyOf: byDate('creationDate', 'leadId'), simplify: simplifyLead, raw: leadWithIsoDates },
	// payment_date is when a subscription was charged, not when the purchase was made: use ids
	newPurchase: { kind: PURCHASES, keyOf: byId, simplify: simplifyPurchase, raw: asIs },
	newUser: { kind: USERS, keyOf: byDate('created_date'), simplify: simplifyUser, raw: asIs },
	newBusiness: { kind: BUSINESSES, keyOf: byId, simplify: simplifyBusiness, raw: asIs },
};

/** Businesses and purchases have no creation date: for those, new means a higher ID (see EVENTS). */
const TRIGGER_ON = triggerOnProperty(
	[
		{ name: 'New Business', value: 'newBusiness', description: 'Triggers when a business is created' },
		{ name: 'New Lead', value: 'newLead', description: 'Triggers when a CRM lead is created' },
		{ name: 'New Purchase', value: 'newPurchase', description: 'Triggers when a tool is purchased' },
		{ name: 'New User', value: 'newUser', description: 'Triggers when a user is created' },
	],
	'newLead',
);

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
			TRIGGER_ON,
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to return a short record in camelCase instead of the whole record as the API names it (dates are ISO 8601 either way)',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const { name: eventName, event } = triggerEventOf(this.getNode(), EVENTS, this.getNodeParameter('event'), TRIGGER_ON);
		const shape = (this.getNodeParameter('simplify', true) as boolean) ? event.simplify : event.raw;
		const options: PollOptions<IDataObject> = {
			scope: eventName,
			// Qebot lists are unpaginated: one call returns every record
			fetch: async () => await listAll(this, event.kind),
			keyOf: event.keyOf,
			toItem: shape,
		};
		return await (pollNewRecords<IDataObject>).call(this, options);
	}
}
