import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { isLastPage, MAX_PAGES } from '../shared/pagination';
import { pollNewRecords, type PollCursor, type PollOptions, type RecordKey } from '../shared/polling';
import { triggerEventOf, triggerOnProperty } from '../shared/triggerEvents';
import { DEFAULT_RETRY, newBudget, withRetry } from '../shared/retry';
import { isNumericId } from '../shared/checks';
import { DATE_FORMATS, formatDate } from '../shared/dates';
import { catalogLoader } from './methods';
import { type CrmService, rpcCall } from './transport';

/** Where the records of each event come from. */
interface EventSource {
	service: CrmService;
	method: string;
	/** the key of `response` holding the records */
	root: string;
	/** the method has the `created_at` DD/MM/YY filter and `page` / `pagination` paging */
	datedAndPaged: boolean;
}

const SOURCES: Record<string, EventSource> = {
	newOpportunity: { service: 'Opportunities', method: 'GetOpportunities', root: 'opportunities', datedAndPaged: true },
	newCompany: { service: 'Companies', method: 'GetCompanies', root: 'companies', datedAndPaged: true },
	newContact: { service: 'Contacts', method: 'GetContacts', root: 'contacts', datedAndPaged: true },
	// GetTickets documents neither filters nor paging: every poll reads the whole list
	newTicket: { service: 'Tickets', method: 'GetTickets', root: 'tickets', datedAndPaged: false },
};

const PAGE_SIZE = 500;

/**
 * The key of a record for the polling cursor: the API's filter only knows days, so a record's
 * time is the start (UTC) of the day of its `created_at`; records of one day are told apart by id.
 */
export function recordKey(record: IDataObject): RecordKey {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(record.created_at ?? ''));
	const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
	return { id: String(record.id), time };
}

/**
 * Every record of the event since the cursor's day (all records without a cursor), all pages.
 * Each call is retried on its own (a rate limit at page 3 does not read pages 1 and 2 again),
 * all of them within one wait budget.
 */
async function fetchRecords(
	context: IPollFunctions,
	source: EventSource,
	profileId: number,
	cursor: PollCursor | undefined,
): Promise<IDataObject[]> {
	const budget = newBudget();
	const call = async (parameters: IDataObject) =>
		await withRetry(async () => await rpcCall.call(context, source.service, source.method, parameters), DEFAULT_RETRY, budget);
	const parameters: IDataObject = { profile_id: profileId };
	if (!source.datedAndPaged) {
		const response = await call(parameters);
		return Array.isArray(response[source.root]) ? (response[source.root] as IDataObject[]) : [];
	}
	// the cursor's day as the API counts days (record times are read as UTC days, see recordKey)
	if (cursor && cursor.time > 0) parameters.created_at = { from: formatDate(new Date(cursor.time), DATE_FORMATS.dayMonthYear, 'UTC') };
	const records: IDataObject[] = [];
	for (let page = 1; page <= MAX_PAGES; page++) {
		const response = await call({ ...parameters, page, pagination: PAGE_SIZE });
		const pageRecords = Array.isArray(response[source.root]) ? (response[source.root] as IDataObject[]) : [];
		records.push(...pageRecords);
		if (isLastPage(page, pageRecords.length, PAGE_SIZE, Number(response.last_page))) break;
	}
	return records;
}

const TRIGGER_ON = triggerOnProperty(
	[
		{ name: 'New Company', value: 'newCompany', description: 'Triggers when a company is created' },
		{ name: 'New Contact', value: 'newContact', description: 'Triggers when a contact is created' },
		{ name: 'New Opportunity', value: 'newOpportunity', description: 'Triggers when an opportunity is created' },
		{ name: 'New Ticket', value: 'newTicket', description: 'Triggers when a ticket is created' },
	],
	'newOpportunity',
);

export class CrmRpcTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CrmRpc Trigger',
		name: 'crmRpcTrigger',
		icon: { light: 'file:crmrpc.svg', dark: 'file:crmrpc.dark.svg' },
		group: ['trigger'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ {"newCompany":"New Company","newContact":"New Contact","newOpportunity":"New Opportunity","newTicket":"New Ticket"}[$parameter["event"]] || $parameter["event"] }}',
		description: 'Starts the workflow when CrmRpc has a new opportunity, company, contact or ticket',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/crmrpc.md#trigger-crmrpc-trigger',
		defaults: { name: 'CrmRpc Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'crmRpcApi', required: true }],
		properties: [
			TRIGGER_ON,
			{
				displayName: 'Profile Name or ID',
				name: 'profileId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getProfiles' },
				required: true,
				default: '',
				description:
					'The CRM profile to watch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	};

	methods = {
		loadOptions: {
			getProfiles: catalogLoader('Profiles', 'GetProfiles', 'profiles', false),
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const { name: event, event: source } = triggerEventOf(this.getNode(), SOURCES, this.getNodeParameter('event'), TRIGGER_ON);
		const profile = this.getNodeParameter('profileId');
		if (!isNumericId(profile)) throw new NodeOperationError(this.getNode(), "Invalid 'Profile Name or ID': choose a profile");
		const profileId = Number(profile);
		const scope = `${event}:${profileId}`;
		const options: PollOptions<IDataObject> = {
			scope,
			fetch: async (cursor) => await fetchRecords(this, source, profileId, cursor),
			keyOf: recordKey,
			// fetchRecords retries each call itself
			retry: false,
		};
		return await (pollNewRecords<IDataObject>).call(this, options);
	}
}
