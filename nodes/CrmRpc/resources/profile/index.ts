import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../../shared/pagination';
import { catalogOperation, profileField, rpcOperation, sendFields } from '../../GenericFunctions';
import { guardOperations } from '../../../shared/validation';

const resource = 'profile';

export const profileOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getProfiles',
		options: [
			catalogOperation('Profiles', 'GetCountries', 'countries', 'Countries', 'Get the valid countries'),
			rpcOperation({
				name: 'Get Many',
				value: 'getProfiles',
				action: 'Get many profiles',
				description: 'Get the profiles of the logged-in user',
				service: 'Profiles',
				method: 'GetProfiles',
				root: 'profiles',
				list: true,
			}),
			catalogOperation('Profiles', 'GetStages', 'stages', 'Stages', 'Get the opportunity stages of a profile'),
			rpcOperation({
				name: 'Get States',
				value: 'getStates',
				action: 'Get states',
				description: 'Get the states of a country',
				service: 'Profiles',
				method: 'GetStates',
				root: 'states',
				list: true,
				preSend: [sendFields({ fields: [{ name: 'country', wire: 'country', kind: 'text', label: 'Country', required: true }] })],
			}),
			catalogOperation('Profiles', 'GetUsers', 'users', 'Users', 'Get the users of a profile'),
		],
	},
];

export const profileFields: INodeProperties[] = [
	profileField(resource, ['getStages', 'getUsers']),
	{
		displayName: 'Country Name or ID',
		name: 'country',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		required: true,
		default: '',
		description:
			'The country code. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { resource: [resource], operation: ['getStates'] } },
	},
	...['getProfiles', 'getStages', 'getCountries', 'getStates', 'getUsers'].flatMap((operation) =>
		listFields(resource, operation),
	),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(profileOperations, profileFields);
