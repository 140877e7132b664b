import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { sendAs } from './common';

const ADDRESS_FIELDS: Array<[displayName: string, name: string, wire: string]> = [
	['Street', 'street', 'street'],
	['Number', 'number', 'number'],
	['Interior Number', 'interiorNumber', 'interior_number'],
	['Zip Code', 'zip', 'zip'],
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

// the choices of the CrmRpc doc (api/reference-data.json, section crmrpc)

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
