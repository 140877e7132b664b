import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, numericId, validate } from '../../../shared/validation';
import {
	cardSecrets,
	checkInteger,
	handleApiResponseRedacting,
	limitResults,
	recordLocator,
	requiredString,
	unwrap,
} from '../../GenericFunctions';
import { CARD_TYPES } from '../../referenceData';

const resource = ['billing'];
const show = (...operation: string[]) => ({ resource, operation });

/* Card checks never quote the value: a card number or CVV must not reach an error message. */

export function checkCardNumber(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	const digits = text.replace(/[\s-]/g, '');
	if (!/^\d{12,19}$/.test(digits)) throw invalidField(context, field, 'a card number has 12 to 19 digits (spaces and dashes are accepted)');
	return text;
}

export function checkCvv(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	if (!/^\d{3,4}$/.test(text)) throw invalidField(context, field, 'a security code has 3 or 4 digits');
	return text;
}

export function checkExpiry(context: IExecuteSingleFunctions, month: unknown, year: unknown, label = '') {
	return {
		expiry_month: checkInteger(context, month, `${label}Expiry Month`, 1, 12),
		expiry_year: checkInteger(context, year, `${label}Expiry Year`, 2000, 2200),
	};
}

/** Billing address fields, shared with a purchase's new card. */
export const billingAddressOptions: INodeProperties[] = [
	{ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'Address line 1' },
	{ displayName: 'Address 2', name: 'address2', type: 'string', default: '', description: 'Address line 2' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		placeholder: 'US',
		description: 'Two-letter ISO country code',
	},
	{ displayName: 'State', name: 'state', type: 'string', default: '', placeholder: 'CA' },
	{ displayName: 'Zip', name: 'zip', type: 'string', default: '', description: 'Zip or postal code' },
];

const cardNumberField: INodeProperties = {
	displayName: 'Card Number',
	name: 'card_number',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'Credit card number; spaces and dashes are accepted',
};

export const cvvField: INodeProperties = {
	displayName: 'CVV',
	name: 'cvv',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'Security code, 3 or 4 digits (strongly recommended)',
};

const billingOptions: INodeProperties[] = [
	...billingAddressOptions,
	{
		displayName: 'Card Type',
		name: 'card_type',
		type: 'options',
		options: CARD_TYPES,
		default: 'Visa',
	},
	{ displayName: 'Company', name: 'company', type: 'string', default: '' },
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'USD',
		description: 'Currency of the invoices, only for a plan in another currency than the site\'s default',
	},
	cvvField,
	{ displayName: 'First Six Digits', name: 'first_six', type: 'string', default: '' },
	{
		displayName: 'IP Address',
		name: 'ip_address',
		type: 'string',
		default: '',
		description: 'The customer\'s IPv4 address when they update their billing information (strongly recommended)',
	},
	{ displayName: 'Last Four Digits', name: 'last_four', type: 'string', default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Phone number, up to 10 digits' },
	{ displayName: 'VAT Number', name: 'vat_number', type: 'string', default: '' },
];

/** The optional billing fields as the API names them (digits as numbers, as documented). */
function billingExtras(context: IExecuteSingleFunctions, fields: IDataObject): IDataObject {
	const body: IDataObject = { ...fields };
	for (const key of ['first_six', 'last_four']) {
		if (body[key] === undefined || body[key] === '') continue;
		const digits = String(body[key]).trim();
		const length = key === 'first_six' ? 6 : 4;
		if (!new RegExp(`^\\d{${length}}$`).test(digits)) {
			throw invalidField(context, key === 'first_six' ? 'First Six Digits' : 'Last Four Digits', `give exactly ${length} digits`);
		}
		body[key] = digits;
	}
	if (body.cvv !== undefined && body.cvv !== '') body.cvv = checkCvv(context, body.cvv, 'CVV');
	if (typeof body.country === 'string' && body.country) {
		if (!/^[A-Za-z]{2}$/.test(body.country.trim())) throw invalidField(context, 'Country', `"${body.country}" is not a two-letter code`);
		body.country = body.country.trim().toUpperCase();
	}
	return compact(body);
}

/** What must never be echoed: the card number and CVV of this item, in either field set. */
function billingSecrets(context: IExecuteSingleFunctions): string[] {
	const operation = context.getNodeParameter('operation') as string;
	const fields = context.getNodeParameter(operation === 'create' ? 'additionalFields' : 'updateFields', {}) as IDataObject;
	const cardNumber = operation === 'create' ? context.getNodeParameter('cardNumber', '') : fields.card_number;
	return cardSecrets(cardNumber, fields.cvv);
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	request.body = {
		first_name: requiredString(this, 'firstName', 'First Name'),
		last_name: requiredString(this, 'lastName', 'Last Name'),
		card_number: checkCardNumber(this, this.getNodeParameter('cardNumber', ''), 'Card Number'),
		...checkExpiry(this, this.getNodeParameter('expiryMonth'), this.getNodeParameter('expiryYear')),
		...billingExtras(this, extra),
	};
	return request;
}

async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const fields = { ...(this.getNodeParameter('updateFields', {}) as IDataObject) };
	for (const [key, label] of [['first_name', 'First Name'], ['last_name', 'Last Name']]) {
		if (fields[key] !== undefined && String(fields[key]).trim() === '') {
			throw invalidField(this, label, 'it cannot be empty; remove the field to keep the current value');
		}
	}
	if (fields.card_number !== undefined) fields.card_number = checkCardNumber(this, fields.card_number, 'Card Number');
	if (fields.expiry_month !== undefined) fields.expiry_month = checkInteger(this, fields.expiry_month, 'Expiry Month', 1, 12);
	if (fields.expiry_year !== undefined) fields.expiry_year = checkInteger(this, fields.expiry_year, 'Expiry Year', 2000, 2200);
	const body = billingExtras(this, fields);
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

const checkBillingId = numericId('billingId', 'Billing');
const billingUrl = '=/billings/{{$parameter.billingId}}';
const redacting = handleApiResponseRedacting(billingSecrets);

export const billingOperations: INodeProperties[] = [
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
				action: 'Create billing info',
				description: 'Store a credit card on file',
				routing: {
					request: { method: 'POST', url: '/billings' },
					send: { preSend: [createBody] },
					output: { postReceive: [redacting, unwrap('billings')] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete billing info',
				routing: {
					request: { method: 'DELETE', url: billingUrl },
					send: { preSend: [validate(checkBillingId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get billing info',
				routing: {
					request: { method: 'GET', url: billingUrl },
					send: { preSend: [validate(checkBillingId)] },
					output: { postReceive: [handleApiResponse, unwrap('billings')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many billing infos',
				routing: {
					request: { method: 'GET', url: '/billings' },
					output: { postReceive: [handleApiResponse, unwrap('billings'), limitResults] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update billing info',
				description: 'Change only the fields you set (PATCH)',
				routing: {
					request: { method: 'PATCH', url: billingUrl },
					send: { preSend: [validate(checkBillingId), updateBody] },
					output: { postReceive: [redacting, unwrap('billings')] },
				},
			},
		],
	},
];

export const billingFields: INodeProperties[] = [
	recordLocator({ name: 'billingId', displayName: 'Billing', searchMethod: 'searchBillings', show: show('get', 'update', 'delete') }),
	...listFields('billing', 'getAll'),
	{ displayName: 'First Name', name: 'firstName', type: 'string', required: true, default: '', displayOptions: { show: show('create') } },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', required: true, default: '', displayOptions: { show: show('create') } },
	{ ...cardNumberField, name: 'cardNumber', required: true, displayOptions: { show: show('create') } },
	{
		displayName: 'Expiry Month',
		name: 'expiryMonth',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 12 },
		required: true,
		default: 1,
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Expiry Year',
		name: 'expiryYear',
		type: 'number',
		required: true,
		default: 2030,
		description: 'Four-digit year, e.g. 2030',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: billingOptions,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: ([
			...billingOptions,
			cardNumberField,
			{ displayName: 'Expiry Month', name: 'expiry_month', type: 'number', typeOptions: { minValue: 1, maxValue: 12 }, default: 1 },
			{ displayName: 'Expiry Year', name: 'expiry_year', type: 'number', default: 2030 },
			{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
		] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(billingOperations, billingFields);
