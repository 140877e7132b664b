import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { invalidField } from '../shared/checks';
import { pruneEmpty } from '../shared/objects';
import { listFields, retriedList } from '../shared/pagination';
import { CARD_TYPES, CATEGORIES, COUNTRIES, US_STATES } from './referenceData';

/* What two or more Qebot resources share: field definitions, body rules and list fields. */

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
export function tidyBodyKeeping(...verbatim: string[]): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (request.body && typeof request.body === 'object') request.body = pruneEmpty(request.body, { trim: true, verbatim }) as IDataObject;
		return request;
	};
}

export const tidyBody = tidyBodyKeeping();

/** Reads `a.b` or `rows[].c` (every row) of the body. */
function valuesAt(body: IDataObject, path: string): Array<{ holder: IDataObject; key: string; index?: number }> {
	const [head, ...rest] = path.split('.');
	const list = head.endsWith('[]');
	const key = list ? head.slice(0, -2) : head;
	if (rest.length === 0) return key in body ? [{ holder: body, key }] : [];
	const next = body[key];
	if (list) {
		if (!Array.isArray(next)) return [];
		return (next as IDataObject[]).flatMap((row, index) =>
			row && typeof row === 'object' ? valuesAt(row, rest.join('.')).map((found) => ({ ...found, index })) : [],
		);
	}
	return next && typeof next === 'object' ? valuesAt(next as IDataObject, rest.join('.')) : [];
}

/**
 * Numbers sent as numbers, as the doc types them: a dropdown or number field given by expression
 * may give text ("5"); the field check already made sure it is one of the choices or a number.
 */
export function numbersAt(...paths: string[]): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const body = (request.body ?? {}) as IDataObject;
		for (const path of paths) {
			for (const { holder, key } of valuesAt(body, path)) {
				const value = holder[key];
				if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) holder[key] = Number(value);
			}
		}
		return request;
	};
}

/** A whole number in a range at `path` of the body (a year typed as text), sent as a number. */
export function wholeNumberAt(path: string, label: string, min: number, max: number): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const { holder, key } of valuesAt((request.body ?? {}) as IDataObject, path)) {
			const value = holder[key];
			const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
			if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
				throw invalidField(this, label, `"${String(value ?? '')}" is not a whole number from ${min} to ${max}`);
			}
			holder[key] = number;
		}
		return request;
	};
}

/** Fields of an update that may be left out but not emptied (Qebot refuses an empty name). */
export function notEmptied(fields: Record<string, string>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const body = (request.body ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(fields)) {
			if (key in body && (body[key] === null || String(body[key]).trim() === '')) {
				throw invalidField(this, label, 'it cannot be empty; remove the field to keep the current value');
			}
		}
		return request;
	};
}

/** An update sends only what the user set: at least one field. Runs after tidyBody. */
export function somethingToUpdate(label = 'Update Fields'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		if (Object.keys((request.body ?? {}) as IDataObject).length === 0) throw invalidField(this, label, 'set at least one field to update');
		return request;
	};
}

/** A CVV, when set, has 3 or 4 digits; never quoted. */
export function cvvAt(path: string, label = 'CVV'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const { holder, key } of valuesAt((request.body ?? {}) as IDataObject, path)) {
			if (!/^\d{3,4}$/.test(String(holder[key] ?? '').trim())) throw invalidField(this, label, 'a security code has 3 or 4 digits');
		}
		return request;
	};
}

/** A country, when set, is a two-letter code, sent upper case. */
export function countryCodeAt(path: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const { holder, key } of valuesAt((request.body ?? {}) as IDataObject, path)) {
			const text = String(holder[key] ?? '').trim();
			if (!/^[A-Za-z]{2}$/.test(text)) throw invalidField(this, label, `"${text}" is not a two-letter code`);
			holder[key] = text.toUpperCase();
		}
		return request;
	};
}

/* ---------------------------------------------------------------- shared field definitions */

/** The month of a card's expiry: required, no default (the user must choose it). */
export const expiryMonthOptions = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
].map((name, index) => ({ name: `${String(index + 1).padStart(2, '0')} - ${name}`, value: index + 1 }));

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
			{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'US', description: 'Two-letter ISO country code' },
			`${prefix}country`,
		),
		toBody({ displayName: 'State', name: 'state', type: 'string', default: '', placeholder: 'CA' }, `${prefix}state`),
		toBody({ displayName: 'Zip', name: 'zip', type: 'string', default: '', description: 'Zip or postal code' }, `${prefix}zip`),
	];
}

export const cardTypeOptions = CARD_TYPES;

/* ---------------------------------------------------------------- lists */

/**
 * The routing of a Get Many: one request (Qebot lists are unpaginated), retried on a rate limit or
 * a brief outage as the operation's List Options say.
 */
export function listRouting(url: string, check: PreSendAction): INodeProperties['routing'] & object {
	return {
		request: { method: 'GET', url },
		send: { paginate: true, preSend: [check] },
		operations: { pagination: retriedList },
	};
}

/**
 * Return All / Limit of a list operation. Qebot lists are unpaginated (one call returns every
 * record), so Limit is n8n's own `maxResults`, applied to the records the operation output.
 */
export function listProperties(resource: string): INodeProperties[] {
	return listFields(resource, 'getAll', undefined, { paged: false }).map((property) =>
		property.name === 'limit' ? { ...property, routing: { output: { maxResults: '={{$value}}' } } } : property,
	);
}

/*
 * Checks of a value in the body, for fields that may be absent (a collection entry, a field hidden
 * by Pay With): shared/checks reads the parameter, which fails for a path that is not set.
 */

/** A card number, when present: 12 to 19 digits (spaces and dashes allowed); never quoted. */
export function cardNumberAt(path: string, label = 'Card Number'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const { holder, key } of valuesAt((request.body ?? {}) as IDataObject, path)) {
			if (!/^\d{12,19}$/.test(String(holder[key] ?? '').replace(/[\s-]/g, '')))
				throw invalidField(this, label, 'a card number has 12 to 19 digits (spaces and dashes are accepted)');
		}
		return request;
	};
}

/** An e-mail address, when present. */
export function emailAt(path: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		for (const { holder, key } of valuesAt((request.body ?? {}) as IDataObject, path)) {
			const value = holder[key];
			if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(value.trim())) throw invalidField(this, label, `"${String(value)}" is not an email address`);
		}
		return request;
	};
}
