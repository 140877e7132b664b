import type { INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { leaveOutEmpty } from '../shared/bodyRules';
import { CARD_TYPES, CATEGORIES, COUNTRIES, US_STATES } from './referenceData';

/* What two or more Qebot resources share: field definitions and the body's tidying (the other body rules are shared/bodyRules.ts). */

export const statusOptions = [
	{ name: 'Active', value: 'active' },
	{ name: 'Inactive', value: 'inactive' },
];

/* ---------------------------------------------------------------- body rules (preSend) */

/**
 * The body as Qebot wants it, whatever way the fields were filled: text trimmed (but passwords),
 * and fields left empty (blank text, empty lists and objects) not sent — an optional field added
 * but not filled means "not set". One rule over every field of the body, after routing placed
 * them. The values at `verbatim` keys (the user's own JSON) are sent as given, only left out when
 * empty.
 */
export const tidyBodyKeeping = (...verbatim: string[]): PreSendAction => leaveOutEmpty({ trim: true, verbatim });

export const tidyBody = tidyBodyKeeping();

/* ---------------------------------------------------------------- shared field definitions */

/**
 * The month of a card's expiry (sent as 1–12). The default is the explicit empty choice "Choose a
 * Month": the user must choose (n8n flags a required dropdown left at '', and the field check
 * refuses it before anything is sent). It comes last: n8n lists the months as they are numbered.
 */
export const expiryMonthOptions: INodePropertyOptions[] = [
	...[
		'January', 'February', 'March', 'April', 'May', 'June',
		'July', 'August', 'September', 'October', 'November', 'December',
	].map((name, index) => ({ name: `${String(index + 1).padStart(2, '0')} - ${name}`, value: index + 1 })),
	{ name: 'Choose a Month', value: '' },
];

/** A business as the API names its fields; brand rows and the business resource share them. */
export const businessProperties = {
	businessName: { displayName: 'Business Name', name: 'businessName', type: 'string', default: '' },
	categoryId: {
		displayName: 'Category',
		name: 'categoryId',
		type: 'options',
		options: CATEGORIES,
		default: '',
		description: 'What the business does (Qebot\'s category list)',
	},
	phone: { displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	fax: { displayName: 'Fax', name: 'fax', type: 'string', default: '' },
	address: { displayName: 'Address', name: 'address', type: 'string', default: '' },
	address2: {
		displayName: 'Address 2',
		name: 'address2',
		type: 'string',
		default: '',
		description: 'Extra address information, e.g. a suite',
	},
	city: { displayName: 'City', name: 'city', type: 'string', default: '' },
	stateId: {
		displayName: 'US State',
		name: 'stateId',
		type: 'options',
		options: [{ name: 'None (Not in the US)', value: '' }, ...US_STATES],
		default: '',
		description: 'State of a United States address',
	},
	stateName: {
		displayName: 'State Name',
		name: 'stateName',
		type: 'string',
		default: '',
		description: 'Name of the state or region, for addresses outside the United States',
	},
	countryId: { displayName: 'Country', name: 'countryId', type: 'options', options: COUNTRIES, default: '' },
	zipCode: { displayName: 'Zip Code', name: 'zipCode', type: 'string', default: '' },
	email: {
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Contact email of the business',
	},
	website: { displayName: 'Website', name: 'website', type: 'string', default: '' },
	status: { displayName: 'Status', name: 'status', type: 'options', options: statusOptions, default: 'active' },
} satisfies Record<string, INodeProperties>;

/** The API's key of each business field (`businessName` → `business_name`). */
export const BUSINESS_KEYS: Record<keyof typeof businessProperties, string> = {
	businessName: 'business_name',
	categoryId: 'category_id',
	phone: 'phone',
	fax: 'fax',
	address: 'address',
	address2: 'address2',
	city: 'city',
	stateId: 'state_id',
	stateName: 'state_name',
	countryId: 'country_id',
	zipCode: 'zipcode',
	email: 'email',
	website: 'website',
	status: 'status',
};

/** A field placed in the body at `property` (dotted), with no conversion. */
export function toBody(property: INodeProperties, bodyProperty: string): INodeProperties {
	return { ...property, routing: { send: { type: 'body', property: bodyProperty } } };
}

/** Billing address fields, for a billing record and a purchase's new card; `prefix` is where they go. */
export function billingAddressProperties(prefix = ''): INodeProperties[] {
	return [
		toBody({ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'Address line 1' }, `${prefix}address`),
		toBody({ displayName: 'Address 2', name: 'address2', type: 'string', default: '', description: 'Address line 2' }, `${prefix}address2`),
		toBody({ displayName: 'City', name: 'city', type: 'string', default: '' }, `${prefix}city`),
		toBody(
			{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. US', description: 'Two-letter ISO country code' },
			`${prefix}country`,
		),
		toBody({ displayName: 'State', name: 'state', type: 'string', default: '', placeholder: 'e.g. CA' }, `${prefix}state`),
		toBody({ displayName: 'Zip Code', name: 'zip', type: 'string', default: '', description: 'Zip or postal code' }, `${prefix}zip`),
	];
}

export const cardTypeOptions = CARD_TYPES;
