import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { listProperties } from '../../../shared/lists';
import { resourceLocator } from '../../../shared/locator';
import { operationsProperty } from '../../../shared/operations';
import { simplifyProperties } from '../../../shared/simplify';
import { catalogRow, profileField, profileOptions, rpcRow, sendAs, sendDay, sendId, shortRecord } from '../../common';
import { crmRpc } from '../../transport';

const resource = 'ticket';
const show = (...operation: string[]) => ({ resource: [resource], operation });
const required = { required: true, displayOptions: { show: show('create') } };

export const ticketFields: INodeProperties[] = [
	profileField(resource, ['create', 'getCases', 'getAll', 'getOrigins', 'getPriorities']),
	...listProperties(resource, { paged: false }),
	{ displayName: 'Title', name: 'ticketTitle', type: 'string', default: '', description: 'The title of the ticket', ...required, routing: { send: sendAs('title') } },
	{
		displayName: 'Description',
		name: 'ticketDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'What the ticket is about',
		...required,
		routing: { send: sendAs('description') },
	},
	resourceLocator({
		name: 'ticketCompanyId',
		displayName: 'Company',
		show: show('create'),
		searchListMethod: 'searchCompanies',
		description: 'The company the ticket is for (a company of the profile)',
		routing: { send: sendId('company_id', 'Company') },
	}),
	profileOptions(resource, 'Owner', 'ticketUserId', 'getUsers', { ...required, description: 'The user who owns the ticket', routing: { send: sendId('user_id', 'Owner') } }),
	profileOptions(resource, 'Origin', 'ticketOriginId', 'getTicketOrigins', { ...required, description: "How the ticket came in, as 'Get Origins' lists them", routing: { send: sendId('origin_id', 'Origin') } }),
	profileOptions(resource, 'Case', 'ticketCaseId', 'getCases', { ...required, description: "The kind of case, as 'Get Cases' lists them", routing: { send: sendId('case_id', 'Case') } }),
	profileOptions(resource, 'Priority', 'ticketPriorityId', 'getPriorities', { ...required, description: "The priority, as 'Get Priorities' lists them", routing: { send: sendId('priority_id', 'Priority') } }),
	{
		displayName: 'Estimated End',
		name: 'ticketEstimatedEndAt',
		type: 'dateTime',
		default: '',
		description: 'The estimated end date (sent as YYYY-MM-DD, the day in the workflow time zone)',
		...required,
		// tickets take YYYY-MM-DD where opportunities take DD/MM/YY
		routing: { send: sendDay('ticketEstimatedEndAt', 'estimated_end_at', 'Estimated End', 'isoDay') },
	},
	{
		displayName: 'Notify Owner',
		name: 'ticketNotify',
		type: 'boolean',
		default: false,
		description: 'Whether to send a notification to the owner',
		displayOptions: { show: show('create') },
		routing: { send: sendAs('notify') },
	},
	collection('Additional Fields', 'ticketFields', { show: show('create') }, [
		{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'The comment sent with the notification', routing: { send: sendAs('comment') } },
		{
			...resourceLocator({
				name: 'contactId',
				displayName: 'Contact',
				show: {},
				searchListMethod: 'searchContacts',
				required: false,
				description: 'A contact of the company (the list shows its contacts)',
				routing: { send: sendId('contact_id', 'Additional Fields › Contact') },
			}),
			displayOptions: undefined,
		},
		{
			...resourceLocator({
				name: 'opportunityId',
				displayName: 'Opportunity',
				show: {},
				searchListMethod: 'searchOpportunities',
				required: false,
				description: 'The opportunity the ticket is linked to',
				routing: { send: sendId('opportunity_id', 'Additional Fields › Opportunity') },
			}),
			displayOptions: undefined,
		},
	]),
	...simplifyProperties(resource, ['getAll']),
];

/** The short ticket of Simplify (the profile left out: the user chose it). */
const simplify = shortRecord(resource, ['id', 'title', 'description', 'company_id', 'user_id', 'origin_id', 'case_id', 'priority_id', 'estimated_end_at', 'created_at']);

export const ticketOperations = operationsProperty(crmRpc, {
	resource, fields: ticketFields, default: 'getAll',
	rows: [
		rpcRow('Tickets', 'CreateTicket', { value: 'create', name: 'Create', root: 'ticket',
			action: 'Create a ticket', description: 'Create a support ticket for a company and return it' }),
		catalogRow('Tickets', 'GetCases', 'cases', 'Cases', 'Get the ticket cases of the profile, one item per case (ID, name)'),
		rpcRow('Tickets', 'GetTickets', { value: 'getAll', name: 'Get Many', root: 'tickets', list: 'whole', shape: [simplify],
			action: 'Get many tickets', description: 'List the tickets of the profile, one item per ticket' }),
		catalogRow('Tickets', 'GetOrigins', 'origins', 'Origins', 'Get the ticket origins of the profile, one item per origin (ID, name)'),
		catalogRow('Tickets', 'GetPriorities', 'priorities', 'Priorities', 'Get the ticket priorities of the profile, one item per priority (ID, name)'),
	],
});
