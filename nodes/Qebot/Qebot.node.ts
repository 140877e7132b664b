import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from '../shared/operations';
import { listSearch, loadOptions } from './methods';
import { billingFields, billingOperations } from './resources/billing';
import { brandFields, brandOperations } from './resources/brand';
import { businessFields, businessOperations } from './resources/business';
import { leadFields, leadOperations } from './resources/lead';
import { purchaseFields, purchaseOperations } from './resources/purchase';
import { ssoFields, ssoOperations } from './resources/sso';
import { toolFields, toolOperations } from './resources/tool';
import { userFields, userOperations } from './resources/user';
import { QEBOT_API_PATH } from './transport';

export class Qebot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Qebot',
		name: 'qebot',
		icon: { light: 'file:qebot.svg', dark: 'file:qebot.dark.svg' },
		group: ['transform'],
		version: 1,
		// display names, not stored values; test/toolchain/descriptions.test.ts checks the tables
		subtitle:
			'={{ ({"create":"Create","createApiKey":"Create API Key","delete":"Delete","get":"Get","getAll":"Get Many","login":"Get Log In URL","loginJwt":"Get Log In URL (JWT)","logout":"Get Log Out URL","update":"Update"}[$parameter["operation"]] || $parameter["operation"]) + ": " + ({"billing":"Billing","brand":"Brand","business":"Business","lead":"CRM Lead","purchase":"Purchase","sso":"SSO","tool":"Tool","user":"User"}[$parameter["resource"]] || $parameter["resource"]) }}',
		description: 'Create, read, update and delete Qebot brands, businesses, users, CRM leads, tools, billing info and purchases, and get SSO links',
		documentationUrl: 'https://github.com/qebot/n8n-nodes-qebot-pack/blob/main/docs/qebot.md',
		defaults: { name: 'Qebot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'qebotApi', required: true }],
		requestDefaults: {
			baseURL: `={{$credentials.baseUrl.replace(/\\/+$/, "")}}${QEBOT_API_PATH}`,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// errors are mapped by handleApiResponse so Qebot's own message reaches the user
			ignoreHttpStatusErrors: true,
		},
		properties: nodeProperties('qebot', [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Billing', value: 'billing', description: 'Credit cards on file (billing records) that pay for tools' },
					{ name: 'Brand', value: 'brand', description: 'Franchises: a brand groups businesses' },
					{ name: 'Business', value: 'business', description: 'Locations of a brand, with address and contact' },
					{ name: 'CRM Lead', value: 'lead', description: 'Prospects in the Qebot CRM' },
					{ name: 'Purchase', value: 'purchase', description: 'Tool subscriptions a business bought' },
					{ name: 'SSO', value: 'sso', description: 'Single sign-on: tokens and the URLs that log a user in or out' },
					{ name: 'Tool', value: 'tool', description: 'Products (subscriptions) that can be purchased' },
					{ name: 'User', value: 'user', description: 'People who log in to Qebot, with a role' },
				],
				default: 'lead',
			},
			billingOperations,
			...billingFields,
			brandOperations,
			...brandFields,
			businessOperations,
			...businessFields,
			leadOperations,
			...leadFields,
			purchaseOperations,
			...purchaseFields,
			ssoOperations,
			...ssoFields,
			toolOperations,
			...toolFields,
			userOperations,
			...userFields,
		]),
	};

	methods = { listSearch, loadOptions };
}
