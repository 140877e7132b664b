import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { catalogRow, profileField, profileMultiOptions, profileOptions, rpcRow, sendAs, sendId, sendIds, sendIdText, sendJsonObject, sendNumber } from '../../common';
import { crmRpc } from '../../transport';

const resource = 'product';
const show = (...operation: string[]) => ({ resource: [resource], operation });

/**
 * The optional fields of Create (`productFields`) and Update (`productUpdateFields`). The
 * catalog ids are typed string in the doc; `product_measury_id` is the documented spelling.
 */
function optionalFields(label: string): INodeProperties[] {
	const idText = (wire: string, what: string) => ({ send: sendIdText(wire, `${label} › ${what}`) });
	return [
		profileOptions(resource, 'Category', 'categoryId', 'getCategories', { routing: idText('product_category_id', 'Category') }),
		{
			displayName: 'Currency Type ID',
			name: 'currencyTypeId',
			type: 'string',
			default: '',
			description: 'The numeric ID of a currency type of the profile',
			routing: idText('profile_currency_type_id', 'Currency Type ID'),
		},
		{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '', routing: { send: sendAs('description') } },
		profileOptions(resource, 'Discount', 'discountId', 'getDiscounts', { routing: idText('product_discount_id', 'Discount') }),
		{
			displayName: 'Inputs',
			name: 'inputs',
			type: 'json',
			default: '{}',
			description: "Custom field values keyed by input slug (as 'Get Inputs' lists them), e.g. {\"warranty\": \"1 year\"}",
			routing: { send: sendJsonObject('inputs', `${label} › Inputs`) },
		},
		profileOptions(resource, 'Measure', 'measureId', 'getMeasures', { routing: idText('product_measury_id', 'Measure') }),
		{ displayName: 'Short Name', name: 'shortName', type: 'string', default: '', routing: { send: sendAs('short_name') } },
		{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'The stock keeping unit', routing: { send: sendAs('sku') } },
		profileMultiOptions(resource, 'Tax', 'taxIds', 'getTaxes', sendIds('taxes', `${label} › Taxes`)),
		profileOptions(resource, 'Validity', 'validityId', 'getValidities', { routing: idText('product_validity_id', 'Validity') }),
	];
}

export const productFields: INodeProperties[] = [
	profileField(resource, ['create', 'getCategories', 'getDiscounts', 'getInputs', 'getAll', 'getMeasures', 'getTaxes', 'getValidities', 'update']),
	...listProperties(resource, { paged: false }),
	resourceLocator({
		name: 'productId',
		displayName: 'Product',
		show: show('update'),
		searchListMethod: 'searchProducts',
		description: 'The product to update',
		routing: { send: sendId('product_id', 'Product') },
	}),
	{
		displayName: 'Name',
		name: 'productName',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the product (the API needs it on every update too)',
		displayOptions: { show: show('create', 'update') },
		routing: { send: sendAs('name') },
	},
	{
		displayName: 'Value',
		name: 'productValue',
		type: 'number',
		required: true,
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'The price of the product (the API needs it on every update too)',
		displayOptions: { show: show('create', 'update') },
		routing: { send: sendNumber('value') },
	},
	collection('Additional Fields', 'productFields', { show: show('create') }, optionalFields('Additional Fields')),
	collection('Update Fields', 'productUpdateFields', { show: show('update') }, optionalFields('Update Fields')),
	collection('Options', 'productOptions', { show: show('getAll') }, [
		{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each product', routing: { send: sendAs('with_inputs') } },
	]),
];

export const productOperations = operationsProperty(crmRpc, {
	resource, fields: productFields, default: 'getAll',
	rows: [
		rpcRow('Products', 'CreateProduct', { value: 'create', name: 'Create', root: 'product',
			action: 'Create a product', description: 'Create a product in the profile and return it' }),
		catalogRow('Products', 'GetCategories', 'categories', 'Categories', 'Get the product categories of the profile, one item per category (ID, name)'),
		catalogRow('Products', 'GetDiscounts', 'discounts', 'Discounts', 'Get the product discounts of the profile, one item per discount'),
		catalogRow('Products', 'GetInputs', 'inputs', 'Inputs', 'Get the custom product fields (inputs) of the profile, one item per input'),
		rpcRow('Products', 'GetProducts', { value: 'getAll', name: 'Get Many', root: 'products', list: 'whole',
			action: 'Get many products', description: 'List the products of the profile, one item per product' }),
		catalogRow('Products', 'GetMeasures', 'measures', 'Measures', 'Get the product measures of the profile, one item per measure (ID, name)'),
		catalogRow('Products', 'GetTaxes', 'taxes', 'Taxes', 'Get the taxes of the profile, one item per tax (ID, name)'),
		catalogRow('Products', 'GetValidities', 'validities', 'Validities', 'Get the product validities of the profile, one item per validity (ID, name)'),
		rpcRow('Products', 'EditProduct', { value: 'update', name: 'Update', root: 'product',
			action: 'Update a product', description: "Update a product ('Name' and 'Value' are sent again) and return it" }),
	],
});
