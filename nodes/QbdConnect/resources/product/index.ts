import type { INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { guardOperations, validate } from '../../../shared/validation';
import { limitLocally, pathId, productLocator } from '../../GenericFunctions';
import { showFor } from '../common';

const show = showFor('product');

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
				routing: {
					request: { method: 'GET', url: '=/products/{{encodeURIComponent($parameter.productId)}}' },
					send: { preSend: [validate(pathId('productId', 'Product'))] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many products',
				routing: {
					request: { method: 'GET', url: '/products' },
					output: { postReceive: [handleApiResponse, limitLocally] },
				},
			},
		],
	},
];

export const productFields: INodeProperties[] = [productLocator(show('get')), ...listFields('product', 'getAll')];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(productOperations, productFields);
