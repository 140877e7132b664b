import type { INodeProperties } from 'n8n-workflow';

import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { qebot } from '../../transport';

const resource = ['tool'];

export const toolFields: INodeProperties[] = [
	resourceLocator({
		name: 'toolId',
		displayName: 'Tool',
		searchListMethod: 'searchTools',
		show: { resource, operation: ['get'] },
		description: 'The tool (a subscription product): pick it from the list, or give its numeric ID',
	}),
	...listProperties('tool', { paged: false }),
];

export const toolOperations = operationsProperty(qebot, {
	resource: 'tool', fields: toolFields, default: 'getAll',
	rows: [
		{ value: 'get', name: 'Get', method: 'GET', path: '/tools/{toolId}', root: 'tools',
			action: 'Get a tool', description: 'Get one tool by ID: its name, plan code and price' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/tools', list: 'whole', root: 'tools',
			action: 'Get many tools', description: 'List the tools available for purchase, one item per tool' },
	],
});
