import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { listFields } from '../../../shared/pagination';
import { compact, guardOperations, invalidField, validate } from '../../../shared/validation';
import {
	customerLocator,
	decodeErrorBody,
	handleApiResponseHiding,
	instanceLocator,
	limitLocally,
	parameterCustomerId,
	pathId,
	pickedDate,
	pickedRange,
	qwcFile,
	textParameter,
} from '../../GenericFunctions';
import { showFor, slaBody, slaCollection } from '../common';

const show = showFor('instance');
const checkInstanceId = pathId('instanceId', 'Instance');
const checkCustomerId = pathId('customerId', 'Customer');
const instanceUrl = '=/instances/{{encodeURIComponent($parameter.instanceId)}}';

function frequency(context: IExecuteSingleFunctions, value: unknown): number | undefined {
	if (value === undefined || value === '') return undefined;
	const minutes = Number(value);
	if (!Number.isInteger(minutes) || minutes < 1) {
		throw invalidField(context, 'Frequency (Minutes)', 'it must be a whole number of at least 1');
	}
	return minutes;
}

/** The Instance schema: name, customerId and the contact's first name, last name and email are required. */
async function createBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const text = (name: string, field: string) => {
		const value = textParameter(this, name);
		if (!value) throw invalidField(this, field, 'it is required and cannot be empty');
		return value;
	};
	const name = text('name', 'Name');
	const contact = {
		firstName: text('contactFirstName', 'Contact First Name'),
		lastName: text('contactLastName', 'Contact Last Name'),
		email: text('contactEmail', 'Contact Email'),
	};
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const sla = slaBody(this);
	request.body = {
		...compact({
			instanceId: fields.instanceId as string | undefined,
			name,
			customerId: parameterCustomerId(this),
		}),
		contact: compact({ ...contact, phone: fields.contactPhone as string | undefined }),
		...compact({
			qbdPath: fields.qbdPath as string | undefined,
			appUrl: fields.appUrl as string | undefined,
			frequencyInMinutes: frequency(this, fields.frequencyInMinutes),
			fileId: fields.fileId as string | undefined,
			validated: fields.validated as boolean | undefined,
			dateCreated: fields.dateCreated ? pickedDate(this, fields.dateCreated, 'Date Created') : undefined,
		}),
		...(sla ? { sla } : {}),
	};
	return request;
}

/** PUT and PATCH share the documented update body; only the fields the user set are sent. */
async function updateBody(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (fields.name !== undefined && String(fields.name).trim() === '') {
		throw invalidField(this, 'Name', 'it cannot be empty; remove the field to keep the current name');
	}
	const body = compact({
		name: fields.name === undefined ? undefined : String(fields.name).trim(),
		password: fields.password as string | undefined,
		qbdPath: fields.qbdPath as string | undefined,
		frequencyInMinutes: frequency(this, fields.frequencyInMinutes),
	});
	if (Object.keys(body).length === 0) throw invalidField(this, 'Update Fields', 'set at least one field to update');
	request.body = body;
	return request;
}

async function metricRange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const [fromTime, toTime] = pickedRange(this, { name: 'fromTime', field: 'From' }, { name: 'toTime', field: 'To' });
	request.qs = { ...(request.qs ?? {}), fromTime, toTime };
	return request;
}

const updateFieldOptions: INodeProperties[] = [
	{
		displayName: 'Frequency (Minutes)',
		name: 'frequencyInMinutes',
		type: 'number',
		default: 60,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'How often QuickBooks Web Connector polls QBD Connect for requests',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The name of the QBD Connect instance' },
	{
		displayName: 'QBWC Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'The password QuickBooks Web Connector uses to authenticate with QBD Connect',
	},
	{
		displayName: 'Company File Path',
		name: 'qbdPath',
		type: 'string',
		default: '',
		placeholder: 'e.g. C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\acme.qbw',
		description: 'The path of the QuickBooks Desktop company file',
	},
];

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
				routing: {
					request: { method: 'POST', url: '/instances' },
					send: { preSend: [validate(checkCustomerId), createBody] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an instance',
				routing: {
					request: { method: 'DELETE', url: instanceUrl },
					send: { preSend: [validate(checkInstanceId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an instance',
				routing: {
					request: { method: 'GET', url: instanceUrl },
					send: { preSend: [validate(checkInstanceId)] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many instances of a customer',
				routing: {
					request: {
						method: 'GET',
						url: '/instances',
						qs: { customerId: '={{$parameter.customerId}}' },
					},
					send: { preSend: [validate(checkCustomerId)] },
					output: { postReceive: [handleApiResponse, limitLocally] },
				},
			},
			{
				name: 'Get Metric',
				value: 'getMetric',
				action: 'Get a metric of an instance',
				description: 'Get one metric of an instance for a time range (kept for 360 days)',
				routing: {
					request: {
						method: 'GET',
						url: '=/instances/{{encodeURIComponent($parameter.instanceId)}}/metrics/{{encodeURIComponent($parameter.metricId.trim())}}',
					},
					send: { preSend: [validate(checkInstanceId, pathId('metricId', 'Metric ID')), metricRange] },
					output: { postReceive: [handleApiResponse] },
				},
			},
			{
				name: 'Get QWC File',
				value: 'getQwc',
				action: 'Get the web connector file of an instance',
				description: 'Download the .qwc file that sets up QuickBooks Web Connector, as binary data',
				routing: {
					request: {
						method: 'GET',
						url: '=/instances/{{encodeURIComponent($parameter.instanceId)}}/qwc',
						qs: { email: '={{$parameter.email}}' },
						headers: { Accept: 'application/xml' },
						// the raw bytes, untouched, for the binary output
						encoding: 'arraybuffer',
						json: false,
					},
					send: { preSend: [validate(checkInstanceId)] },
					output: { postReceive: [decodeErrorBody, handleApiResponse, qwcFile] },
				},
			},
			{
				name: 'Get Users',
				value: 'getUsers',
				action: 'Get the users of an instance',
				routing: {
					request: { method: 'GET', url: '=/instances/{{encodeURIComponent($parameter.instanceId)}}/users' },
					send: { preSend: [validate(checkInstanceId)] },
					output: { postReceive: [handleApiResponse, limitLocally] },
				},
			},
			{
				name: 'Partial Update',
				value: 'patch',
				action: 'Partially update an instance',
				description: 'PATCH: change only the fields you set',
				routing: {
					request: { method: 'PATCH', url: instanceUrl },
					send: { preSend: [validate(checkInstanceId), updateBody] },
					output: { postReceive: [handleApiResponseHiding('password')] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an instance',
				description: 'PUT: the documented update (name, QBWC password, company file path, frequency)',
				routing: {
					request: { method: 'PUT', url: instanceUrl },
					send: { preSend: [validate(checkInstanceId), updateBody] },
					output: { postReceive: [handleApiResponseHiding('password')] },
				},
			},
		],
	},
];

export const instanceFields: INodeProperties[] = [
	instanceLocator(show('get', 'update', 'patch', 'delete', 'getMetric', 'getQwc', 'getUsers')),
	customerLocator(show('getAll', 'create'), 'The customer that owns the instances'),
	...listFields('instance', 'getAll'),
	...listFields('instance', 'getUsers'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the instance',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Contact First Name',
		name: 'contactFirstName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Contact Last Name',
		name: 'contactLastName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Contact Email',
		name: 'contactEmail',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'App URL',
				name: 'appUrl',
				type: 'string',
				default: '',
				description: 'The URL that QuickBooks Web Connector sends requests to',
			},
			{
				displayName: 'Company File Path',
				name: 'qbdPath',
				type: 'string',
				default: '',
				description: 'The file path of the QuickBooks Desktop company file',
			},
			{ displayName: 'Contact Phone', name: 'contactPhone', type: 'string', default: '' },
			{
				displayName: 'Date Created',
				name: 'dateCreated',
				type: 'dateTime',
				default: '',
				description: 'Sent as a date (YYYY-MM-DD)',
			},
			{
				displayName: 'File ID',
				name: 'fileId',
				type: 'string',
				default: '',
				description: 'Unique per instance; the server generates one when not given',
			},
			{
				displayName: 'Frequency (Minutes)',
				name: 'frequencyInMinutes',
				type: 'number',
				default: 60,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: 'How often QuickBooks Web Connector polls QBD Connect',
			},
			{
				displayName: 'Instance ID',
				name: 'instanceId',
				type: 'string',
				default: '',
				description: 'The ID for the QBD Connect instance (the same as the user)',
			},
			{
				displayName: 'Validated',
				name: 'validated',
				type: 'boolean',
				default: false,
				description: 'Whether the validation of the user with the email address was completed',
			},
		],
	},
	slaCollection(show('create')),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('update', 'patch') },
		options: updateFieldOptions,
	},
	{
		displayName: 'Project ID',
		name: 'projectId',
		type: 'string',
		default: '',
		description: 'The ID of the support project of the instance',
		displayOptions: { show: show('delete') },
		routing: { send: { type: 'query', property: 'projectId', value: '={{$value.trim() || undefined}}' } },
	},
	{
		displayName: 'Metric ID',
		name: 'metricId',
		type: 'string',
		required: true,
		default: '',
		description: 'The metric to read (the API documents no list of metric IDs)',
		displayOptions: { show: show('getMetric') },
	},
	{
		displayName: 'From',
		name: 'fromTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the metrics; metrics are kept for 360 days, an earlier start returns the past year',
		displayOptions: { show: show('getMetric') },
	},
	{
		displayName: 'To',
		name: 'toTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the metrics; a future time returns the latest data',
		displayOptions: { show: show('getMetric') },
	},
	{
		displayName: 'Email to Account Owner',
		name: 'email',
		type: 'boolean',
		default: false,
		description: 'Whether QBD Connect also emails the QWC file to the account owner',
		displayOptions: { show: show('getQwc') },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: show('getQwc') },
		options: [
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'e.g. acme.qwc',
				description: 'Name of the output file; default {instance ID}.qwc',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				hint: 'The name of the output binary field to put the file in',
			},
		],
	},
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(instanceOperations, instanceFields);
