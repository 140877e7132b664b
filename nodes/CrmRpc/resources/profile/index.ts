import type { INodeProperties } from 'n8n-workflow';

import { checkFields } from '../../../shared/checks';
import { catalogOperation, profileField, rpcOperation, sendAs } from '../../common';
import { listFields, listOptionsField } from '../../fields';

const resource = 'profile';

export const profileFields: INodeProperties[] = [
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
	listOptionsField(resource, false),
];

// the resource's fields and Return All / Limit, checked per item before sending
const checkInput = checkFields([...profileFields, ...listFields]);

export const profileOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getAll',
		options: [
			catalogOperation('Profiles', 'GetCountries', 'countries', 'Countries', 'Get the valid countries, one item per country (code, name)'),
			rpcOperation({
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many profiles',
				description: 'List the profiles (CRM workspaces) of the logged-in user (Profiles.GetProfiles), one item per profile',
				service: 'Profiles',
				method: 'GetProfiles',
				root: 'profiles',
				whole: true,
				preSend: [checkInput],
			}),
			catalogOperation('Profiles', 'GetStages', 'stages', 'Stages', 'Get the opportunity stages of a profile, one item per stage (id, name)', [checkInput]),
			catalogOperation('Profiles', 'GetStates', 'states', 'States', 'Get the states of a country, one item per state (code, name)', [checkInput]),
			catalogOperation('Profiles', 'GetUsers', 'users', 'Users', 'Get the users of a profile, one item per user (id, name, email)', [checkInput]),
		],
	},
];
