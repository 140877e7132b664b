import type { INodeProperties, INodeRequestSend } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { email } from '../../../shared/checks';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { simplifyProperties } from '../../../shared/simplify';
import { catalogRow, profileField, profileMultiOptions, profileOptions, rpcRow, searchKeyLocator, sendAs, sendDay, sendId, sendIds, shortRecord } from '../../common';
import { addressField } from '../../fields';
import { crmRpc } from '../../transport';

const resource = 'contact';
const show = (...operation: string[]) => ({ resource: [resource], operation });

/** A text field sent as `parameters.<wire>`. */
const text = (displayName: string, name: string, wire: string, extra: Partial<INodeProperties> = {}) =>
	({ displayName, name, type: 'string', default: '', routing: { send: sendAs(wire) }, ...extra }) as INodeProperties;

/** An assistant detail, sent inside `parameters.assistant`. */
const assistantText = (displayName: string, name: string, wire: string, extra: Partial<INodeProperties> = {}) =>
	text(displayName, name, `assistant.${wire}`, extra);

/** A company picked inside a collection (Get's Options, Get Many's Filters). */
const companyPicker = (description: string, send: INodeRequestSend): INodeProperties => ({
	...resourceLocator({ name: 'companyId', displayName: 'Company', show: {}, searchListMethod: 'searchCompanies', required: false, description, routing: { send } }),
	displayOptions: undefined,
});

export const contactFields: INodeProperties[] = [
	profileField(resource, ['create', 'get', 'getDepartments', 'getInputs', 'getAll', 'getOrigins', 'getPositions', 'getTitles']),
	...listProperties(resource, { paged: true }),

	// create
	resourceLocator({
		name: 'contactCompanyId',
		displayName: 'Company',
		show: show('create'),
		searchListMethod: 'searchCompanies',
		description: 'The company the contact works for (a company of the profile)',
		routing: { send: sendId('company_id', 'Company') },
	}),
	text('Name', 'contactName', 'name', { required: true, description: 'The first name', displayOptions: { show: show('create') } }),
	text('Surname', 'contactSurname', 'surname', { required: true, description: 'The last name', displayOptions: { show: show('create') } }),
	profileOptions(resource, 'Origin', 'contactOriginId', 'getContactOrigins', {
		required: true,
		description: "How the contact came in, as 'Get Origins' lists them",
		displayOptions: { show: show('create') },
		routing: { send: sendId('origin_id', 'Origin') },
	}),
	collection('Additional Fields', 'contactFields', { show: show('create') }, [
		profileOptions(resource, 'Department', 'departmentId', 'getDepartments', {
			routing: { send: sendId('department_id', 'Additional Fields › Department') },
		}),
		text('Email', 'email', 'email', {
			placeholder: 'e.g. name@email.com',
			routing: { send: { ...sendAs('email'), preSend: [email('contactFields.email', 'Additional Fields › Email')] } },
		}),
		text('LinkedIn', 'linkedin', 'linkedin'),
		text('Mobile Phone', 'phoneMobile', 'phone_mobile'),
		text('Mother Surname', 'motherSurname', 'mother_surname', { description: 'The second last name' }),
		text('Office Phone', 'phoneOffice', 'phone_office'),
		text('Office Phone Extension', 'phoneOfficeExtension', 'phone_office_extension'),
		text('Other Phone', 'phoneOther', 'phone_other'),
		profileOptions(resource, 'Position', 'positionId', 'getPositions', {
			routing: { send: sendId('position_id', 'Additional Fields › Position') },
		}),
		text('Skype', 'skype', 'skype'),
		profileOptions(resource, 'Title', 'titleId', 'getTitles', {
			routing: { send: sendId('title_id', 'Additional Fields › Title') },
		}),
		text('Twitter', 'twitter', 'twitter'),
	]),
	addressField('Shipping Address', 'contactShippingAddress', 'shipping_address', show('create')),
	addressField('Billing Address', 'contactBillingAddress', 'billing_address', show('create')),
	{
		displayName: 'Assistant',
		name: 'contactAssistant',
		type: 'fixedCollection',
		placeholder: 'Add Assistant',
		default: {},
		description: "The contact's assistant; name and surname are required once added",
		displayOptions: { show: show('create') },
		options: [
			{
				displayName: 'Details',
				name: 'details',
				values: [
					// in n8n's order: alphabetical by what the user reads
					assistantText('Email', 'email', 'email', { placeholder: 'e.g. name@email.com' }),
					assistantText('LinkedIn', 'linkedin', 'linkedin'),
					assistantText('Mother Surname', 'motherSurname', 'mother_surname'),
					assistantText('Name', 'name', 'name', { required: true }),
					assistantText('Office Phone', 'phoneOffice', 'phone_office'),
					assistantText('Office Phone Extension', 'phoneOfficeExtension', 'phone_office_extension'),
					assistantText('Skype', 'skype', 'skype'),
					assistantText('Surname', 'surname', 'surname', { required: true }),
				],
			},
		],
	},

	// get
	searchKeyLocator({
		name: 'contactId',
		displayName: 'Contact',
		show: show('get'),
		searchListMethod: 'searchContacts',
		description: 'The contact to get: from the list, by ID, or by its email',
		key: { mode: 'email', displayName: 'By Email', placeholder: 'e.g. name@email.com', searchBy: 'email' },
	}),
	collection('Options', 'contactOptions', { show: show('get') }, [
		companyPicker('Only look in this company', sendId('company_id', 'Options › Company')),
	]),

	// get many
	collection('Filters', 'contactFilters', { show: show('getAll') }, [
		companyPicker('Only contacts of this company', sendId('company_id', 'Filters › Company')),
		{ displayName: 'Created From', name: 'createdFrom', type: 'dateTime', default: '', description: 'Contacts created on or after this day', routing: { send: sendDay('contactFilters.createdFrom', 'created_at.from', 'Filters › Created From') } },
		{ displayName: 'Created To', name: 'createdTo', type: 'dateTime', default: '', description: 'Contacts created on or before this day', routing: { send: sendDay('contactFilters.createdTo', 'created_at.to', 'Filters › Created To') } },
		profileMultiOptions(resource, 'Department', 'departmentIds', 'getDepartments', sendIds('department_id', 'Filters › Departments')),
		{ displayName: 'Include Addresses', name: 'withAddresses', type: 'boolean', default: false, description: "Whether to include the disclosed addresses of each contact (shown with 'Simplify' off)", routing: { send: sendAs('with_addresses') } },
		{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: 'Whether to include the custom fields (inputs) of each contact', routing: { send: sendAs('with_inputs') } },
		profileMultiOptions(resource, 'Origin', 'originIds', 'getContactOrigins', sendIds('origin_id', 'Filters › Origins')),
		profileMultiOptions(resource, 'Position', 'positionIds', 'getPositions', sendIds('position_id', 'Filters › Positions')),
		{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for in the name and email', routing: { send: sendAs('query') } },
		profileMultiOptions(resource, 'Title', 'titleIds', 'getTitles', sendIds('title_id', 'Filters › Titles')),
	]),
	...simplifyProperties(resource, ['get', 'getAll']),
];

/** The short contact of Simplify: the inputs asked for stay, the addresses need Simplify off. */
const simplify = shortRecord(resource, ['id', 'company_id', 'name', 'surname', 'email', 'phone_office', 'phone_mobile', 'origin_id', 'created_at', 'inputs']);

export const contactOperations = operationsProperty(crmRpc, {
	resource, fields: contactFields, default: 'getAll',
	rows: [
		rpcRow('Contacts', 'CreateContact', { value: 'create', name: 'Create', root: 'contact',
			action: 'Create a contact', description: 'Create a contact of a company and return it' }),
		rpcRow('Contacts', 'GetContact', { value: 'get', name: 'Get', root: 'contact', shape: [simplify],
			action: 'Get a contact', description: 'Get one contact by ID or email' }),
		catalogRow('Contacts', 'GetDepartments', 'departments', 'Departments', 'Get the contact departments of the profile, one item per department (ID, name)'),
		catalogRow('Contacts', 'GetInputs', 'inputs', 'Inputs', 'Get the custom contact fields (inputs) of the profile, one item per input'),
		rpcRow('Contacts', 'GetContacts', { value: 'getAll', name: 'Get Many', root: 'contacts', list: 'paged', shape: [simplify],
			action: 'Get many contacts', description: 'List the contacts of the profile, one item per contact' }),
		catalogRow('Contacts', 'GetOrigins', 'origins', 'Origins', 'Get the contact origins of the profile, one item per origin (ID, name)'),
		catalogRow('Contacts', 'GetPositions', 'positions', 'Positions', 'Get the contact positions of the profile, one item per position (ID, name)'),
		catalogRow('Contacts', 'GetTitles', 'titles', 'Titles', 'Get the contact titles of the profile, one item per title (ID, name)'),
	],
});
