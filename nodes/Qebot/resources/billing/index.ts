import type { INodeProperties } from 'n8n-workflow';

import { cardNumber, checkFields, idInUrl } from '../../../shared/checks';
import { handleApiResponse, handleApiResponseHiding } from '../../../shared/errors';
import { resourceLocator } from '../../../shared/locator';
import {
	billingAddressProperties,
	cardNumberAt,
	cardTypeOptions,
	countryCodeAt,
	cvvAt,
	expiryMonthOptions,
	listProperties,
	listRouting,
	notEmptied,
	numbersAt,
	somethingToUpdate,
	tidyBody,
	toBody,
	wholeNumberAt,
} from '../../common';
import { records } from '../../transport';

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
			placeholder: 'USD',
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

export const billingFields: INodeProperties[] = [
	resourceLocator({
		name: 'billingId',
		displayName: 'Billing Record',
		searchListMethod: 'searchBillings',
		show: show('get', 'update', 'delete'),
		description: 'The card on file: pick it from the list, or give its numeric ID',
	}),
	...listProperties('billing'),
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
	{
		displayName: 'Additional Fields',
		name: 'billingFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: create,
		options: billingOptions,
	},
	{
		displayName: 'Update Fields',
		name: 'billingUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update') },
		options: [
			...billingOptions,
			toBody(cardNumberProperty, 'card_number'),
			toBody(expiryMonthProperty, 'expiry_month'),
			toBody(expiryYearProperty, 'expiry_year'),
			toBody({ displayName: 'First Name', name: 'firstName', type: 'string', default: '' }, 'first_name'),
			toBody({ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' }, 'last_name'),
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

const checkInput = checkFields(billingFields);
const checkBillingId = idInUrl('billingId', 'Billing Record');
const billingUrl = '/billings/{{billingId}}';

/** Card rules on the body the fields built: never quoting a card number or CVV. */
const cardRules = [
	tidyBody,
	cvvAt('cvv'),
	countryCodeAt('country', 'Country'),
	numbersAt('expiry_month'),
	wholeNumberAt('expiry_year', 'Expiry Year', 2000, 2200),
];

/** Errors of the operations that send card data leave without the card number and CVV typed. */
const hidingCardData = handleApiResponseHiding(
	'billingCardNumber',
	'billingFields.cvv',
	'billingUpdateFields.cardNumber',
	'billingUpdateFields.cvv',
);

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
				action: 'Create a billing record',
				description: 'Store a credit card on file; returns the record with only the first six and last four digits',
				routing: {
					request: { method: 'POST', url: '/billings' },
					send: { preSend: [checkInput, cardNumber('billingCardNumber', 'Card Number'), ...cardRules] },
					output: { postReceive: [hidingCardData, records('billings')] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a billing record',
				description: 'Delete a card on file by ID; returns {"success": true}',
				routing: {
					request: { method: 'DELETE', url: billingUrl },
					send: { preSend: [checkInput, checkBillingId] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a billing record',
				description: 'Get one card on file by ID (holder, card type, last four digits, expiry, address)',
				routing: {
					request: { method: 'GET', url: billingUrl },
					send: { preSend: [checkInput, checkBillingId] },
					output: { postReceive: [handleApiResponse, records('billings')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many billing records',
				description: 'List the cards on file, one item per billing record',
				routing: {
					...listRouting('/billings', checkInput),
					output: { postReceive: [handleApiResponse, records('billings')] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a billing record',
				description: 'Change only the fields you set (PATCH); returns the updated billing record',
				routing: {
					request: { method: 'PATCH', url: billingUrl },
					send: {
						preSend: [
							checkInput,
							checkBillingId,
							cardNumberAt('card_number'),
							notEmptied({ first_name: 'First Name', last_name: 'Last Name' }),
							...cardRules,
							somethingToUpdate(),
						],
					},
					output: { postReceive: [hidingCardData, records('billings')] },
				},
			},
		],
	},
];
