import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from '../shared/operations';
import { searchCustomers } from './methods';
import { customerFields, customerOperations } from './resources/customer';
import { assayDiscountProperties, panelDiscountProperties } from './resources/discount';
import { QBENCH_BASE_URL } from './transport';

export class QBench implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QBench',
		name: 'qBench',
		icon: { light: 'file:qbench.svg', dark: 'file:qbench.dark.svg' },
		group: ['transform'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ ({"addContacts":"Add Contacts","create":"Create","delete":"Delete","get":"Get","getAll":"Get Many","removeContact":"Remove Contact","update":"Update"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"assayDiscount":"Assay Discount","customer":"Customer","panelDiscount":"Panel Discount"}[$parameter["resource"]] || $parameter["resource"]) }}',
		description: 'Manage QBench lab customers, their contacts and discounts',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qbench.md',
		defaults: { name: 'QBench' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'qBenchApi', required: true }],
		requestDefaults: {
			baseURL: QBENCH_BASE_URL,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// errors are mapped by handleApiResponse so the API's own message reaches the user
			ignoreHttpStatusErrors: true,
		},
		properties: nodeProperties('qBench', [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Assay Discount', value: 'assayDiscount', description: "A customer's own prices and discounts for assays" },
					{ name: 'Customer', value: 'customer', description: 'A lab customer, with its linked contacts' },
					{ name: 'Panel Discount', value: 'panelDiscount', description: "A customer's own prices and discounts for panels" },
				],
				default: 'customer',
			},
			customerOperations,
			...customerFields,
			...assayDiscountProperties,
			...panelDiscountProperties,
		]),
	};

	methods = {
		listSearch: { searchCustomers },
	};
}
