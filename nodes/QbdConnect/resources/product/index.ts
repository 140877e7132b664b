import type { INodeProperties } from 'n8n-workflow';

import { listProperties } from '../../../shared/lists';
import { operationsProperty } from '../../../shared/operations';
import { productLocator, showFor } from '../../common';
import { qbd } from '../../transport';

const show = showFor('product');

export const productFields: INodeProperties[] = [productLocator(show('get')), ...listProperties('product', { paged: false })];

export const productOperations = operationsProperty(qbd, {
	resource: 'product', fields: productFields, default: 'get',
	rows: [
		{ value: 'get', name: 'Get', method: 'GET', path: '/products/{productId}', textIds: ['productId'],
			action: 'Get a product', description: 'Get one subscription product by its ID; returns the product with its price' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/products', list: 'whole',
			action: 'Get many products', description: 'List the subscription products; returns one item per product' },
	],
});
