import type { INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { listFields, retriedList } from '../../../shared/pagination';
import { LIST_LIMIT, productLocator, showFor } from '../../common';
import { listRecords } from '../../transport';

const show = showFor('product');

export const productFields: INodeProperties[] = [productLocator(show('get')), ...listFields('product', 'getAll', undefined, { paged: false })];

const checkInput = checkFields(productFields);

export const productOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		default: 'get',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a product',
				description: 'Get one subscription product by its ID; returns the product with its price',
				routing: {
					request: { method: 'GET', url: '/products/{{productId}}' },
					send: { preSend: [checkInput, idInUrl('productId', 'Product', 'text')] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many products',
				description: 'List the subscription products; returns one item per product',
				routing: {
					request: { method: 'GET', url: '/products' },
					send: { preSend: [checkInput], paginate: true },
					operations: { pagination: retriedList },
					output: { postReceive: [handleApiResponse, listRecords, LIST_LIMIT] },
				},
			},
		],
	},
];
