import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/*
 * n8n's Simplify: on every Get and Get Many of a resource whose records have more than 10 fields,
 * a switch (on by default, as in n8n's own nodes) that returns a short record of at most 10 fields.
 * The row's shaper reads the switch once per item, after Limit.
 */

/** The most fields a simplified record keeps (n8n's UX guidelines). */
export const MAX_SIMPLIFIED_FIELDS = 10;

/** The Simplify switch of a resource's read operations; its name is unique within the node. */
export function simplifyProperty(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: `${resource}Simplify`,
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
		displayOptions: { show: { resource: [resource], operation: operations } },
	};
}

/** Leaves out the keys whose value is undefined. */
export function definedOnly(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as IDataObject;
}

/**
 * The shaper of a read operation with Simplify: each record through `short` when the switch is on
 * (a short record never holds more than MAX_SIMPLIFIED_FIELDS fields), as it came otherwise.
 */
export function simplified(resource: string, short: (record: IDataObject) => IDataObject) {
	return function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): INodeExecutionData[] {
		if (this.getNodeParameter(`${resource}Simplify`, true) !== true) return items;
		return items.map((item) => {
			const record = definedOnly(short(item.json));
			const keys = Object.keys(record);
			return { ...item, json: keys.length > MAX_SIMPLIFIED_FIELDS ? Object.fromEntries(keys.slice(0, MAX_SIMPLIFIED_FIELDS).map((key) => [key, record[key]])) : record };
		});
	};
}
