import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from '../shared/operations';
import { searchInvoices, searchProducts, searchUsers } from './methods';
import { customerFields, customerOperations } from './resources/customer';
import { instanceFields, instanceOperations } from './resources/instance';
import { invoiceFields, invoiceOperations } from './resources/invoice';
import { paymentFields, paymentOperations } from './resources/payment';
import { payoutFields, payoutOperations } from './resources/payout';
import { productFields, productOperations } from './resources/product';
import { subscriptionFields, subscriptionOperations } from './resources/subscription';
import { userFields, userOperations } from './resources/user';
import { BASE_URL_EXPRESSION } from './transport';

export class QbdConnect implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'QBD Connect',
		name: 'qbdConnect',
		icon: { light: 'file:qbdconnect.svg', dark: 'file:qbdconnect.dark.svg' },
		group: ['transform'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ ({"addCustomer":"Add Customer","checkout":"Checkout","create":"Create","createPayment":"Create Payment","delete":"Delete","get":"Get","getAll":"Get Many","getByGatewayId":"Get by Gateway ID","getMetric":"Get Metric","getPayments":"Get Payments","getQwc":"Get QWC File","getStats":"Get Stats","getUsers":"Get Users","patch":"Partial Update","removeCustomer":"Remove Customer","update":"Update"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"customer":"Customer","instance":"Instance","invoice":"Invoice","payment":"Payment","payout":"Payout","product":"Product","subscription":"Subscription","user":"User"}[$parameter["resource"]] || $parameter["resource"]) }}',
		description: 'Manage QBD Connect customers, QuickBooks Desktop instances, invoices, payouts and subscriptions',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qbdconnect.md',
		defaults: { name: 'QBD Connect' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'qbdConnectApi', required: true }],
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// errors are mapped by handleApiResponse so the API's own message reaches the user
			ignoreHttpStatusErrors: true,
		},
		properties: nodeProperties('qbdConnect', [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Customer', value: 'customer' },
					{ name: 'Instance', value: 'instance' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Payment', value: 'payment' },
					{ name: 'Payout', value: 'payout' },
					{ name: 'Product', value: 'product' },
					{ name: 'Subscription', value: 'subscription' },
					{ name: 'User', value: 'user' },
				],
				default: 'customer',
			},
			customerOperations,
			...customerFields,
			instanceOperations,
			...instanceFields,
			invoiceOperations,
			...invoiceFields,
			paymentOperations,
			...paymentFields,
			payoutOperations,
			...payoutFields,
			productOperations,
			...productFields,
			subscriptionOperations,
			...subscriptionFields,
			userOperations,
			...userFields,
		]),
	};

	methods = {
		listSearch: { searchInvoices, searchProducts, searchUsers },
	};
}
