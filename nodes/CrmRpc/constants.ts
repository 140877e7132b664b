import type { INodePropertyOptions } from 'n8n-workflow';

// Static lists of the CrmRpc doc (copied from shared/api/reference-data.json, section crmrpc).

export const opportunityStatuses: INodePropertyOptions[] = [
	{ name: 'Active', value: 'active' },
	{ name: 'Lost', value: 'lost' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Won', value: 'won' },
];

/** `contact_type` of the GetOpportunities filter and `prospect_type` of CreateOpportunity. */
export const prospectTypes: INodePropertyOptions[] = [
	{ name: 'Existing', value: 'existing' },
	{ name: 'New', value: 'new' },
];

export const operationTypes: INodePropertyOptions[] = [
	{ name: 'New', value: 'new' },
	{ name: 'Renew', value: 'renew' },
];

export const companySearchBy: INodePropertyOptions[] = [
	{ name: 'ID', value: 'id' },
	{ name: 'Client Number', value: 'client_number' },
];

export const contactSearchBy: INodePropertyOptions[] = [
	{ name: 'ID', value: 'id' },
	{ name: 'Email', value: 'email' },
];
