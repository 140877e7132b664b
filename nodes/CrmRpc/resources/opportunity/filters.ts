import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { alphabetically, collection } from '../../../shared/fields';
import { profileMultiOptions, profileOptions, sendAs, sendDay, sendId, sendIds, sendText } from '../../common';
import { ANY, operationTypes, opportunityStatuses, prospectTypes } from '../../fields';

const resource = 'opportunity';

/** A filter's choices with "Any" (no filter) among them, in n8n's order: alphabetical by name. */
const anyOr = (options: INodePropertyOptions[]): INodePropertyOptions[] => [ANY, ...options].sort((a, b) => alphabetically(a.name, b.name));

/** A DD/MM/YY date filter (`created_at.from` …). */
const day = (displayName: string, name: string, wire: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description,
	routing: { send: sendDay(`opportunityFilters.${name}`, wire, `Filters › ${displayName}`) },
});

/** A value bound; the doc types it as text, so it is sent as text. Empty filters nothing. */
const bound = (displayName: string, name: string, wire: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: '',
	description,
	routing: { send: sendText(wire) },
});

/** The filters of Opportunity › Get Many. An added filter left unset (Any, empty) filters nothing. */
export const opportunityFilters: INodeProperties = collection('Filters', 'opportunityFilters', { show: { resource: [resource], operation: ['getAll'] } }, [
	day('Closed From', 'closedFrom', 'closed_at.from', 'Opportunities closed on or after this day'),
	day('Closed To', 'closedTo', 'closed_at.to', 'Opportunities closed on or before this day'),
	profileMultiOptions(resource, 'Company Industry', 'companyIndustryIds', 'getIndustries', sendIds('company_industry', 'Filters › Company Industries')),
	profileMultiOptions(resource, 'Contact Origin', 'contactOriginIds', 'getContactOrigins', sendIds('contact_origin', 'Filters › Contact Origins')),
	{
		displayName: 'Contact Type',
		name: 'contactType',
		type: 'options',
		options: anyOr(prospectTypes),
		default: '',
		description: 'Only opportunities for new or for existing customers',
		routing: { send: sendAs('contact_type') },
	},
	day('Created From', 'createdFrom', 'created_at.from', 'Opportunities created on or after this day'),
	day('Created To', 'createdTo', 'created_at.to', 'Opportunities created on or before this day'),
	day('Estimated End From', 'estimatedEndFrom', 'estimated_end_at.from', 'Opportunities estimated to end on or after this day'),
	day('Estimated End To', 'estimatedEndTo', 'estimated_end_at.to', 'Opportunities estimated to end on or before this day'),
	{
		displayName: 'Operation Type',
		name: 'operationType',
		type: 'options',
		options: anyOr(operationTypes),
		default: '',
		description: 'Only new sales or only renewals',
		routing: { send: sendAs('operation_type') },
	},
	{ displayName: 'Search Query', name: 'query', type: 'string', default: '', description: 'Text to search for in the title', routing: { send: sendAs('query') } },
	profileMultiOptions(resource, 'Stage', 'stageIds', 'getStages', sendIds('stage', 'Filters › Stages')),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: anyOr(opportunityStatuses),
		default: '',
		description: 'Only opportunities in this status',
		routing: { send: sendAs('status') },
	},
	profileOptions(resource, 'User', 'userId', 'getUsers', {
		description: 'Only opportunities owned by this user',
		routing: { send: sendId('user_id', 'Filters › User') },
	}),
	bound('Value From', 'valueFrom', 'value.from', 'The minimum value; empty means no minimum'),
	bound('Value To', 'valueTo', 'value.to', 'The maximum value; empty means no maximum'),
]);

/** What Opportunity › Get and Get Many include with each opportunity. */
export const opportunityOptions: INodeProperties = collection('Options', 'opportunityOptions', { show: { resource: [resource], operation: ['get', 'getAll'] } }, [
	{ displayName: 'Include Company', name: 'withCompany', type: 'boolean', default: false, description: 'Whether to include the company', routing: { send: sendAs('with_company') } },
	{ displayName: 'Include Contact', name: 'withContact', type: 'boolean', default: false, description: 'Whether to include the contact', routing: { send: sendAs('with_contact') } },
	{ displayName: 'Include Inputs', name: 'withInputs', type: 'boolean', default: false, description: "Whether to include the custom fields (inputs) (shown with 'Simplify' off)", routing: { send: sendAs('with_inputs') } },
	{ displayName: 'Include Products', name: 'withProducts', type: 'boolean', default: false, description: "Whether to include the products (shown with 'Simplify' off)", routing: { send: sendAs('with_products') } },
	{ displayName: 'Include User', name: 'withUser', type: 'boolean', default: false, description: 'Whether to include the owner', routing: { send: sendAs('with_user') } },
]);
