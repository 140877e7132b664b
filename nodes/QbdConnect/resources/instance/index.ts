import type { IDataObject } from 'n8n-workflow';

import { somethingToUpdate } from '../../../shared/bodyRules';
import { operationsProperty } from '../../../shared/operations';
import { simplified } from '../../../shared/simplify';
import { timeRange } from '../../common';
import { dropBlankFields, instanceReadBack, qbd } from '../../transport';
import { instanceFields } from './fields';

export { instanceFields };

/** An update sends only the fields added, and at least one. */
const updateBody = [dropBlankFields, somethingToUpdate()];

/** Simplify: an instance without its file ID and SLA (9 of its 11 fields). */
const shortInstance = simplified('instance', (record: IDataObject) => ({
	instanceId: record.instanceId,
	name: record.name,
	customerId: record.customerId,
	contact: record.contact,
	qbdPath: record.qbdPath,
	appUrl: record.appUrl,
	frequencyInMinutes: record.frequencyInMinutes,
	validated: record.validated,
	dateCreated: record.dateCreated,
}));

const instancePath = '/instances/{instanceId}';
const textIds = ['instanceId'];

export const instanceOperations = operationsProperty(qbd, {
	resource: 'instance', fields: instanceFields, default: 'get',
	rows: [
		{ value: 'create', name: 'Create', method: 'POST', path: '/instances',
			action: 'Create an instance', description: 'Create a QuickBooks Desktop instance for a customer; returns the created instance' },
		{ value: 'delete', name: 'Delete', method: 'DELETE', path: instancePath, textIds,
			action: 'Delete an instance', description: 'Delete an instance by its ID; returns that it was deleted' },
		{ value: 'get', name: 'Get', method: 'GET', path: instancePath, textIds, shape: [shortInstance],
			action: 'Get an instance', description: 'Get one instance by its ID; returns the instance with its contact, settings and SLA' },
		{ value: 'getAll', name: 'Get Many', method: 'GET', path: '/instances', list: 'whole', shape: [shortInstance],
			action: 'Get many instances of a customer', description: 'List the instances of one customer; returns one item per instance' },
		{ value: 'getMetric', name: 'Get Metric', method: 'GET', path: '/instances/{instanceId}/metrics/{metricId}',
			textIds: ['instanceId', 'metricId'], checks: [timeRange({ parameter: 'fromTime', label: 'From' }, { parameter: 'toTime', label: 'To' })],
			action: 'Get a metric of an instance', description: "Get one metric of an instance for a time range (kept for 360 days); returns the metric's data" },
		// the raw bytes, untouched, for the binary output
		{ value: 'getQwc', name: 'Get QWC File', method: 'GET', path: '/instances/{instanceId}/qwc', textIds,
			request: { headers: { Accept: 'application/xml' }, encoding: 'arraybuffer', json: false },
			action: 'Get the web connector file of an instance', description: 'Download the .qwc file that sets up QuickBooks Web Connector; returns it as binary data' },
		{ value: 'getUsers', name: 'Get Users', method: 'GET', path: '/instances/{instanceId}/users', textIds, list: 'whole',
			action: 'Get the users of an instance', description: 'List the users who can reach an instance; returns one item per user' },
		{ value: 'patch', name: 'Partial Update', method: 'PATCH', path: instancePath, textIds, bodyRule: updateBody,
			hide: ['instancePatchFields.password'], shape: [instanceReadBack],
			action: 'Partially update an instance', description: 'Change only the fields given; returns the updated instance' },
		{ value: 'update', name: 'Update', method: 'PUT', path: instancePath, textIds, bodyRule: updateBody,
			hide: ['instanceUpdateFields.password'], shape: [instanceReadBack],
			action: 'Update an instance', description: 'Change the name, QBWC password, company file path or polling frequency; returns the updated instance' },
	],
});
