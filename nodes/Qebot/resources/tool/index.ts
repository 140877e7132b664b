import type { INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { guardOperations, numericId, validate } from '../../../shared/validation';
import { limitResults, recordLocator, unwrap } from '../../GenericFunctions';

const resource = ['tool'];

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
				routing: {
					request: { method: 'GET', url: '=/tools/{{$parameter.toolId}}' },
					send: { preSend: [validate(numericId('toolId', 'Tool'))] },
					output: { postReceive: [handleApiResponse, unwrap('tools')] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tools',
				description: 'List the tools available for purchase',
				routing: {
					request: { method: 'GET', url: '/tools' },
					output: { postReceive: [handleApiResponse, unwrap('tools'), limitResults] },
				},
			},
		],
	},
];

export const toolFields: INodeProperties[] = [
	recordLocator({ name: 'toolId', displayName: 'Tool', searchMethod: 'searchTools', show: { resource, operation: ['get'] } }),
	...listFields('tool', 'getAll'),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(toolOperations, toolFields);
