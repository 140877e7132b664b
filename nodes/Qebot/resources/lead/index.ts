import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import { numbersAt } from '../../../shared/bodyRules';
import { invalidField } from '../../../shared/checks';
import { jsonValue } from '../../../shared/json';
import { operationsProperty } from '../../../shared/operations';
import { simplified } from '../../../shared/simplify';
import { tidyBodyKeeping } from '../../common';
import { leadWithIsoDates, shortLead } from '../../output';
import { qebot } from '../../transport';
import { LEAD_JSON, LEAD_NUMBERS, leadFields } from './fields';

export { leadFields };

/** The JSON fields as JSON in the body (checkFields already refused text that does not parse). */
async function parseJsonFields(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const data = request.body as IDataObject;
	for (const [key, label] of Object.entries(LEAD_JSON)) {
		if (typeof data[key] === 'string') data[key] = jsonValue(this, data[key], label) as IDataObject;
	}
	return request;
}

/** A lead needs something to be about; Qebot then asks for the last name itself. */
async function somethingToCreate(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	if (Object.keys((request.body ?? {}) as IDataObject).length === 0) {
		throw invalidField(this, 'First Name', 'give at least a name, an email or another field of the lead');
	}
	return request;
}

/** The leads kept after Limit, their CRM dates as ISO 8601 (only the leads kept are converted; in place: the items are the fresh answer's). */
function isoLeadDates(items: INodeExecutionData[]): INodeExecutionData[] {
	for (const item of items) leadWithIsoDates(item.json);
	return items;
}

/** Lead lists and lead create: ISO dates, then Simplify (or, for an AI agent, Output). */
const shapeLeads = [isoLeadDates, simplified('lead', shortLead)];

export const leadOperations = operationsProperty(qebot, {
	resource: 'lead', fields: leadFields, default: 'getAll',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/crm/leads', root: 'leads',
			bodyRule: [tidyBodyKeeping(...Object.keys(LEAD_JSON)), parseJsonFields, numbersAt(...LEAD_NUMBERS), somethingToCreate],
			shape: shapeLeads,
			action: 'Create a lead', description: 'Create a CRM lead (names, email, phones, addresses and many optional fields); returns the new lead' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/crm/leads', list: 'whole', root: 'leads', shape: shapeLeads,
			action: 'Get many leads', description: 'List the CRM leads, one item per lead' },
	],
});
