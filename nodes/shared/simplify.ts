import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invalidField } from './checks';
import { getPath } from './objects';

/*
 * n8n's Simplify and Output: on every Get and Get Many of a resource whose records have more than
 * 10 fields, a Simplify switch (on by default, as in n8n's own nodes) that returns a short record
 * of at most 10 fields; where the node is an AI agent's tool, n8n's Output choice instead
 * (Simplified / Raw / Selected Fields), so the model reads only what it needs. The row's shaper
 * reads them once per item, after Limit.
 */

/** The most fields a simplified record keeps (n8n's UX guidelines). */
export const MAX_SIMPLIFIED_FIELDS = 10;

/** Simplify for people, Output for AI agents (`@tool`: n8n shows each where it applies); names unique within the node. */
export function simplifyProperties(resource: string, operations: string[]): INodeProperties[] {
	const show = { resource: [resource], operation: operations };
	return [
		{
			displayName: 'Simplify',
			name: `${resource}Simplify`,
			type: 'boolean',
			default: true,
			description: 'Whether to return a simplified version of the response instead of the raw data',
			displayOptions: { show: { ...show, '@tool': [false] } },
		},
		{
			displayName: 'Output',
			name: `${resource}Output`,
			type: 'options',
			noDataExpression: true,
			default: 'simplified',
			description: 'Which fields of each record the agent receives',
			options: [
				{ name: 'Raw', value: 'raw', description: 'Every field the API returns' },
				{ name: 'Selected Fields', value: 'selected', description: 'Only the fields you name' },
				{ name: 'Simplified', value: 'simplified', description: `The most useful fields (at most ${MAX_SIMPLIFIED_FIELDS})` },
			],
			displayOptions: { show: { ...show, '@tool': [true] } },
		},
		{
			displayName: 'Fields',
			name: `${resource}OutputFields`,
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. name, email, address.city',
			description: "The record's fields to return, separated by commas ('address.city' for a field inside another)",
			displayOptions: { show: { ...show, '@tool': [true], [`${resource}Output`]: ['selected'] } },
		},
	];
}

/** Leaves out the keys whose value is undefined. */
export function definedOnly(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as IDataObject;
}

/** A short record, never more than MAX_SIMPLIFIED_FIELDS fields. */
function shortRecord(record: IDataObject, short: (record: IDataObject) => IDataObject): IDataObject {
	const entries = Object.entries(definedOnly(short(record)));
	return Object.fromEntries(entries.slice(0, MAX_SIMPLIFIED_FIELDS)) as IDataObject;
}

/** The named fields of a record (dotted paths reach inside objects); a field the record lacks is left out. */
function selectedFields(record: IDataObject, paths: string[]): IDataObject {
	const result: IDataObject = {};
	for (const path of paths) {
		const value = getPath(record, path);
		if (value !== undefined) result[path] = value as IDataObject;
	}
	return result;
}

/**
 * The shaper of a read operation: each record as Simplify (or, for an AI agent, Output) asks — the
 * short record of `short`, the API's record, or the fields the user named.
 */
export function simplified(resource: string, short: (record: IDataObject) => IDataObject) {
	return function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): INodeExecutionData[] {
		// n8n gives a node used as an AI agent's tool a type name ending in "Tool"
		const asTool = this.getNode().type.endsWith('Tool');
		const mode = asTool ? String(this.getNodeParameter(`${resource}Output`, 'simplified')) : this.getNodeParameter(`${resource}Simplify`, true) === true ? 'simplified' : 'raw';
		if (mode === 'raw') return items;
		if (mode === 'selected') {
			const paths = String(this.getNodeParameter(`${resource}OutputFields`, '')).split(',').map((path) => path.trim()).filter(Boolean);
			if (paths.length === 0) throw invalidField(this, 'Fields', 'name at least one field, e.g. id, name');
			return items.map((item) => ({ ...item, json: selectedFields(item.json, paths) }));
		}
		return items.map((item) => ({ ...item, json: shortRecord(item.json, short) }));
	};
}
