import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField } from '../../../shared/validation';
import { checkEmail, limitResults, shapeLeads, unwrap } from '../../GenericFunctions';

const resource = ['lead'];
const show = (...operation: string[]) => ({ resource, operation });

/** Lead fields sent as numbers (the doc types them integer/decimal). */
const NUMERIC_FIELDS = [
	'leadStatus', 'leadSource', 'leadTypeId', 'referredById', 'assigneeObjectRefId', 'potentialAmount',
	'campaignId', 'territoryId', 'marketId', 'segmentId', 'accountId', 'employeeRangeId',
];

/** Fields the doc leaves without a shape: the user gives their JSON. */
const JSON_FIELDS: Record<string, string> = {
	emailAddresses: 'Email Addresses (JSON)',
	customAttributes: 'Custom Attributes (JSON)',
	Labels: 'Labels (JSON)',
};

function parseJsonField(context: IExecuteSingleFunctions, value: unknown, field: string): unknown {
	if (typeof value !== 'string') return value;
	if (!value.trim()) return undefined;
	try {
		return JSON.parse(value);
	} catch {
		throw invalidField(context, field, 'it is not valid JSON');
	}
}

/** The name the user sees for an additional field of Create. */
function additionalFieldLabel(name: string): string {
	const collection = leadFields.find((property) => property.name === 'additionalFields');
	const option = (collection?.options as INodeProperties[] | undefined)?.find((entry) => entry.name === name);
	return option?.displayName ?? name;
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const extra = { ...(this.getNodeParameter('additionalFields', {}) as IDataObject) };
	for (const key of NUMERIC_FIELDS) {
		const value = extra[key];
		if (value === undefined || value === '') continue;
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			throw invalidField(this, `Additional Fields › ${additionalFieldLabel(key)}`, `"${String(value)}" is not a number`);
		}
	}
	for (const [key, label] of Object.entries(JSON_FIELDS)) {
		if (extra[key] !== undefined) extra[key] = parseJsonField(this, extra[key], label) as IDataObject;
	}
	if (typeof extra.estimatedCloseDate === 'string' && extra.estimatedCloseDate) {
		// the doc types it "date": the picked day as YYYY-MM-DD, without shifting it across time zones
		const day = /^(\d{4}-\d{2}-\d{2})/.exec(extra.estimatedCloseDate.trim());
		if (!day || !Number.isFinite(Date.parse(day[1]))) {
			throw invalidField(this, 'Estimated Close Date', `"${extra.estimatedCloseDate}" is not a date`);
		}
		extra.estimatedCloseDate = day[1];
	}
	const email = String(this.getNodeParameter('emailAddress', '') ?? '').trim();
	const phones = ((this.getNodeParameter('phoneNumbers.phone', []) as IDataObject[]) ?? []).map((phone, index) => {
		if (!String(phone.phoneNumber ?? '').trim()) throw invalidField(this, `Phone Numbers › Phone ${index + 1} › Phone Number`, 'it is required');
		return compact({ phoneNumber: String(phone.phoneNumber).trim(), phoneType: phone.phoneType as string, phoneTypeCode: phone.phoneTypeCode as string });
	});
	const addresses = ((this.getNodeParameter('addresses.address', []) as IDataObject[]) ?? []).map((address) => compact(address));
	const body = compact({
		firstName: String(this.getNodeParameter('firstName', '') ?? '').trim(),
		lastName: String(this.getNodeParameter('lastName', '') ?? '').trim(),
		emailAddress: email ? checkEmail(this, email, 'Email Address') : undefined,
		...extra,
	});
	if (phones.length) body.phoneNumbers = phones;
	if (addresses.length) body.addresses = addresses;
	if (Object.keys(body).length === 0) throw invalidField(this, 'First Name', 'give at least a name, an email or another field of the lead');
	request.body = body;
	return request;
}

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
				routing: {
					request: { method: 'POST', url: '/crm/leads' },
					send: { preSend: [createBody] },
					output: { postReceive: [handleApiResponse, unwrap('leads'), shapeLeads] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many leads',
				routing: {
					request: { method: 'GET', url: '/crm/leads' },
					output: { postReceive: [handleApiResponse, unwrap('leads'), limitResults, shapeLeads] },
				},
			},
		],
	},
];

const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});
const number = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: 0,
	...(description ? { description } : {}),
});
const json = (name: string, description: string): INodeProperties => ({
	displayName: JSON_FIELDS[name],
	name,
	type: 'json',
	default: '[]',
	description,
});

export const leadFields: INodeProperties[] = [
	...listFields('lead', 'getAll'),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
		displayOptions: { show: show('getAll', 'create') },
	},
	{ ...text('First Name', 'firstName'), displayOptions: { show: show('create') } },
	{ ...text('Last Name', 'lastName'), displayOptions: { show: show('create') } },
	{ ...text('Email Address', 'emailAddress'), placeholder: 'name@email.com', displayOptions: { show: show('create') } },
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Phone Number',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Phone',
				name: 'phone',
				values: [
					{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', required: true },
					{ displayName: 'Phone Type', name: 'phoneType', type: 'string', default: 'Business', description: 'E.g. Business, Mobile, Home.' },
					{
						displayName: 'Phone Type Code',
						name: 'phoneTypeCode',
						type: 'string',
						default: 'PHONE_BUSINESS',
						description: 'E.g. PHONE_BUSINESS.',
					},
				],
			},
		],
	},
	{
		displayName: 'Addresses',
		name: 'addresses',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Address',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					text('Address Type', 'addressType', 'E.g. Billing Address'),
					text('Address Line 1', 'addressLine1'),
					text('Address Line 2', 'addressLine2'),
					text('City', 'city'),
					text('County', 'county'),
					text('State', 'state'),
					text('State Code', 'stateCode', 'E.g. KS'),
					text('Zip Code', 'zipCode'),
					text('Country Code', 'countryCode', 'Two-letter code, e.g. US'),
					text('Country Name', 'countryName'),
				],
			},
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			number('Account ID', 'accountId'),
			text('Account Name', 'accountName'),
			text('Annual Revenue', 'annualRevenue'),
			number('Assignee ID', 'assigneeObjectRefId', 'Identifier of the person the lead is assigned to'),
			text('Assignee Name', 'assigneeObjectRefName'),
			number('Campaign ID', 'campaignId'),
			text('Campaign Name', 'campaignName'),
			text('Company Name', 'companyName'),
			json('customAttributes', 'Custom attributes as a JSON list (the doc does not give their shape)'),
			text('Description', 'Description'),
			json('emailAddresses', 'Further email addresses as a JSON list (the doc does not give their shape)'),
			text('Employee Range', 'employeeRange'),
			number('Employee Range ID', 'employeeRangeId'),
			{ displayName: 'Estimated Close Date', name: 'estimatedCloseDate', type: 'dateTime', default: '' },
			text('Facebook URL', 'faceBookURL'),
			text('Industry', 'industry'),
			text('Industry Name', 'industryName'),
			text('Job Title', 'jobTitle'),
			json('Labels', 'Labels as JSON (the doc does not give their shape)'),
			text('Lead Rank', 'leadRank'),
			text('Lead Rank Meaning', 'leadRankMeaning'),
			number('Lead Source Code', 'leadSource'),
			text('Lead Source Name', 'leadSourceMeaning'),
			number('Lead Status Code', 'leadStatus'),
			text('Lead Status Name', 'leadStatusMeaning'),
			number('Lead Type ID', 'leadTypeId'),
			text('Lead Type Name', 'leadTypeName'),
			text('LinkedIn URL', 'linkedInURL'),
			number('Market ID', 'marketId'),
			text('Market Name', 'marketName'),
			text('Ownership', 'ownership', 'Who owns the lead'),
			number('Potential Amount', 'potentialAmount', 'Possible amount to charge the customer'),
			number('Referred By ID', 'referredById'),
			text('Referred By Name', 'referredByName'),
			number('Segment ID', 'segmentId'),
			text('Segment Name', 'segmentName'),
			text('Skype Name', 'skypeName'),
			number('Territory ID', 'territoryId'),
			text('Territory Name', 'territoryName'),
			text('Twitter URL', 'twitterURL'),
			{
				displayName: 'Unsubscribed',
				name: 'isUnsubscribed',
				type: 'options',
				options: [
					{ name: 'Yes', value: 'Y' },
					{ name: 'No', value: 'N' },
				],
				default: 'N',
				description: 'Whether the customer unsubscribed',
			},
			// the doc's table spells it waytoContact (the lead object: wayToContact)
			text('Way to Contact', 'waytoContact', 'Preferred way to contact the customer, e.g. Email'),
			text('Website', 'website'),
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(leadOperations, leadFields);
