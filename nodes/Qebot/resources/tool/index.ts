import type { INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl } from '../../../shared/checks';
import { handleApiResponse } from '../../../shared/errors';
import { resourceLocator } from '../../../shared/locator';
import { listProperties, listRouting } from '../../common';
import { records } from '../../transport';

const resource = ['tool'];

export const toolFields: INodeProperties[] = [
	resourceLocator({
		name: 'toolId',
		displayName: 'Tool',
		searchListMethod: 'searchTools',
		show: { resource, operation: ['get'] },
		description: 'The tool (a subscription product): pick it from the list, or give its numeric ID',
	}),
	...listProperties('tool'),
];

const checkInput = checkFields(toolFields);

export const toolOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource } },
		default: 'getAll',
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a tool',
				description: 'Get one tool by ID: its name, plan code and price',
				routing: {
					request: { method: 'GET', url: '/tools/{{toolId}}' },
					send: { preSend: [checkInput, idInUrl('toolId', 'Tool')] },
					output: { postReceive: [handleApiResponse, records('tools')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tools',
				description: 'List the tools available for purchase, one item per tool',
				routing: {
					...listRouting('/tools', checkInput),
					output: { postReceive: [handleApiResponse, records('tools')] },
				},
			},
		],
	},
];
