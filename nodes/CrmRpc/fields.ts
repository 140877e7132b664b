import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listFields as sharedListFields } from '../shared/pagination';
import { sendAs } from './common';

const ADDRESS_FIELDS: Array<[displayName: string, name: string, wire: string]> = [
	['Street', 'street', 'street'],
	['Number', 'number', 'number'],
	['Interior Number', 'interiorNumber', 'interior_number'],
	['Zip', 'zip', 'zip'],
	['Suburb', 'suburb', 'suburb'],
	['City', 'city', 'city'],
	['Latitude', 'latitude', 'latitude'],
	['Longitude', 'longitude', 'longitude'],
];

/** One address of a company or contact, as a fixed collection sent as one object (`shipping_address`). */
export function addressField(displayName: string, name: string, wire: string, show: IDataObject): INodeProperties {
	const send = (field: string) => ({ send: sendAs(`${wire}.${field}`) });
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: `Add ${displayName}`,
		default: {},
		displayOptions: { show: show as { [key: string]: string[] } },
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					{
						displayName: 'Country Name or ID',
						name: 'country',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getCountries' },
						default: '',
						description: 'The country code. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						routing: send('country'),
					},
					{
						displayName: 'State Name or ID',
						name: 'state',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getStates', loadOptionsDependsOn: ['&country'] },
						default: '',
						description: 'The state code. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						routing: send('state'),
					},
					...ADDRESS_FIELDS.map(([label, field, fieldWire]) => ({
						displayName: label,
						name: field,
						type: 'string' as const,
						default: '',
						routing: send(fieldWire),
					})),
				],
			},
		],
	};
}

/* ---------------------------------------------------------- static lists */

// the choices of the CrmRpc doc (shared/api/reference-data.json, section crmrpc)

export const opportunityStatuses: INodePropertyOptions[] = [
	{ name: 'Active', value: 'active' },
	{ name: 'Lost', value: 'lost' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Won', value: 'won' },
];

/** `contact_type` of the GetOpportunities filter and `prospect_type` of CreateOpportunity. */
export const prospectTypes: INodePropertyOptions[] = [
	{ name: 'Existing', value: 'existing', description: 'An existing customer' },
	{ name: 'New', value: 'new', description: 'A new customer' },
];

export const operationTypes: INodePropertyOptions[] = [
	{ name: 'New', value: 'new', description: 'A new sale' },
	{ name: 'Renew', value: 'renew', description: 'A renewal' },
];

/** The "no filter" choice of an options filter: added but unset, it filters nothing. */
export const ANY: INodePropertyOptions = { name: 'Any', value: '', description: 'Do not filter by this' };

/* ------------------------------------------------------ list Return All */

/** The List Options (retries, pause between pages) of a resource's Get Many, named `<resource>GetAllOptions`. */
export function listOptionsField(resource: string, paged: boolean): INodeProperties {
	return sharedListFields(resource, 'getAll', undefined, { paged }).find((property) => property.type === 'collection')!;
}

/** Return All / Limit of the list operations (`getAll` of every resource): one property each in the node. */
export const listFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		displayOptions: { show: { operation: ['getAll'] } },
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { operation: ['getAll'], returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		// n8n cuts the output (the paged lists also ask only for what is needed)
		routing: { output: { maxResults: '={{$value}}' } },
	},
];
