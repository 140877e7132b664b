import type { INodeProperties } from 'n8n-workflow';

import { alphabetically, collection } from '../../../shared/fields';
import { cardNumberAt, countryCodeAt, cvvAt, notEmptied, numbersAt, somethingToUpdate, wholeNumberAt } from '../../../shared/bodyRules';
import { cardNumber } from '../../../shared/checks';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { simplified, simplifyProperties } from '../../../shared/simplify';
import { billingAddressProperties, cardTypeOptions, expiryMonthOptions, tidyBody, toBody } from '../../common';
import { simplifyBilling } from '../../output';
import { qebot } from '../../transport';

const resource = ['billing'];
const show = (...operation: string[]) => ({ resource, operation });

const cardNumberProperty: INodeProperties = {
	displayName: 'Card Number',
	name: 'cardNumber',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'Credit card number; spaces and dashes are accepted',
};
const expiryMonthProperty: INodeProperties = {
	displayName: 'Expiry Month',
	name: 'expiryMonth',
	type: 'options',
	options: expiryMonthOptions,
	default: '',
	description: 'Month the card expires',
};
const expiryYearProperty: INodeProperties = {
	displayName: 'Expiry Year',
	name: 'expiryYear',
	type: 'string',
	default: '',
	placeholder: 'e.g. 2030',
	description: 'Four-digit year the card expires',
};

/**
 * The optional fields of a billing record, as the API names them. First six and last four
 * digits are not offered: Qebot derives them from the card number.
 */
const billingOptions: INodeProperties[] = [
	...billingAddressProperties(),
	toBody({ displayName: 'Card Type', name: 'cardType', type: 'options', options: cardTypeOptions, default: 'Visa' }, 'card_type'),
	toBody({ displayName: 'Company', name: 'company', type: 'string', default: '' }, 'company'),
	toBody(
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			placeholder: 'e.g. USD',
			description: 'Currency of the invoices, only for a plan in another currency than the site\'s default',
		},
		'currency',
	),
	toBody(
		{
			displayName: 'CVV',
			name: 'cvv',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Security code, 3 or 4 digits (strongly recommended)',
		},
		'cvv',
	),
	toBody(
		{
			displayName: 'IP Address',
			name: 'ipAddress',
			type: 'string',
			default: '',
			description: 'The customer\'s IPv4 address when they update their billing information (strongly recommended)',
		},
		'ip_address',
	),
	toBody({ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Phone number, up to 10 digits' }, 'phone'),
	toBody({ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '' }, 'vat_number'),
];

const create = { show: show('create') };

/** Collection entries in the order n8n lists them: alphabetical by what the user reads. */
const byDisplayName = (a: INodeProperties, b: INodeProperties) => alphabetically(a.displayName, b.displayName);

export const billingFields: INodeProperties[] = [
	resourceLocator({
		name: 'billingId',
		displayName: 'Billing Record',
		searchListMethod: 'searchBillings',
		show: show('get', 'update', 'delete'),
		description: 'The card on file: pick it from the list, or give its numeric ID',
	}),
	...listProperties('billing', { paged: false }),
	{
		...toBody({ displayName: 'First Name', name: 'billingFirstName', type: 'string', default: '' }, 'first_name'),
		required: true,
		description: 'First name of the card holder',
		displayOptions: create,
	},
	{
		...toBody({ displayName: 'Last Name', name: 'billingLastName', type: 'string', default: '' }, 'last_name'),
		required: true,
		description: 'Last name of the card holder',
		displayOptions: create,
	},
	{ ...toBody(cardNumberProperty, 'card_number'), name: 'billingCardNumber', required: true, displayOptions: create },
	{ ...toBody(expiryMonthProperty, 'expiry_month'), name: 'billingExpiryMonth', required: true, displayOptions: create },
	{ ...toBody(expiryYearProperty, 'expiry_year'), name: 'billingExpiryYear', required: true, displayOptions: create },
	collection('Additional Fields', 'billingFields', create, [...billingOptions].sort(byDisplayName)),
	collection('Update Fields', 'billingUpdateFields', { show: show('update') }, [
		...billingOptions,
		toBody(cardNumberProperty, 'card_number'),
		toBody(expiryMonthProperty, 'expiry_month'),
		toBody(expiryYearProperty, 'expiry_year'),
		toBody({ displayName: 'First Name', name: 'firstName', type: 'string', default: '' }, 'first_name'),
		toBody({ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' }, 'last_name'),
	].sort(byDisplayName)),
	...simplifyProperties('billing', ['get', 'getAll']),
];

/** Card rules on the body the fields built: never quoting a card number or CVV. */
const cardRules = [
	tidyBody,
	cvvAt('cvv'),
	countryCodeAt('country', 'Country'),
	numbersAt('expiry_month'),
	wholeNumberAt('expiry_year', 'Expiry Year', 2000, 2200),
];

/** Errors of the operations that send card data leave without the card number and CVV typed. */
const hide = ['billingCardNumber', 'billingFields.cvv', 'billingUpdateFields.cardNumber', 'billingUpdateFields.cvv'];

const shortBillings = simplified('billing', simplifyBilling);

export const billingOperations = operationsProperty(qebot, {
	resource: 'billing', fields: billingFields, default: 'getAll',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/billings', root: 'billings', hide,
			checks: [cardNumber('billingCardNumber', 'Card Number')], bodyRule: cardRules,
			action: 'Create a billing record', description: 'Store a credit card on file; returns the record with only the first six and last four digits' },
		{ value: 'delete', name: 'Delete', method: 'DELETE', path: '/billings/{billingId}',
			action: 'Delete a billing record', description: 'Delete a card on file by ID' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/billings/{billingId}', root: 'billings', shape: [shortBillings],
			action: 'Get a billing record', description: 'Get one card on file by ID (holder, card type, last four digits, expiry, address)' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/billings', list: 'whole', root: 'billings', shape: [shortBillings],
			action: 'Get many billing records', description: 'List the cards on file, one item per billing record' },
		{ value: 'update', name: 'Update', method: 'PATCH', path: '/billings/{billingId}', root: 'billings', hide,
			checks: [cardNumberAt('card_number'), notEmptied({ first_name: 'First Name', last_name: 'Last Name' })],
			bodyRule: [...cardRules, somethingToUpdate()],
			action: 'Update a billing record', description: 'Change only the fields you set; returns the updated billing record' },
	],
});
