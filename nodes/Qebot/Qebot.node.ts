import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { listSearch, loadOptions, QEBOT_API_PATH } from './GenericFunctions';
import { billingFields, billingOperations } from './resources/billing';
import { brandFields, brandOperations } from './resources/brand';
import { businessFields, businessOperations } from './resources/business';
import { leadFields, leadOperations } from './resources/lead';
import { purchaseFields, purchaseOperations } from './resources/purchase';
import { ssoFields, ssoOperations } from './resources/sso';
import { toolFields, toolOperations } from './resources/tool';
import { userFields, userOperations } from './resources/user';

export class Qebot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Qebot',
		name: 'qebot',
		icon: { light: 'file:qebot.svg', dark: 'file:qebot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Qebot brands, businesses, users, CRM leads, billing and purchases',
		defaults: { name: 'Qebot' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'qebotApi', required: true }],
		requestDefaults: {
			baseURL: `={{$credentials.baseUrl.replace(/\\/+$/, "")}}${QEBOT_API_PATH}`,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// errors are mapped by handleApiResponse so Qebot's own message reaches the user
			ignoreHttpStatusErrors: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Billing', value: 'billing' },
					{ name: 'Brand', value: 'brand' },
					{ name: 'Business', value: 'business' },
					{ name: 'CRM Lead', value: 'lead' },
					{ name: 'Purchase', value: 'purchase' },
					{ name: 'SSO', value: 'sso' },
					{ name: 'Tool', value: 'tool' },
					{ name: 'User', value: 'user' },
				],
				default: 'lead',
			},
			...billingOperations,
			...billingFields,
			...brandOperations,
			...brandFields,
			...businessOperations,
			...businessFields,
			...leadOperations,
			...leadFields,
			...purchaseOperations,
			...purchaseFields,
			...ssoOperations,
			...ssoFields,
			...toolOperations,
			...toolFields,
			...userOperations,
			...userFields,
		],
	};

	methods = { listSearch, loadOptions };
}
