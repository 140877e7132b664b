import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl, numericId } from '../../../shared/checks';
import { handleApiResponse, handleApiResponseHiding } from '../../../shared/errors';
import { resourceLocator } from '../../../shared/locator';
import {
	billingAddressProperties,
	cardNumberAt,
	countryCodeAt,
	cvvAt,
	expiryMonthOptions,
	listProperties,
	listRouting,
	numbersAt,
	tidyBody,
	wholeNumberAt,
} from '../../common';
import { records } from '../../transport';

const resource = ['purchase'];
const show = (...operation: string[]) => ({ resource, operation });
const create = { show: show('create') };
const newCard = { show: { resource, operation: ['create'], payWith: ['card'] } };
const body = (property: string) => ({ send: { type: 'body' as const, property } });

export const purchaseFields: INodeProperties[] = [
	resourceLocator({
		name: 'purchaseId',
		displayName: 'Purchase',
		searchListMethod: 'searchPurchases',
		show: show('get'),
		description: 'The purchase (tool subscription): pick it from the list, or give its numeric ID',
	}),
	...listProperties('purchase'),
	resourceLocator({
		name: 'purchaseToolId',
		displayName: 'Tool',
		searchListMethod: 'searchTools',
		show: show('create'),
		description: 'The tool to subscribe to: pick it, or give its numeric ID',
		routing: body('tool_id'),
	}),
	resourceLocator({
		name: 'purchaseBusinessId',
		displayName: 'Business',
		searchListMethod: 'searchBusinesses',
		show: show('create'),
		description: 'The business making the purchase: pick it, or give its numeric ID',
		routing: body('business_id'),
	}),
	{
		displayName: 'First Name',
		name: 'purchaseFirstName',
		type: 'string',
		required: true,
		default: '',
		description: 'First name of the user on the subscription account',
		displayOptions: create,
		routing: body('first_name'),
	},
	{
		displayName: 'Last Name',
		name: 'purchaseLastName',
		type: 'string',
		required: true,
		default: '',
		description: 'Last name of the user on the subscription account',
		displayOptions: create,
		routing: body('last_name'),
	},
	{
		displayName: 'Pay With',
		name: 'payWith',
		// it decides which fields are shown, so it cannot come from an expression
		noDataExpression: true,
		type: 'options',
		options: [
			{ name: 'Billing Record on File', value: 'billing' },
			{ name: 'New Card', value: 'card' },
		],
		default: 'billing',
		displayOptions: create,
	},
	resourceLocator({
		name: 'purchaseBillingId',
		displayName: 'Billing Record',
		searchListMethod: 'searchBillings',
		show: { resource, operation: ['create'], payWith: ['billing'] },
		description: 'The card on file to charge: pick it, or give its numeric ID',
		// billing[id] in the doc's example
		routing: body('billing.id'),
	}),
	{
		displayName: 'Card Number',
		name: 'purchaseCardNumber',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'Credit card number; spaces and dashes are accepted',
		displayOptions: newCard,
		routing: body('billing.card_number'),
	},
	{
		displayName: 'Expiry Month',
		name: 'purchaseExpiryMonth',
		type: 'options',
		options: expiryMonthOptions,
		required: true,
		default: '',
		description: 'Month the card expires',
		displayOptions: newCard,
		// the doc's table spells these billing.exipry_month / exipry_year; the billing object says expiry_
		routing: body('billing.expiry_month'),
	},
	{
		displayName: 'Expiry Year',
		name: 'purchaseExpiryYear',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2030',
		description: 'Four-digit year the card expires',
		displayOptions: newCard,
		routing: body('billing.expiry_year'),
	},
	{
		displayName: 'CVV',
		name: 'purchaseCvv',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Security code, 3 or 4 digits (strongly recommended)',
		displayOptions: newCard,
		routing: body('billing.cvv'),
	},
	{
		displayName: 'Billing Address',
		name: 'purchaseBillingAddress',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: newCard,
		options: billingAddressProperties('billing.'),
	},
	{
		displayName: 'Additional Fields',
		name: 'purchaseFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: create,
		options: [
			{
				displayName: 'Prorate',
				name: 'prorate',
				type: 'boolean',
				default: false,
				description: 'Whether to bypass the 60-second limit between two subscriptions',
				routing: body('prorate'),
			},
		],
	},
];

/** The doc types tool_id and billing.id as strings (business_id as a number). */
async function idsAsDocumented(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const data = request.body as IDataObject;
	if (data.tool_id !== undefined) data.tool_id = String(data.tool_id);
	const billing = data.billing as IDataObject | undefined;
	if (billing?.id !== undefined) billing.id = String(billing.id);
	return request;
}

const checkInput = checkFields(purchaseFields);

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
				description: 'Charge a card (on file or new) for a tool subscription of a business; returns the purchase',
				routing: {
					request: { method: 'POST', url: '/purchases' },
					send: {
						preSend: [
							checkInput,
							numericId('purchaseToolId', 'Tool'),
							numericId('purchaseBusinessId', 'Business'),
							cardNumberAt('billing.card_number'),
							tidyBody,
							numbersAt('business_id', 'billing.expiry_month'),
							wholeNumberAt('billing.expiry_year', 'Expiry Year', 2000, 2200),
							cvvAt('billing.cvv'),
							countryCodeAt('billing.country', 'Billing Address › Country'),
							idsAsDocumented,
						],
					},
					output: { postReceive: [handleApiResponseHiding('purchaseCardNumber', 'purchaseCvv'), records('purchases')] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a purchase',
				description: 'Get one purchase by ID, with its brand, business, tool and user',
				routing: {
					request: { method: 'GET', url: '/purchases/{{purchaseId}}' },
					send: { preSend: [checkInput, idInUrl('purchaseId', 'Purchase')] },
					output: { postReceive: [handleApiResponse, records('purchases')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many purchases',
				description: 'List the purchases (tool subscriptions), one item per purchase',
				routing: {
					...listRouting('/purchases', checkInput),
					output: { postReceive: [handleApiResponse, records('purchases')] },
				},
			},
		],
	},
];
