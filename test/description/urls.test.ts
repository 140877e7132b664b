import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { NODES } from './parameters';

/**
 * No request can leave with a placeholder: every `{{name}}` of an operation's URL template is
 * filled by one of the operation's own steps. Each step runs on its own (a step that refuses the
 * made-up input does not stop the next one), with every placeholder's parameter holding an ID.
 */

interface Case {
	node: string;
	resource: string;
	operation: string;
	url: string;
	steps: Array<(this: IExecuteSingleFunctions, request: IHttpRequestOptions) => Promise<IHttpRequestOptions>>;
}

function cases(): Case[] {
	const found: Case[] = [];
	for (const node of NODES) {
		for (const property of node.description.properties as INodeProperties[]) {
			if (property.name !== 'operation') continue;
			const resource = String(property.displayOptions?.show?.resource?.[0] ?? '');
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				const url = option.routing?.request?.url;
				if (typeof url !== 'string') continue;
				found.push({ node: node.description.name, resource, operation: String(option.value), url, steps: (option.routing?.send?.preSend ?? []) as Case['steps'] });
			}
		}
	}
	return found;
}

const ID = '7';

function contextFor(entry: Case, names: string[]): IExecuteSingleFunctions {
	const parameters: IDataObject = { resource: entry.resource, operation: entry.operation };
	return {
		getNode: () => ({ id: 'n', name: 'node', type: entry.node, typeVersion: 1, position: [0, 0], parameters }),
		getNodeParameter: (name: string) => {
			if (names.includes(name)) return ID;
			if (name in parameters) return parameters[name];
			throw new Error(`no parameter ${name}`);
		},
		getItemIndex: () => 0,
		// a run of its own for each step: a step that refuses the made-up input stops nothing else
		getExecuteData: () => ({}),
		getCredentials: async () => ({}),
	} as unknown as IExecuteSingleFunctions;
}

describe('request URLs', () => {
	const all = cases();

	test('every node has operations with URL templates', () => {
		expect(new Set(all.map((entry) => entry.node)).size).toBeGreaterThanOrEqual(4);
	});

	test.each(all.filter((entry) => entry.url.includes('{{')).map((entry) => [`${entry.node} ${entry.resource} › ${entry.operation}`, entry]))(
		'%s: every placeholder of the URL is filled by the operation',
		async (_name, entry) => {
			const names = [...entry.url.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
			expect(entry.url.startsWith('=')).toBe(false);
			let request: IHttpRequestOptions = { url: entry.url, method: 'GET', body: {}, qs: {} };
			for (const step of entry.steps) {
				try {
					request = (await step.call(contextFor(entry, names), request)) ?? request;
				} catch {
					// a check refusing the made-up input: the placeholder steps are what is looked at here
				}
			}
			expect(request.url).not.toMatch(/\{\{|\}\}/);
			expect(String(request.url).split(`/${ID}`).length - 1).toBeGreaterThanOrEqual(names.length);
		},
	);
});
