import type { INodeProperties } from 'n8n-workflow';

import { bodyAt, bodyText, collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { simplifyProperties } from '../../../shared/simplify';
import { customerLocator, dateCreatedField, instanceLocator, instantField, notBlankWhenAdded, showFor, slaCollection } from '../../common';

const show = showFor('instance');

const frequency = (description: string): INodeProperties => ({
	displayName: 'Frequency (Minutes)',
	name: 'frequencyInMinutes',
	type: 'number',
	default: 60,
	typeOptions: { minValue: 1, numberPrecision: 0 },
	description,
	routing: bodyAt('frequencyInMinutes'),
});

const appUrl = bodyText('App URL', 'appUrl', 'appUrl', { description: 'The URL that QuickBooks Web Connector sends requests to' });

const validated: INodeProperties = {
	displayName: 'Validated',
	name: 'validated',
	type: 'boolean',
	default: false,
	description: 'Whether the validation of the user with the email address was completed',
	routing: bodyAt('validated'),
};

const companyFilePath: INodeProperties = bodyText('Company File Path', 'qbdPath', 'qbdPath', { placeholder: 'e.g. C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\acme.qbw', description: 'The path of the QuickBooks Desktop company file' });

const qbwcPassword: INodeProperties = {
	displayName: 'QBWC Password',
	name: 'password',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'The password QuickBooks Web Connector uses to authenticate with QBD Connect',
	routing: bodyAt('password'),
};

const renamed = (collectionName: string): INodeProperties => ({
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
			preSend: [notBlankWhenAdded(`${collectionName}.name`, 'Name')],
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
	bodyText('Name', 'instanceName', 'name', { required: true, description: 'The name of the instance', displayOptions: { show: show('create') } }),
	bodyText('Contact First Name', 'contactFirstName', 'contact.firstName', { required: true, description: 'First name of the person responsible for the instance', displayOptions: { show: show('create') } }),
	bodyText('Contact Last Name', 'contactLastName', 'contact.lastName', { required: true, description: 'Last name of the person responsible for the instance', displayOptions: { show: show('create') } }),
	bodyText('Contact Email', 'contactEmail', 'contact.email', { placeholder: 'e.g. name@email.com', required: true, description: 'Email of the person responsible for the instance', displayOptions: { show: show('create') } }),
	collection('Additional Fields', 'instanceFields', { show: show('create') }, [
		appUrl,
		companyFilePath,
		bodyText('Contact Phone', 'contactPhone', 'contact.phone'),
		dateCreatedField('instanceFields'),
		bodyText('File ID', 'fileId', 'fileId', { description: 'Unique per instance; the server generates one when not given' }),
		frequency('How often QuickBooks Web Connector polls QBD Connect'),
		bodyText('Instance ID', 'instanceId', 'instanceId', {
			description: 'The ID for the new QBD Connect instance (the same as its user); the server assigns one when not given',
		}),
		validated,
	]),
	slaCollection('instanceSla', show('create')),
	collection('Update Fields', 'instanceUpdateFields', { show: show('update') }, [
		companyFilePath,
		frequency('How often QuickBooks Web Connector polls QBD Connect for requests'),
		renamed('instanceUpdateFields'),
		qbwcPassword,
	], 'The name, QBWC password, company file path or polling frequency to change'),
	collection('Update Fields', 'instancePatchFields', { show: show('patch') }, [
		appUrl,
		companyFilePath,
		bodyText('Contact Email', 'contactEmail', 'contact.email'),
		bodyText('Contact First Name', 'contactFirstName', 'contact.firstName'),
		bodyText('Contact Last Name', 'contactLastName', 'contact.lastName'),
		bodyText('Contact Phone', 'contactPhone', 'contact.phone'),
		frequency('How often QuickBooks Web Connector polls QBD Connect for requests'),
		renamed('instancePatchFields'),
		qbwcPassword,
		validated,
	], 'The fields of the instance to change; fields not added keep their value'),
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
	collection('Options', 'instanceQwcOptions', { show: show('getQwc') }, [
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
	]),
	// after the data fields (n8n's UX guidelines)
	...simplifyProperties('instance', ['get', 'getAll']),
];
