import type { INodeProperties } from 'n8n-workflow';

import { listProperties } from '../../../shared/lists';
import { operationsProperty } from '../../../shared/operations';
import { catalogRow, profileField, rpcRow, sendAs } from '../../common';
import { crmRpc } from '../../transport';

const resource = 'profile';

export const profileFields: INodeProperties[] = [
	...listProperties(resource, { paged: false }),
	profileField(resource, ['getStages', 'getUsers']),
	{
		displayName: 'Country Name or ID',
		name: 'profileCountry',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		required: true,
		default: '',
		description:
			'The country code, e.g. MX. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { resource: [resource], operation: ['getStates'] } },
		routing: { send: sendAs('country') },
	},
];

export const profileOperations = operationsProperty(crmRpc, {
	resource, fields: profileFields, default: 'getAll',
	rows: [
		catalogRow('Profiles', 'GetCountries', 'countries', 'Countries', 'Get the valid countries, one item per country (code, name)'),
		rpcRow('Profiles', 'GetProfiles', { value: 'getAll', name: 'Get Many', root: 'profiles', list: 'whole',
			action: 'Get many profiles', description: 'List the profiles (CRM workspaces) of the logged-in user, one item per profile' }),
		catalogRow('Profiles', 'GetStages', 'stages', 'Stages', 'Get the opportunity stages of a profile, one item per stage (ID, name)'),
		catalogRow('Profiles', 'GetStates', 'states', 'States', 'Get the states of a country, one item per state (code, name)'),
		catalogRow('Profiles', 'GetUsers', 'users', 'Users', 'Get the users of a profile, one item per user (ID, name, email)'),
	],
});
