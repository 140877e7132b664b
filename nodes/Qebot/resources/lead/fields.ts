import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { DATE_FORMATS, sendDate } from '../../../shared/dates';
import { listProperties } from '../../../shared/lists';
import { simplifyProperties } from '../../../shared/simplify';

/* The fields of CRM Lead: a pure field list. Each field names where it goes in the body. */

const resource = ['lead'];
const show = (...operation: string[]) => ({ resource, operation });
const create = { show: show('create') };

/** A field sent under the API's key (`key`, default: its own name). */
const field = (displayName: string, name: string, type: 'string' | 'number', description?: string, key = name): INodeProperties => ({
	displayName,
	name,
	type,
	default: type === 'number' ? 0 : '',
	...(description ? { description } : {}),
	routing: { send: { type: 'body', property: key } },
});
const text = (displayName: string, name: string, description?: string, key?: string) => field(displayName, name, 'string', description, key);
const number = (displayName: string, name: string, description?: string) => field(displayName, name, 'number', description);
/** Fields the doc leaves without a shape: the user gives their JSON (a list). */
const json = (displayName: string, name: string, description: string, key = name): INodeProperties => ({
	displayName,
	name,
	type: 'json',
	default: '[]',
	description,
	routing: { send: { type: 'body', property: key } },
});
/** A field of a phone or address row: `phoneNumbers[0].phoneNumber`. */
const row = (list: string, property: INodeProperties): INodeProperties => ({
	...property,
	routing: { send: { type: 'body', property: `=${list}[{{$index}}].${property.name}` } },
});

/** Lead fields sent as numbers (the doc types them integer/decimal). */
export const LEAD_NUMBERS = [
	'leadStatus', 'leadSource', 'leadTypeId', 'referredById', 'assigneeObjectRefId', 'potentialAmount',
	'campaignId', 'territoryId', 'marketId', 'segmentId', 'accountId', 'employeeRangeId',
];

/** Lead fields given as JSON text: their body key and the label the user sees. */
export const LEAD_JSON: Record<string, string> = {
	emailAddresses: 'Email Addresses (JSON)',
	customAttributes: 'Custom Attributes (JSON)',
	Labels: 'Labels (JSON)',
};

export const leadFields: INodeProperties[] = [
	...listProperties('lead', { paged: false }),
	{ ...text('First Name', 'leadFirstName', undefined, 'firstName'), displayOptions: create },
	{ ...text('Last Name', 'leadLastName', undefined, 'lastName'), displayOptions: create },
	{ ...text('Email', 'leadEmailAddress', undefined, 'emailAddress'), placeholder: 'name@email.com', displayOptions: create },
	{
		displayName: 'Phone Numbers',
		name: 'leadPhoneNumbers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Phone Number',
		default: {},
		displayOptions: create,
		options: [
			{
				displayName: 'Phone',
				name: 'phone',
				values: [
					row('phoneNumbers', { displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', required: true }),
					row('phoneNumbers', { displayName: 'Phone Type', name: 'phoneType', type: 'string', default: 'Business', placeholder: 'e.g. Mobile', description: 'The kind of phone: Business, Mobile or Home' }),
					row('phoneNumbers', {
						displayName: 'Phone Type Code',
						name: 'phoneTypeCode',
						type: 'string',
						default: 'PHONE_BUSINESS',
						placeholder: 'e.g. PHONE_BUSINESS',
						description: 'The code of the phone type',
					}),
				],
			},
		],
	},
	{
		displayName: 'Addresses',
		name: 'leadAddresses',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Address',
		default: {},
		displayOptions: create,
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					{ ...text('Address Type', 'addressType', 'The kind of address'), placeholder: 'e.g. Billing Address' },
					text('Address Line 1', 'addressLine1'),
					text('Address Line 2', 'addressLine2'),
					text('City', 'city'),
					text('County', 'county'),
					text('State', 'state'),
					{ ...text('State Code', 'stateCode', 'Two-letter code of the state'), placeholder: 'e.g. KS' },
					text('Zip Code', 'zipCode'),
					{ ...text('Country Code', 'countryCode', 'Two-letter code of the country'), placeholder: 'e.g. US' },
					text('Country Name', 'countryName'),
				].map((property) => row('addresses', property)),
			},
		],
	},
	collection('Additional Fields', 'leadFields', create, [
		number('Account ID', 'accountId'),
		text('Account Name', 'accountName'),
		text('Annual Revenue', 'annualRevenue'),
		number('Assignee ID', 'assigneeObjectRefId', 'Identifier of the person the lead is assigned to'),
		text('Assignee Name', 'assigneeObjectRefName'),
		number('Campaign ID', 'campaignId'),
		text('Campaign Name', 'campaignName'),
		text('Company Name', 'companyName'),
		json(LEAD_JSON.customAttributes, 'customAttributes', 'Custom attributes, as a JSON list'),
		// the doc's table capitalises Description and Labels
		text('Description', 'description', undefined, 'Description'),
		json(LEAD_JSON.emailAddresses, 'emailAddresses', 'Further email addresses, as a JSON list'),
		text('Employee Range', 'employeeRange'),
		number('Employee Range ID', 'employeeRangeId'),
		{
			displayName: 'Estimated Close Date',
			name: 'estimatedCloseDate',
			type: 'dateTime',
			default: '',
			description: 'The day the deal should close, in the workflow\'s time zone',
			routing: {
				send: sendDate({
					parameter: 'leadFields.estimatedCloseDate',
					label: 'Estimated Close Date',
					type: 'body',
					property: 'estimatedCloseDate',
					format: DATE_FORMATS.isoDay,
				}),
			},
		},
		text('Facebook URL', 'facebookUrl', undefined, 'faceBookURL'),
		text('Industry', 'industry'),
		text('Industry Name', 'industryName'),
		text('Job Title', 'jobTitle'),
		json(LEAD_JSON.Labels, 'labels', 'Labels, as JSON', 'Labels'),
		text('Lead Rank', 'leadRank'),
		text('Lead Rank Meaning', 'leadRankMeaning'),
		number('Lead Source Code', 'leadSource'),
		text('Lead Source Name', 'leadSourceMeaning'),
		number('Lead Status Code', 'leadStatus'),
		text('Lead Status Name', 'leadStatusMeaning'),
		number('Lead Type ID', 'leadTypeId'),
		text('Lead Type Name', 'leadTypeName'),
		text('LinkedIn URL', 'linkedInUrl', undefined, 'linkedInURL'),
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
		text('Twitter URL', 'twitterUrl', undefined, 'twitterURL'),
		{
			displayName: 'Unsubscribed',
			name: 'isUnsubscribed',
			type: 'boolean',
			default: false,
			description: 'Whether the customer unsubscribed',
			routing: { send: { type: 'body', property: 'isUnsubscribed', value: '={{ $value === true ? "Y" : "N" }}' } },
		},
		// the doc's table spells it waytoContact (the lead object: wayToContact)
		{ ...text('Way to Contact', 'wayToContact', 'Preferred way to contact the customer', 'waytoContact'), placeholder: 'e.g. Email' },
		text('Website', 'website'),
	]),
	...simplifyProperties('lead', ['create', 'getAll']),
];
