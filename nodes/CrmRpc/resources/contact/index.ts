import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../../shared/pagination';
import { contactSearchBy } from '../../constants';
import {
	addressField,
	addressObjects,
	catalogOperation,
	companyLocator,
	profileField,
	profileMultiOptions,
	profileOptions,
	rpcOperation,
	sendFields,
	type WireField,
} from '../../GenericFunctions';
import { guardOperations } from '../../../shared/validation';

const resource = 'contact';
const show = (...operation: string[]) => ({ resource: [resource], operation });

const filterWire: WireField[] = [
	{ name: 'companyId', wire: 'company_id', kind: 'id', label: 'Filters › Company ID' },
	{ name: 'originIds', wire: 'origin_id', kind: 'ids', label: 'Filters › Origins' },
	{ name: 'titleIds', wire: 'title_id', kind: 'ids', label: 'Filters › Titles' },
	{ name: 'positionIds', wire: 'position_id', kind: 'ids', label: 'Filters › Positions' },
	{ name: 'departmentIds', wire: 'department_id', kind: 'ids', label: 'Filters › Departments' },
	{ name: 'createdFrom', wire: 'created_at.from', kind: 'date', label: 'Filters › Created From' },
	{ name: 'createdTo', wire: 'created_at.to', kind: 'date', label: 'Filters › Created To' },
	{ name: 'query', wire: 'query', kind: 'text', label: 'Filters › Search Query' },
	{ name: 'withInputs', wire: 'with_inputs', kind: 'boolean', label: 'Filters › Include Inputs' },
	{ name: 'withAddresses', wire: 'with_addresses', kind: 'boolean', label: 'Filters › Include Addresses' },
];

const createWire: WireField[] = [
	{ name: 'companyId', wire: 'company_id', kind: 'id', label: 'Company', required: true },
	{ name: 'name', wire: 'name', kind: 'text', label: 'Name', required: true },
	{ name: 'surname', wire: 'surname', kind: 'text', label: 'Surname', required: true },
	{ name: 'originId', wire: 'origin_id', kind: 'id', label: 'Origin', required: true },
];

const additionalWire: WireField[] = [
	{ name: 'motherSurname', wire: 'mother_surname', kind: 'text', label: 'Additional Fields › Mother Surname' },
	{ name: 'titleId', wire: 'title_id', kind: 'id', label: 'Additional Fields › Title' },
	{ name: 'positionId', wire: 'position_id', kind: 'id', label: 'Additional Fields › Position' },
	{ name: 'departmentId', wire: 'department_id', kind: 'id', label: 'Additional Fields › Department' },
	{ name: 'phoneOffice', wire: 'phone_office', kind: 'text', label: 'Additional Fields › Office Phone' },
	{ name: 'phoneOfficeExtension', wire: 'phone_office_extension', kind: 'text', label: 'Additional Fields › Office Phone Extension' },
	{ name: 'phoneMobile', wire: 'phone_mobile', kind: 'text', label: 'Additional Fields › Mobile Phone' },
	{ name: 'phoneOther', wire: 'phone_other', kind: 'text', label: 'Additional Fields › Other Phone' },
	{ name: 'email', wire: 'email', kind: 'text', label: 'Additional Fields › Email' },
	{ name: 'skype', wire: 'skype', kind: 'text', label: 'Additional Fields › Skype' },
	{ name: 'linkedin', wire: 'linkedin', kind: 'text', label: 'Additional Fields › LinkedIn' },
	{ name: 'twitter', wire: 'twitter', kind: 'text', label: 'Additional Fields › Twitter' },
];

const assistantWire: WireField[] = [
	{ name: 'name', wire: 'name', kind: 'text', label: 'Assistant › Name', required: true },
	{ name: 'surname', wire: 'surname', kind: 'text', label: 'Assistant › Surname', required: true },
	{ name: 'motherSurname', wire: 'mother_surname', kind: 'text', label: 'Assistant › Mother Surname' },
	{ name: 'phoneOffice', wire: 'phone_office', kind: 'text', label: 'Assistant › Office Phone' },
	{ name: 'phoneOfficeExtension', wire: 'phone_office_extension', kind: 'text', label: 'Assistant › Office Phone Extension' },
	{ name: 'email', wire: 'email', kind: 'text', label: 'Assistant › Email' },
	{ name: 'skype', wire: 'skype', kind: 'text', label: 'Assistant › Skype' },
	{ name: 'linkedin', wire: 'linkedin', kind: 'text', label: 'Assistant › LinkedIn' },
];

const getWire: WireField[] = [
	{ name: 'searchBy', wire: 'search_by', kind: 'text', label: 'Search By', required: true },
	{ name: 'searchValue', wire: 'search_value', kind: 'text', label: 'Search Value', required: true },
];

const text = (displayName: string, name: string, extra: Partial<INodeProperties> = {}) =>
	({ displayName, name, type: 'string', default: '', ...extra }) as INodeProperties;

export const contactOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getContacts',
		options: [
			rpcOperation({
				name: 'Create',
				value: 'createContact',
				action: 'Create a contact',
				service: 'Contacts',
				method: 'CreateContact',
				root: 'contact',
				preSend: [
					sendFields({
						fields: createWire,
						collections: { additionalFields: additionalWire },
						objects: [...addressObjects, { path: 'assistant.details', wire: 'assistant', fields: assistantWire }],
					}),
				],
			}),
			rpcOperation({
				name: 'Get',
				value: 'getContact',
				action: 'Get a contact',
				description: 'Get a contact by ID or by email',
				service: 'Contacts',
				method: 'GetContact',
				root: 'contact',
				preSend: [
					sendFields({
						fields: getWire,
						collections: { options: [{ name: 'companyId', wire: 'company_id', kind: 'id', label: 'Options › Company ID' }] },
					}),
				],
			}),
			catalogOperation('Contacts', 'GetDepartments', 'departments', 'Departments', 'Get the contact departments of a profile'),
			catalogOperation('Contacts', 'GetInputs', 'inputs', 'Inputs', 'Get the custom contact fields (inputs) of a profile'),
			rpcOperation({
				name: 'Get Many',
				value: 'getContacts',
				action: 'Get many contacts',
				service: 'Contacts',
				method: 'GetContacts',
				root: 'contacts',
				paged: true,
				preSend: [sendFields({ collections: { filters: filterWire } })],
			}),
			catalogOperation('Contacts', 'GetOrigins', 'origins', 'Origins', 'Get the contact origins of a profile'),
			catalogOperation('Contacts', 'GetPositions', 'positions', 'Positions', 'Get the contact positions of a profile'),
			catalogOperation('Contacts', 'GetTitles', 'titles', 'Titles', 'Get the contact titles of a profile'),
		],
	},
];

export const contactFields: INodeProperties[] = [
	profileField(resource, [
		'createContact',
		'getContact',
		'getDepartments',
		'getInputs',
		'getContacts',
		'getOrigins',
		'getPositions',
		'getTitles',
	]),

	// create
	companyLocator(show('createContact')),
	text('Name', 'name', { required: true, displayOptions: { show: show('createContact') } }),
	text('Surname', 'surname', { required: true, displayOptions: { show: show('createContact') } }),
	profileOptions('Origin', 'originId', 'getContactOrigins', { required: true, displayOptions: { show: show('createContact') } }),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('createContact') },
		options: [
			profileOptions('Department', 'departmentId', 'getDepartments'),
			text('Email', 'email', { placeholder: 'name@email.com' }),
			text('LinkedIn', 'linkedin'),
			text('Mobile Phone', 'phoneMobile'),
			text('Mother Surname', 'motherSurname'),
			text('Office Phone', 'phoneOffice'),
			text('Office Phone Extension', 'phoneOfficeExtension'),
			text('Other Phone', 'phoneOther'),
			profileOptions('Position', 'positionId', 'getPositions'),
			text('Skype', 'skype'),
			profileOptions('Title', 'titleId', 'getTitles'),
			text('Twitter', 'twitter'),
		],
	},
	addressField('Shipping Address', 'shippingAddress', show('createContact')),
	addressField('Billing Address', 'billingAddress', show('createContact')),
	{
		displayName: 'Assistant',
		name: 'assistant',
		type: 'fixedCollection',
		placeholder: 'Add Assistant',
		default: {},
		displayOptions: { show: show('createContact') },
		options: [
			{
				displayName: 'Details',
				name: 'details',
				values: [
					text('Name', 'name'),
					text('Surname', 'surname'),
					text('Mother Surname', 'motherSurname'),
					text('Office Phone', 'phoneOffice'),
					text('Office Phone Extension', 'phoneOfficeExtension'),
					text('Email', 'email', { placeholder: 'name@email.com' }),
					text('Skype', 'skype'),
					text('LinkedIn', 'linkedin'),
				],
			},
		],
	},

	// get
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		options: contactSearchBy,
		default: 'id',
		description: 'Which key identifies the contact',
		displayOptions: { show: show('getContact') },
	},
	text('Search Value', 'searchValue', {
		required: true,
		placeholder: 'e.g. 42 or name@email.com',
		description: 'The contact ID or email',
		displayOptions: { show: show('getContact') },
	}),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: show('getContact') },
		options: [text('Company ID', 'companyId', { description: 'Only look in this company' })],
	},

	// get many
	...listFields(resource, 'getContacts'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getContacts') },
		options: [
			text('Company ID', 'companyId', { description: 'Only contacts of this company' }),
			{ displayName: 'Created From', name: 'createdFrom', type: 'dateTime', default: '', description: 'Contacts created on or after this day' },
			{ displayName: 'Created To', name: 'createdTo', type: 'dateTime', default: '', description: 'Contacts created on or before this day' },
			profileMultiOptions('Department', 'departmentIds', 'getDepartments'),
			{ displayName: 'Include Addresses', name: 'withAddresses', type: 'boolean', default: false, description: 'Whether to include the disclosed addresses of each contact' },
			{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each contact' },
			profileMultiOptions('Origin', 'originIds', 'getContactOrigins'),
			profileMultiOptions('Position', 'positionIds', 'getPositions'),
			{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for' },
			profileMultiOptions('Title', 'titleIds', 'getTitles'),
		],
	},

	...['getDepartments', 'getInputs', 'getOrigins', 'getPositions', 'getTitles'].flatMap((operation) =>
		listFields(resource, operation),
	),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(contactOperations, contactFields);
