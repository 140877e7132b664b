import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { cardNumberAt, countryCodeAt, cvvAt, numbersAt, wholeNumberAt } from '../../../shared/bodyRules';
import { bodyAt, bodyText, collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { simplified, simplifyProperties } from '../../../shared/simplify';
import { billingAddressProperties, expiryMonthOptions, tidyBody } from '../../common';
import { simplifyPurchase } from '../../output';
import { qebot } from '../../transport';

const resource = ['purchase'];
const show = (...operation: string[]) => ({ resource, operation });
const create = { show: show('create') };
const newCard = { show: { resource, operation: ['create'], payWith: ['card'] } };
export const purchaseFields: INodeProperties[] = [
	resourceLocator({
		name: 'purchaseId',
		displayName: 'Purchase',
		searchListMethod: 'searchPurchases',
		show: show('get'),
		description: 'The purchase (tool subscription): pick it from the list, or give its numeric ID',
	}),
	...listProperties('purchase', { paged: false }),
	resourceLocator({
		name: 'purchaseToolId',
		displayName: 'Tool',
		searchListMethod: 'searchTools',
		show: show('create'),
		description: 'The tool to subscribe to: pick it, or give its numeric ID',
	}),
	resourceLocator({
		name: 'purchaseBusinessId',
		displayName: 'Business',
		searchListMethod: 'searchBusinesses',
		show: show('create'),
		description: 'The business making the purchase: pick it, or give its numeric ID',
	}),
	bodyText('First Name', 'purchaseFirstName', 'first_name', { required: true, description: 'First name of the user on the subscription account', displayOptions: create }),
	bodyText('Last Name', 'purchaseLastName', 'last_name', { required: true, description: 'Last name of the user on the subscription account', displayOptions: create }),
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
		routing: bodyAt('billing.id'),
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
		routing: bodyAt('billing.card_number'),
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
		routing: bodyAt('billing.expiry_month'),
	},
	bodyText('Expiry Year', 'purchaseExpiryYear', 'billing.expiry_year', { required: true, placeholder: 'e.g. 2030', description: 'Four-digit year the card expires', displayOptions: newCard }),
	{
		displayName: 'CVV',
		name: 'purchaseCvv',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Security code, 3 or 4 digits (strongly recommended)',
		displayOptions: newCard,
		routing: bodyAt('billing.cvv'),
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
	collection('Additional Fields', 'purchaseFields', create, [
		{
			displayName: 'Prorate',
			name: 'prorate',
			type: 'boolean',
			default: false,
			description: 'Whether to bypass the 60-second limit between two subscriptions',
			routing: bodyAt('prorate'),
		},
	]),
	...simplifyProperties('purchase', ['get', 'getAll']),
];

/** The doc types tool_id and billing.id as strings (business_id as a number, as the builder puts it). */
async function idsAsDocumented(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const data = request.body as IDataObject;
	if (data.tool_id !== undefined) data.tool_id = String(data.tool_id);
	const billing = data.billing as IDataObject | undefined;
	if (billing?.id !== undefined) billing.id = String(billing.id);
	return request;
}

const shortPurchases = simplified('purchase', simplifyPurchase);

export const purchaseOperations = operationsProperty(qebot, {
	resource: 'purchase', fields: purchaseFields, default: 'getAll',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/purchases',
			bodyIds: { purchaseToolId: 'tool_id', purchaseBusinessId: 'business_id' }, root: 'purchases',
			hide: ['purchaseCardNumber', 'purchaseCvv'], checks: [cardNumberAt('billing.card_number')],
			bodyRule: [tidyBody, numbersAt('billing.expiry_month'), wholeNumberAt('billing.expiry_year', 'Expiry Year', 2000, 2200), cvvAt('billing.cvv'), countryCodeAt('billing.country', 'Billing Address › Country'), idsAsDocumented],
			action: 'Create a purchase', description: 'Charge a card (on file or new) for a tool subscription of a business; returns the purchase' },
		{ value: 'get', name: 'Get', method: 'GET', path: '/purchases/{purchaseId}', root: 'purchases', shape: [shortPurchases],
			action: 'Get a purchase', description: 'Get one purchase by ID, with its brand, business, tool and user' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/purchases', list: 'whole', root: 'purchases', shape: [shortPurchases],
			action: 'Get many purchases', description: 'List the purchases (tool subscriptions), one item per purchase' },
	],
});
