import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { checkFields, idInUrl, invalidField, parameterValue } from '../../../shared/checks';
import { toDateTime } from '../../../shared/dates';
import { handleApiResponse, handleApiResponseHiding } from '../../../shared/errors';
import { retriedList } from '../../../shared/pagination';
import { dropBlankFields, LIST_LIMIT } from '../../common';
import { decodeErrorBody, instanceReadBack, listRecords, qwcFile } from '../../transport';
import { instanceFields } from './fields';

export { instanceFields };

const checkInput = checkFields(instanceFields);
// literal templates: idInUrl reads the ID once, checks it and puts it in
const instanceUrl = '/instances/{{instanceId}}';
const instanceInUrl = idInUrl('instanceId', 'Instance', 'text');

/** An update sends only the fields added: at least one must be. */
const someField = (collection: string) =>
	async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const fields = parameterValue(this, collection) as IDataObject | undefined;
		if (!fields || Object.keys(fields).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
		return request;
	};

/** The metrics range: To may not precede From. */
async function checkRange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const zone = this.getTimezone();
	const from = toDateTime(parameterValue(this, 'fromTime'), zone);
	const to = toDateTime(parameterValue(this, 'toTime'), zone);
	if (from && to && to < from) throw invalidField(this, 'To', 'it is before "From"');
	return request;
}

export const instanceOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['instance'] } },
		default: 'get',
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an instance',
				description: 'Create a QuickBooks Desktop instance for a customer; returns the created instance',
				routing: {
					request: { method: 'POST', url: '/instances' },
					send: { preSend: [checkInput, dropBlankFields] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an instance',
				description: 'Delete an instance by its ID; returns the API\'s confirmation',
				routing: {
					request: { method: 'DELETE', url: instanceUrl },
					send: { preSend: [checkInput, instanceInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an instance',
				description: 'Get one instance by its ID; returns the instance with its contact, settings and SLA',
				routing: {
					request: { method: 'GET', url: instanceUrl },
					send: { preSend: [checkInput, instanceInUrl] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many instances of a customer',
				description: 'List the instances of one customer; returns one item per instance',
				routing: {
					request: { method: 'GET', url: '/instances' },
					send: { preSend: [checkInput], paginate: true },
					operations: { pagination: retriedList },
					output: { postReceive: [handleApiResponse, listRecords, LIST_LIMIT] },
				},
			},
			{
				name: 'Get Metric',
				value: 'getMetric',
				action: 'Get a metric of an instance',
				description: 'Get one metric of an instance for a time range (kept for 360 days); returns the metric\'s data',
				routing: {
					request: { method: 'GET', url: '/instances/{{instanceId}}/metrics/{{metricId}}' },
					send: { preSend: [checkInput, instanceInUrl, idInUrl('metricId', 'Metric ID', 'text'), checkRange] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get QWC File',
				value: 'getQwc',
				action: 'Get the web connector file of an instance',
				description: 'Download the .qwc file that sets up QuickBooks Web Connector; returns it as binary data',
				routing: {
					request: {
						method: 'GET',
						url: '/instances/{{instanceId}}/qwc',
						headers: { Accept: 'application/xml' },
						// the raw bytes, untouched, for the binary output
						encoding: 'arraybuffer',
						json: false,
					},
					send: { preSend: [checkInput, instanceInUrl] },
					output: { postReceive: [decodeErrorBody, handleApiResponse, qwcFile] },
				},
			},
			{
				name: 'Get Users',
				value: 'getUsers',
				action: 'Get the users of an instance',
				description: 'List the users who can reach an instance; returns one item per user',
				routing: {
					request: { method: 'GET', url: '/instances/{{instanceId}}/users' },
					send: { preSend: [checkInput, instanceInUrl], paginate: true },
					operations: { pagination: retriedList },
					output: { postReceive: [handleApiResponse, listRecords, LIST_LIMIT] },
				},
			},
			{
				name: 'Partial Update',
				value: 'patch',
				action: 'Partially update an instance',
				description: 'Change only the fields given (PATCH); returns the updated instance',
				routing: {
					request: { method: 'PATCH', url: instanceUrl },
					send: { preSend: [checkInput, instanceInUrl, someField('instancePatchFields'), dropBlankFields] },
					output: { postReceive: [handleApiResponseHiding('instancePatchFields.password'), instanceReadBack] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an instance',
				description:
					'Change the name, QBWC password, company file path or polling frequency (PUT); returns the updated instance',
				routing: {
					request: { method: 'PUT', url: instanceUrl },
					send: { preSend: [checkInput, instanceInUrl, someField('instanceUpdateFields'), dropBlankFields] },
					output: { postReceive: [handleApiResponseHiding('instanceUpdateFields.password'), instanceReadBack] },
				},
			},
		],
	},
];
