import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, numericId, parameterValue, validate } from '../../../shared/validation';
import { cardSecrets, handleApiResponseRedacting, limitResults, recordLocator, requiredString, unwrap } from '../../GenericFunctions';
import { billingAddressOptions, checkCardNumber, checkCvv, checkExpiry } from '../billing';

const resource = ['purchase'];
const show = (...operation: string[]) => ({ resource, operation });
const newCard = { resource, operation: ['create'], payWith: ['card'] };

function purchaseSecrets(context: IExecuteSingleFunctions): string[] {
	if (context.getNodeParameter('payWith', 'billing') !== 'card') return [];
	return cardSecrets(context.getNodeParameter('cardNumber', ''), context.getNodeParameter('cvv', ''));
}

async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	let billing: IDataObject;
	if (this.getNodeParameter('payWith') === 'card') {
		const cvv = String(this.getNodeParameter('cvv', '') ?? '').trim();
		const address = this.getNodeParameter('billingAddress', {}) as IDataObject;
		if (typeof address.country === 'string' && address.country && !/^[A-Za-z]{2}$/.test(address.country.trim())) {
			throw invalidField(this, 'Billing Address › Country', `"${address.country}" is not a two-letter code`);
		}
		billing = compact({
			card_number: checkCardNumber(this, this.getNodeParameter('cardNumber', ''), 'Card Number'),
			// the doc's table spells these billing.exipry_month / exipry_year; the billing object says expiry_
			...checkExpiry(this, this.getNodeParameter('expiryMonth'), this.getNodeParameter('expiryYear')),
			cvv: cvv ? checkCvv(this, cvv, 'CVV') : undefined,
			...address,
			country: typeof address.country === 'string' ? address.country.trim().toUpperCase() : undefined,
		});
	} else {
		const id = parameterValue(this, 'billingId');
		if (!/^\d+$/.test(String(id ?? '').trim())) throw invalidField(this, 'Billing', `"${String(id ?? '')}" is not a numeric ID`);
		// billing[id] in the doc's example; its table types it as a string
		billing = { id: String(id).trim() };
	}
	request.body = compact({
		// the doc types tool_id as a string and business_id as a number
		tool_id: String(parameterValue(this, 'toolId')).trim(),
		first_name: requiredString(this, 'firstName', 'First Name'),
		last_name: requiredString(this, 'lastName', 'Last Name'),
		business_id: Number(parameterValue(this, 'businessId')),
		prorate: extra.prorate as boolean | undefined,
		billing,
	});
	return request;
}

export const purchaseOperations: INodeProperties[] = [
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
				action: 'Create a purchase',
				description: 'Charge a card for a tool subscription of a business',
				routing: {
					request: { method: 'POST', url: '/purchases' },
					send: { preSend: [validate(numericId('toolId', 'Tool'), numericId('businessId', 'Business')), createBody] },
					output: { postReceive: [handleApiResponseRedacting(purchaseSecrets), unwrap('purchases')] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a purchase',
				routing: {
					request: { method: 'GET', url: '=/purchases/{{String($parameter.purchaseId).trim()}}' },
					send: { preSend: [validate(numericId('purchaseId', 'Purchase ID'))] },
					output: { postReceive: [handleApiResponse, unwrap('purchases')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many purchases',
				routing: {
					request: { method: 'GET', url: '/purchases' },
					output: { postReceive: [handleApiResponse, unwrap('purchases'), limitResults] },
				},
			},
		],
	},
];

export const purchaseFields: INodeProperties[] = [
	{
		displayName: 'Purchase ID',
		name: 'purchaseId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 12',
		displayOptions: { show: show('get') },
	},
	...listFields('purchase', 'getAll'),
	recordLocator({
		name: 'toolId',
		displayName: 'Tool',
		searchMethod: 'searchTools',
		show: show('create'),
		description: 'The tool to subscribe to',
	}),
	recordLocator({
		name: 'businessId',
		displayName: 'Business',
		searchMethod: 'searchBusinesses',
		show: show('create'),
		description: 'The business making the purchase',
	}),
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		required: true,
		default: '',
		description: 'First name of the user on the subscription account',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		required: true,
		default: '',
		description: 'Last name of the user on the subscription account',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Pay With',
		name: 'payWith',
		// it decides which fields are shown, so it cannot come from an expression
		noDataExpression: true,
		type: 'options',
		options: [
			{ name: 'Billing Info on File', value: 'billing' },
			{ name: 'New Card', value: 'card' },
		],
		default: 'billing',
		displayOptions: { show: show('create') },
	},
	recordLocator({
		name: 'billingId',
		displayName: 'Billing',
		searchMethod: 'searchBillings',
		show: { resource, operation: ['create'], payWith: ['billing'] },
		description: 'The card on file to charge',
	}),
	{
		displayName: 'Card Number',
		name: 'cardNumber',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'Credit card number; spaces and dashes are accepted',
		displayOptions: { show: newCard },
	},
	{
		displayName: 'Expiry Month',
		name: 'expiryMonth',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 12 },
		required: true,
		default: 1,
		displayOptions: { show: newCard },
	},
	{
		displayName: 'Expiry Year',
		name: 'expiryYear',
		type: 'number',
		required: true,
		default: 2030,
		description: 'Four-digit year, e.g. 2030',
		displayOptions: { show: newCard },
	},
	{
		displayName: 'CVV',
		name: 'cvv',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Security code, 3 or 4 digits (strongly recommended)',
		displayOptions: { show: newCard },
	},
	{
		displayName: 'Billing Address',
		name: 'billingAddress',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: newCard },
		options: billingAddressOptions,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Prorate',
				name: 'prorate',
				type: 'boolean',
				default: false,
				description: 'Whether to bypass the 60-second limit between two subscriptions',
			},
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(purchaseOperations, purchaseFields);
