import type { INodeProperties } from 'n8n-workflow';

import { sendDate } from '../../../shared/dates';
import { listProperties } from '../../../shared/lists';
import { simplifyProperties } from '../../../shared/simplify';
import { customerLocator, instanceLocator, instantField, notBlankWhenAdded, showFor, slaCollection } from '../../common';

const show = showFor('instance');

const body = (property: string): INodeProperties['routing'] => ({ send: { type: 'body', property } });

const frequency = (description: string): INodeProperties => ({
	displayName: 'Frequency (Minutes)',
	name: 'frequencyInMinutes',
	type: 'number',
	default: 60,
	typeOptions: { minValue: 1, numberPrecision: 0 },
	description,
	routing: body('frequencyInMinutes'),
});

const companyFilePath: INodeProperties = {
	displayName: 'Company File Path',
	name: 'qbdPath',
	type: 'string',
	default: '',
	placeholder: 'e.g. C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\acme.qbw',
	description: 'The path of the QuickBooks Desktop company file',
	routing: body('qbdPath'),
};

const qbwcPassword: INodeProperties = {
	displayName: 'QBWC Password',
	name: 'password',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'The password QuickBooks Web Connector uses to authenticate with QBD Connect',
	routing: body('password'),
};

const renamed = (collection: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'The new name of the instance',
	routing: {
		send: {
			type: 'body',
			property: 'name',
			value: '={{ String($value ?? "").trim() }}',
			preSend: [notBlankWhenAdded(`${collection}.name`, 'Name')],
		},
	},
});

export const instanceFields: INodeProperties[] = [
	instanceLocator(show('get', 'update', 'patch', 'delete', 'getMetric', 'getQwc', 'getUsers')),
	// the same customer, sent two ways: a query parameter of Get Many, a body field of Create
	customerLocator('instanceCustomerId', show('getAll'), 'The customer whose instances to list', {
		send: { type: 'query', property: 'customerId' },
	}),
	customerLocator('instanceCreateCustomerId', show('create'), 'The customer that will own the instance', {
		send: { type: 'body', property: 'customerId' },
	}),
	...listProperties('instance', { paged: false }),
	...listProperties('instance', { operation: 'getUsers', paged: false }),
	{
		displayName: 'Name',
		name: 'instanceName',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the instance',
		displayOptions: { show: show('create') },
		routing: body('name'),
	},
	{
		displayName: 'Contact First Name',
		name: 'contactFirstName',
		type: 'string',
		required: true,
		default: '',
		description: 'First name of the person responsible for the instance',
		displayOptions: { show: show('create') },
		routing: body('contact.firstName'),
	},
	{
		displayName: 'Contact Last Name',
		name: 'contactLastName',
		type: 'string',
		required: true,
		default: '',
		description: 'Last name of the person responsible for the instance',
		displayOptions: { show: show('create') },
		routing: body('contact.lastName'),
	},
	{
		displayName: 'Contact Email',
		name: 'contactEmail',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		required: true,
		default: '',
		description: 'Email of the person responsible for the instance',
		displayOptions: { show: show('create') },
		routing: body('contact.email'),
	},
	{
		displayName: 'Additional Fields',
		name: 'instanceFields',
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
				routing: body('appUrl'),
			},
			companyFilePath,
			{ displayName: 'Contact Phone', name: 'contactPhone', type: 'string', default: '', routing: body('contact.phone') },
			{
				displayName: 'Date Created',
				name: 'dateCreated',
				type: 'dateTime',
				default: '',
				description: 'Sent as a date (YYYY-MM-DD); a date with a time zone keeps its own day',
				routing: {
					send: sendDate({ parameter: 'instanceFields.dateCreated', label: 'Date Created', type: 'body', property: 'dateCreated', format: 'yyyy-MM-dd' }),
				},
			},
			{
				displayName: 'File ID',
				name: 'fileId',
				type: 'string',
				default: '',
				description: 'Unique per instance; the server generates one when not given',
				routing: body('fileId'),
			},
			frequency('How often QuickBooks Web Connector polls QBD Connect'),
			{
				displayName: 'Instance ID',
				name: 'instanceId',
				type: 'string',
				default: '',
				description: 'The ID for the new QBD Connect instance (the same as its user); the server assigns one when not given',
				routing: body('instanceId'),
			},
			{
				displayName: 'Validated',
				name: 'validated',
				type: 'boolean',
				default: false,
				description: 'Whether the validation of the user with the email address was completed',
				routing: body('validated'),
			},
		],
	},
	slaCollection('instanceSla', show('create')),
	{
		displayName: 'Update Fields',
		name: 'instanceUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'The name, QBWC password, company file path or polling frequency to change',
		displayOptions: { show: show('update') },
		options: [
			companyFilePath,
			frequency('How often QuickBooks Web Connector polls QBD Connect for requests'),
			renamed('instanceUpdateFields'),
			qbwcPassword,
		],
	},
	{
		displayName: 'Update Fields',
		name: 'instancePatchFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'The fields of the instance to change; fields not added keep their value',
		displayOptions: { show: show('patch') },
		options: [
			{
				displayName: 'App URL',
				name: 'appUrl',
				type: 'string',
				default: '',
				description: 'The URL that QuickBooks Web Connector sends requests to',
				routing: body('appUrl'),
			},
			companyFilePath,
			{ displayName: 'Contact Email', name: 'contactEmail', type: 'string', default: '', routing: body('contact.email') },
			{ displayName: 'Contact First Name', name: 'contactFirstName', type: 'string', default: '', routing: body('contact.firstName') },
			{ displayName: 'Contact Last Name', name: 'contactLastName', type: 'string', default: '', routing: body('contact.lastName') },
			{ displayName: 'Contact Phone', name: 'contactPhone', type: 'string', default: '', routing: body('contact.phone') },
			frequency('How often QuickBooks Web Connector polls QBD Connect for requests'),
			renamed('instancePatchFields'),
			qbwcPassword,
			{
				displayName: 'Validated',
				name: 'validated',
				type: 'boolean',
				default: false,
				description: 'Whether the validation of the user with the email address was completed',
				routing: body('validated'),
			},
		],
	},
	{
		displayName: 'Project ID',
		name: 'projectId',
		type: 'string',
		default: '',
		description: 'The ID of the support project of the instance, when it has one',
		displayOptions: { show: show('delete') },
		routing: { send: { type: 'query', property: 'projectId', value: '={{ String($value ?? "").trim() || undefined }}' } },
	},
	{
		displayName: 'Metric ID',
		name: 'metricId',
		type: 'string',
		required: true,
		default: '',
		description: 'The metric to read, as named by your QBD Connect server (the API documents no list of metric IDs)',
		displayOptions: { show: show('getMetric') },
	},
	instantField('From', 'fromTime', 'Start of the metrics; metrics are kept for 360 days, an earlier start returns the past year', show('getMetric')),
	instantField('To', 'toTime', 'End of the metrics, not before From; a future time returns the latest data', show('getMetric')),
	{
		displayName: 'Email to Account Owner',
		name: 'instanceQwcEmail',
		type: 'boolean',
		default: false,
		description: 'Whether QBD Connect also emails the QWC file to the account owner',
		displayOptions: { show: show('getQwc') },
		routing: { send: { type: 'query', property: 'email' } },
	},
	{
		displayName: 'Options',
		name: 'instanceQwcOptions',
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
	// after the data fields (n8n's UX guidelines)
	...simplifyProperties('instance', ['get', 'getAll']),
];
