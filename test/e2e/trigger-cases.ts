// Triggers checked in a running n8n: activate, let n8n poll, add records, see each arrive once.
import type { AnySandbox } from './cases';
import { credentialIds } from './cases';
import type { StepNode } from './workflows';

export interface TriggerCase {
	id: string;
	title: string;
	credentialType: string;
	trigger: StepNode;
	/** the request path the trigger polls (to know a poll happened) */
	pollPath: RegExp;
	/** adds records after activation; returns their ids in the order they must arrive */
	addRecords: (sandbox: AnySandbox) => string[];
	/** the id of an emitted record */
	idOf: (record: any) => string;
}

const everyMinute = { item: [{ mode: 'everyMinute' }] };

export const triggerCases: TriggerCase[] = [
	{
		id: 'e2eQbdConnTrig001',
		title: 'QBD Connect Trigger: New Payout',
		credentialType: 'qbdConnectApi',
		trigger: {
			name: 'New payout',
			type: 'qbdConnectTrigger',
			parameters: { pollTimes: everyMinute, event: 'newPayout' },
			credentials: { qbdConnectApi: credentialIds.qbdConnectApi },
		},
		pollPath: /\/payouts$/,
		addRecords: (sandbox) => {
			// two payouts on the same (future) day: both must arrive, once each
			sandbox.addPayout({ id: 'po_e2e_a', dateCreated: '2030-01-01', payoutAmount: 10, invoiceAmount: 11, feeAmount: 1 });
			sandbox.addPayout({ id: 'po_e2e_b', dateCreated: '2030-01-01', payoutAmount: 20, invoiceAmount: 21, feeAmount: 1 });
			return ['po_e2e_a', 'po_e2e_b'];
		},
		idOf: (record) => String(record.id),
	},
	{
		id: 'e2eQebotTrigger01',
		title: 'Qebot Trigger: New Lead',
		credentialType: 'qebotApi',
		trigger: {
			name: 'New lead',
			type: 'qebotTrigger',
			parameters: { pollTimes: everyMinute, event: 'newLead', simplify: false },
			credentials: { qebotApi: credentialIds.qebotApi },
		},
		pollPath: /\/api\/v1\/crm\/leads$/,
		addRecords: (sandbox) => {
			// two leads sharing one creation time
			const time = Date.UTC(2030, 0, 1, 12, 0, 0);
			return [sandbox.addLead({ firstName: 'E2E' }, time), sandbox.addLead({ firstName: 'E2E' }, time)].map((lead) => String(lead.leadId));
		},
		idOf: (record) => String(record.leadId),
	},
	{
		id: 'e2eCrmRpcTrigger1',
		title: 'CrmRpc Trigger: New Opportunity',
		credentialType: 'crmRpcApi',
		trigger: {
			name: 'New opportunity',
			type: 'crmRpcTrigger',
			parameters: { pollTimes: everyMinute, event: 'newOpportunity', profileId: 1 },
			credentials: { crmRpcApi: credentialIds.crmRpcApi },
		},
		pollPath: /\/opportunities$/,
		addRecords: (sandbox) =>
			[sandbox.addOpportunity({ title: 'E2E one' }), sandbox.addOpportunity({ title: 'E2E two' })].map((opportunity) => String(opportunity.id)),
		idOf: (record) => String(record.id),
	},
];
