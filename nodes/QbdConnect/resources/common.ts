import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidField } from '../../shared/validation';

/** `show` for the fields of one resource's operations. */
export const showFor =
	(resource: string) =>
	(...operation: string[]) => ({ resource: [resource], operation });

/** The SLA of an instance or subscription: all three numbers are required when an SLA is sent. */
export function slaCollection(show: { [key: string]: string[] }): INodeProperties {
	return {
		displayName: 'Service Level Agreement',
		name: 'sla',
		type: 'fixedCollection',
		placeholder: 'Add SLA',
		default: {},
		description: 'The service level agreement that accompanies the QBD Connect instance',
		displayOptions: { show },
		options: [
			{
				displayName: 'SLA',
				name: 'values',
				values: [
					{ displayName: 'Support Hours', name: 'supportHours', type: 'number', default: 0, typeOptions: { minValue: 0 } },
					{
						displayName: 'Transaction Limit',
						name: 'transactionLimit',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0, numberPrecision: 0 },
					},
					{
						displayName: 'Default Hourly Rate',
						name: 'defaultHourlyRate',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0, numberPrecision: 2 },
					},
				],
			},
		],
	};
}

/** The SLA fixed collection as the API's `sla` object, or undefined when not set. */
export function slaBody(context: IExecuteSingleFunctions): IDataObject | undefined {
	const { values } = context.getNodeParameter('sla', {}) as { values?: IDataObject };
	if (!values) return undefined;
	const sla: IDataObject = {};
	for (const [key, label] of [
		['supportHours', 'Support Hours'],
		['transactionLimit', 'Transaction Limit'],
		['defaultHourlyRate', 'Default Hourly Rate'],
	]) {
		const value = Number(values[key] ?? 0);
		if (!Number.isFinite(value) || value < 0) throw invalidField(context, `Service Level Agreement › ${label}`, 'it must be a number of 0 or more');
		if (key === 'transactionLimit' && !Number.isInteger(value)) {
			throw invalidField(context, `Service Level Agreement › ${label}`, 'it must be a whole number');
		}
		sla[key] = value;
	}
	return sla;
}

/** A JSON body field for operations whose body the doc does not describe. */
export function jsonBodyField(show: { [key: string]: string[] }, description: string): INodeProperties {
	return {
		displayName: 'Body (JSON)',
		name: 'jsonBody',
		type: 'json',
		default: '{}',
		description,
		displayOptions: { show },
	};
}
