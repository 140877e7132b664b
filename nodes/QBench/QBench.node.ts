import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { QBENCH_API_PATH, searchCustomers } from './GenericFunctions';
import { customerFields, customerOperations } from './resources/customer';
import { assayDiscount, discountFields, discountOperations, panelDiscount } from './resources/discount';

export class QBench implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QBench',
		name: 'qBench',
		icon: { light: 'file:qbench.svg', dark: 'file:qbench.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage QBench lab customers, their contacts and discounts',
		defaults: { name: 'QBench' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'qBenchApi', required: true }],
		requestDefaults: {
			baseURL: `={{$credentials.url.replace(/\\/+$/, "")}}${QBENCH_API_PATH}`,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// errors are mapped by handleApiResponse so the API's own message reaches the user
			ignoreHttpStatusErrors: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Assay Discount', value: 'assayDiscount' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Panel Discount', value: 'panelDiscount' },
				],
				default: 'customer',
			},
			...customerOperations,
			...customerFields,
			...discountOperations(assayDiscount),
			...discountFields(assayDiscount),
			...discountOperations(panelDiscount),
			...discountFields(panelDiscount),
		],
	};

	methods = {
		listSearch: { searchCustomers },
	};
}
