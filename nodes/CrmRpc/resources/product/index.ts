import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../../shared/pagination';
import {
	catalogOperation,
	profileField,
	profileMultiOptions,
	profileOptions,
	rpcOperation,
	sendFields,
	type WireField,
} from '../../GenericFunctions';
import { guardOperations } from '../../../shared/validation';

const resource = 'product';
const show = (...operation: string[]) => ({ resource: [resource], operation });

const requiredWire: WireField[] = [
	{ name: 'name', wire: 'name', kind: 'text', label: 'Name', required: true },
	{ name: 'value', wire: 'value', kind: 'number', label: 'Value', required: true },
];

// the catalog ids are typed string in the doc; `product_measury_id` is the documented spelling
const optionalWire = (collection: string): WireField[] => [
	{ name: 'shortName', wire: 'short_name', kind: 'text', label: `${collection} › Short Name` },
	{ name: 'sku', wire: 'sku', kind: 'text', label: `${collection} › SKU` },
	{ name: 'description', wire: 'description', kind: 'text', label: `${collection} › Description` },
	{ name: 'currencyTypeId', wire: 'profile_currency_type_id', kind: 'idText', label: `${collection} › Currency Type ID` },
	{ name: 'discountId', wire: 'product_discount_id', kind: 'idText', label: `${collection} › Discount` },
	{ name: 'validityId', wire: 'product_validity_id', kind: 'idText', label: `${collection} › Validity` },
	{ name: 'measureId', wire: 'product_measury_id', kind: 'idText', label: `${collection} › Measure` },
	{ name: 'categoryId', wire: 'product_category_id', kind: 'idText', label: `${collection} › Category` },
	{ name: 'taxIds', wire: 'taxes', kind: 'ids', label: `${collection} › Taxes` },
	{ name: 'inputs', wire: 'inputs', kind: 'object', label: `${collection} › Inputs` },
];

const optionalFields: INodeProperties[] = [
	profileOptions('Category', 'categoryId', 'getCategories'),
	{ displayName: 'Currency Type ID', name: 'currencyTypeId', type: 'string', default: '', description: 'The ID of the currency type of the profile' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
	profileOptions('Discount', 'discountId', 'getDiscounts'),
	{
		displayName: 'Inputs',
		name: 'inputs',
		type: 'json',
		default: '{}',
		description: 'Custom field values as a JSON object keyed by input slug (see the Get Inputs operation), e.g. {"warranty": "1 year"}',
	},
	profileOptions('Measure', 'measureId', 'getMeasures'),
	{ displayName: 'Short Name', name: 'shortName', type: 'string', default: '' },
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '' },
	profileMultiOptions('Tax', 'taxIds', 'getTaxes'),
	profileOptions('Validity', 'validityId', 'getValidities'),
];

export const productOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getProducts',
		options: [
			rpcOperation({
				name: 'Create',
				value: 'createProduct',
				action: 'Create a product',
				service: 'Products',
				method: 'CreateProduct',
				root: 'product',
				preSend: [sendFields({ fields: requiredWire, collections: { additionalFields: optionalWire('Additional Fields') } })],
			}),
			catalogOperation('Products', 'GetCategories', 'categories', 'Categories', 'Get the product categories of a profile'),
			catalogOperation('Products', 'GetDiscounts', 'discounts', 'Discounts', 'Get the product discounts of a profile'),
			catalogOperation('Products', 'GetInputs', 'inputs', 'Inputs', 'Get the custom product fields (inputs) of a profile'),
			rpcOperation({
				name: 'Get Many',
				value: 'getProducts',
				action: 'Get many products',
				service: 'Products',
				method: 'GetProducts',
				root: 'products',
				list: true,
				preSend: [
					sendFields({ collections: { options: [{ name: 'withInputs', wire: 'with_inputs', kind: 'boolean', label: 'Options › Include Inputs' }] } }),
				],
			}),
			catalogOperation('Products', 'GetMeasures', 'measures', 'Measures', 'Get the product measures of a profile'),
			catalogOperation('Products', 'GetTaxes', 'taxes', 'Taxes', 'Get the taxes of a profile'),
			catalogOperation('Products', 'GetValidities', 'validities', 'Validities', 'Get the product validities of a profile'),
			rpcOperation({
				name: 'Update',
				value: 'editProduct',
				action: 'Update a product',
				description: 'Edit a product (EditProduct); the API needs the name and value again',
				service: 'Products',
				method: 'EditProduct',
				root: 'product',
				preSend: [
					sendFields({
						fields: [{ name: 'productId', wire: 'product_id', kind: 'id', label: 'Product', required: true }, ...requiredWire],
						collections: { updateFields: optionalWire('Update Fields') },
					}),
				],
			}),
		],
	},
];

export const productFields: INodeProperties[] = [
	profileField(resource, [
		'createProduct',
		'getCategories',
		'getDiscounts',
		'getInputs',
		'getProducts',
		'getMeasures',
		'getTaxes',
		'getValidities',
		'editProduct',
	]),
	profileOptions('Product', 'productId', 'getProducts', { required: true, displayOptions: { show: show('editProduct') } }),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('createProduct', 'editProduct') },
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		required: true,
		typeOptions: { numberPrecision: 2 },
		default: 0,
		description: 'The price of the product',
		displayOptions: { show: show('createProduct', 'editProduct') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('createProduct') },
		options: optionalFields,
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('editProduct') },
		options: optionalFields,
	},
	...listFields(resource, 'getProducts'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: show('getProducts') },
		options: [
			{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each product' },
		],
	},
	...['getCategories', 'getDiscounts', 'getInputs', 'getMeasures', 'getTaxes', 'getValidities'].flatMap((operation) =>
		listFields(resource, operation),
	),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(productOperations, productFields);
