import type { INodeProperties } from 'n8n-workflow';

import { listFields } from '../../../shared/pagination';
import {
	catalogOperation,
	companyLocator,
	profileField,
	profileOptions,
	rpcOperation,
	sendFields,
	type WireField,
} from '../../GenericFunctions';
import { guardOperations } from '../../../shared/validation';

const resource = 'ticket';
const show = (...operation: string[]) => ({ resource: [resource], operation });

const createWire: WireField[] = [
	{ name: 'title', wire: 'title', kind: 'text', label: 'Title', required: true },
	{ name: 'description', wire: 'description', kind: 'text', label: 'Description', required: true },
	{ name: 'companyId', wire: 'company_id', kind: 'id', label: 'Company', required: true },
	{ name: 'userId', wire: 'user_id', kind: 'id', label: 'Owner', required: true },
	{ name: 'originId', wire: 'origin_id', kind: 'id', label: 'Origin', required: true },
	{ name: 'caseId', wire: 'case_id', kind: 'id', label: 'Case', required: true },
	{ name: 'priorityId', wire: 'priority_id', kind: 'id', label: 'Priority', required: true },
	// tickets take YYYY-MM-DD where opportunities take DD/MM/YY
	{ name: 'estimatedEndAt', wire: 'estimated_end_at', kind: 'ticketDate', label: 'Estimated End', required: true },
	{ name: 'notify', wire: 'notify', kind: 'boolean', label: 'Notify Owner' },
];

const optionalWire: WireField[] = [
	{ name: 'contactId', wire: 'contact_id', kind: 'id', label: 'Additional Fields › Contact ID' },
	{ name: 'opportunityId', wire: 'opportunity_id', kind: 'id', label: 'Additional Fields › Opportunity ID' },
	{ name: 'comment', wire: 'comment', kind: 'text', label: 'Additional Fields › Comment' },
];

const required = { required: true, displayOptions: { show: show('createTicket') } };

export const ticketOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: 'getTickets',
		options: [
			rpcOperation({
				name: 'Create',
				value: 'createTicket',
				action: 'Create a ticket',
				service: 'Tickets',
				method: 'CreateTicket',
				root: 'ticket',
				preSend: [sendFields({ fields: createWire, collections: { additionalFields: optionalWire } })],
			}),
			catalogOperation('Tickets', 'GetCases', 'cases', 'Cases', 'Get the ticket cases of a profile'),
			rpcOperation({
				name: 'Get Many',
				value: 'getTickets',
				action: 'Get many tickets',
				service: 'Tickets',
				method: 'GetTickets',
				root: 'tickets',
				list: true,
			}),
			catalogOperation('Tickets', 'GetOrigins', 'origins', 'Origins', 'Get the ticket origins of a profile'),
			catalogOperation('Tickets', 'GetPriorities', 'priorities', 'Priorities', 'Get the ticket priorities of a profile'),
		],
	},
];

export const ticketFields: INodeProperties[] = [
	profileField(resource, ['createTicket', 'getCases', 'getTickets', 'getOrigins', 'getPriorities']),
	{ displayName: 'Title', name: 'title', type: 'string', default: '', ...required },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '', ...required },
	companyLocator(show('createTicket')),
	profileOptions('Owner', 'userId', 'getUsers', required),
	profileOptions('Origin', 'originId', 'getTicketOrigins', required),
	profileOptions('Case', 'caseId', 'getCases', required),
	profileOptions('Priority', 'priorityId', 'getPriorities', required),
	{
		displayName: 'Estimated End',
		name: 'estimatedEndAt',
		type: 'dateTime',
		default: '',
		description: 'The estimated end date (sent as YYYY-MM-DD)',
		...required,
	},
	{
		displayName: 'Notify Owner',
		name: 'notify',
		type: 'boolean',
		default: false,
		description: 'Whether to send a notification to the owner',
		displayOptions: { show: show('createTicket') },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: show('createTicket') },
		options: [
			{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'The comment sent with the notification' },
			{ displayName: 'Contact ID', name: 'contactId', type: 'string', default: '', description: 'A contact of the company' },
			{ displayName: 'Opportunity ID', name: 'opportunityId', type: 'string', default: '', description: 'The opportunity the ticket is linked to' },
		],
	},
	...['getCases', 'getTickets', 'getOrigins', 'getPriorities'].flatMap((operation) => listFields(resource, operation)),
];

// input checked against these descriptions before sending; errors bounded and free of secrets
guardOperations(ticketOperations, ticketFields);
