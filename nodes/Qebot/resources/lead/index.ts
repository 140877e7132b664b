import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { checkFields, invalidField } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { jsonValue } from '../../../shared/json';
import { listRouting, numbersAt, tidyBodyKeeping } from '../../common';
import { leadWithIsoDates, simplifyLead } from '../../output';
import { records } from '../../transport';
import { LEAD_JSON, LEAD_NUMBERS, leadFields } from './fields';

export { leadFields };

const resource = ['lead'];

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

/** postReceive of lead lists and lead create: the short lead with Simplify, else the whole lead; dates ISO 8601. */
async function shapeLeads(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const simplify = this.getNodeParameter('simplify', true) as boolean;
	for (const item of items) item.json = simplify ? simplifyLead(item.json) : leadWithIsoDates(item.json);
	return items;
}

const checkInput = checkFields(leadFields);

export const leadOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource } },
		default: 'getAll',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a lead',
				description: 'Create a CRM lead (names, email, phones, addresses, ~40 optional fields); returns the new lead',
				routing: {
					request: { method: 'POST', url: '/crm/leads' },
					send: { preSend: [checkInput, tidyBodyKeeping(...Object.keys(LEAD_JSON)), parseJsonFields, numbersAt(...LEAD_NUMBERS), somethingToCreate] },
					output: { postReceive: [handleApiResponse, records('leads'), shapeLeads] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many leads',
				description: 'List the CRM leads, one item per lead (short leads with Simplify)',
				routing: {
					...listRouting('/crm/leads', checkInput),
					output: { postReceive: [handleApiResponse, records('leads'), shapeLeads] },
				},
			},
		],
	},
];
