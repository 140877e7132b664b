import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { isNumericId } from '../shared/checks';
import { profileParameter } from './common';
import { type CrmService, rpcCall } from './transport';

function optionName(row: IDataObject): string {
	const label = row.name ?? row.title ?? row.description ?? row.code ?? `#${String(row.id)}`;
	return String(label);
}

/** The profile chosen in the editor for the current resource (current values first, then the saved node). */
function chosenProfile(context: ILoadOptionsFunctions): number | undefined {
	const resource = (context.getCurrentNodeParameter('resource') ?? context.getNodeParameter('resource', '')) as string;
	const name = profileParameter(resource || 'profile');
	const current = context.getCurrentNodeParameter(name) ?? context.getNodeParameter(name, '');
	return isNumericId(current) ? Number(current) : undefined;
}

const rowsOf = (response: IDataObject, root: string) => (Array.isArray(response[root]) ? (response[root] as IDataObject[]) : []);

/** A loadOptions method reading one catalog of the chosen profile, sorted by name. */
export function catalogLoader(service: CrmService, method: string, root: string, needsProfile = true) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const parameters: IDataObject = {};
		if (needsProfile) {
			const profileId = chosenProfile(this);
			// nothing to list until a profile is chosen
			if (profileId === undefined) return [];
			parameters.profile_id = profileId;
		}
		const response = await rpcCall.call(this, service, method, parameters);
		return rowsOf(response, root)
			.map((row) => ({ name: optionName(row), value: (row.id ?? row.code) as string | number }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

/** Countries are identified by their code. */
async function getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await rpcCall.call(this, 'Profiles', 'GetCountries');
	return rowsOf(response, 'countries').map((row) => ({ name: optionName(row), value: String(row.code ?? row.id) }));
}

/** States of the country chosen next to the field (an address) or on the node (Profile › Get States). */
async function getStates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const country = this.getCurrentNodeParameter('&country') ?? this.getCurrentNodeParameter('profileCountry');
	if (typeof country !== 'string' || !country) return [];
	const response = await rpcCall.call(this, 'Profiles', 'GetStates', { country });
	return rowsOf(response, 'states').map((row) => ({ name: optionName(row), value: String(row.code ?? row.id) }));
}

/** A list search over a paged list method with `query` (GetCompanies, GetContacts, GetOpportunities), 50 a page. */
function pagedSearch(
	service: CrmService,
	method: string,
	root: string,
	label: (row: IDataObject) => string,
	narrow: (context: ILoadOptionsFunctions) => IDataObject = () => ({}),
) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const profileId = chosenProfile(this);
		if (profileId === undefined) return { results: [] };
		const page = Number(paginationToken ?? 1);
		const response = await rpcCall.call(this, service, method, {
			profile_id: profileId,
			page,
			pagination: 50,
			...narrow(this),
			...(filter ? { query: filter } : {}),
		});
		const lastPage = Number(response.last_page ?? page);
		return {
			results: rowsOf(response, root).map((row) => ({ name: `${label(row)} (#${String(row.id)})`, value: String(row.id) })),
			paginationToken: page < lastPage ? String(page + 1) : undefined,
		};
	};
}

const searchCompanies = pagedSearch('Companies', 'GetCompanies', 'companies', optionName);

/** The company picked next to a contact picker: its contacts only (an opportunity's contact must belong to its company). */
function chosenCompany(context: ILoadOptionsFunctions): IDataObject {
	const resource = (context.getCurrentNodeParameter('resource') ?? context.getNodeParameter('resource', '')) as string;
	if (!resource) return {};
	const name = `${resource}CompanyId`;
	const picked = (context.getCurrentNodeParameter(name, { extractValue: true }) ?? context.getNodeParameter(name, '', { extractValue: true })) as unknown;
	// a picker's value, whether n8n gives it extracted or whole ({ __rl, mode, value })
	const company = picked && typeof picked === 'object' ? (picked as IDataObject).value : picked;
	return isNumericId(company) ? { company_id: Number(company) } : {};
}

const searchContacts = pagedSearch(
	'Contacts',
	'GetContacts',
	'contacts',
	(row) => [row.name, row.surname].filter((part) => typeof part === 'string' && part).join(' ') || optionName(row),
	chosenCompany,
);

const searchOpportunities = pagedSearch('Opportunities', 'GetOpportunities', 'opportunities', optionName);

/** Products come whole (GetProducts has no paging or query): searched by name here. */
async function searchProducts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const profileId = chosenProfile(this);
	if (profileId === undefined) return { results: [] };
	const response = await rpcCall.call(this, 'Products', 'GetProducts', { profile_id: profileId });
	const wanted = (filter ?? '').trim().toLowerCase();
	return {
		results: rowsOf(response, 'products')
			.map((row) => ({ name: `${optionName(row)} (#${String(row.id)})`, value: String(row.id) }))
			.filter((result) => !wanted || result.name.toLowerCase().includes(wanted))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

export const loadOptions = {
	getProfiles: catalogLoader('Profiles', 'GetProfiles', 'profiles', false),
	getStages: catalogLoader('Profiles', 'GetStages', 'stages'),
	getUsers: catalogLoader('Profiles', 'GetUsers', 'users'),
	getCountries,
	getStates,
	getCompanyTypes: catalogLoader('Companies', 'GetTypes', 'types'),
	getIndustries: catalogLoader('Companies', 'GetIndustries', 'industries'),
	getContactOrigins: catalogLoader('Contacts', 'GetOrigins', 'origins'),
	getTitles: catalogLoader('Contacts', 'GetTitles', 'titles'),
	getDepartments: catalogLoader('Contacts', 'GetDepartments', 'departments'),
	getPositions: catalogLoader('Contacts', 'GetPositions', 'positions'),
	getProducts: catalogLoader('Products', 'GetProducts', 'products'),
	getCategories: catalogLoader('Products', 'GetCategories', 'categories'),
	getValidities: catalogLoader('Products', 'GetValidities', 'validities'),
	getDiscounts: catalogLoader('Products', 'GetDiscounts', 'discounts'),
	getMeasures: catalogLoader('Products', 'GetMeasures', 'measures'),
	getTaxes: catalogLoader('Products', 'GetTaxes', 'taxes'),
	getTicketOrigins: catalogLoader('Tickets', 'GetOrigins', 'origins'),
	getCases: catalogLoader('Tickets', 'GetCases', 'cases'),
	getPriorities: catalogLoader('Tickets', 'GetPriorities', 'priorities'),
};

export const listSearch = { searchCompanies, searchContacts, searchOpportunities, searchProducts };
