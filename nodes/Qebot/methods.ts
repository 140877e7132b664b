import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { listAll, type RecordKind } from './transport';

const fullName = (record: IDataObject) => [record.first_name, record.last_name].filter(Boolean).join(' ');

const BRANDS: RecordKind = { path: '/brands', root: 'brands', label: (r) => String(r.name ?? '(no name)') };
export const BUSINESSES: RecordKind = {
	path: '/businesses',
	root: 'businesses',
	label: (r) => [r.business_name ?? '(no name)', r.city].filter(Boolean).join(', '),
};
export const USERS: RecordKind = {
	path: '/users',
	root: 'users',
	label: (r) => `${fullName(r) || '(no name)'} <${String(r.username ?? '')}>`,
};
const TOOLS: RecordKind = {
	path: '/tools',
	root: 'tools',
	label: (r) => `${String(r.tool ?? '(no name)')}${r.amount !== undefined ? ` (${String(r.amount)})` : ''}`,
};
const BILLINGS: RecordKind = {
	path: '/billings',
	root: 'billings',
	label: (r) => `${fullName(r)} · ${String(r.card_type ?? 'card')} …${String(r.last_four ?? '')}`,
};
export const PURCHASES: RecordKind = {
	path: '/purchases',
	root: 'purchases',
	label: (r) => {
		const tool = (r.tool as IDataObject | undefined)?.tool;
		const business = (r.business as IDataObject | undefined)?.business_name;
		return [tool ?? 'Purchase', business, r.payment_date].filter(Boolean).join(' · ');
	},
};
export const LEADS: RecordKind = { path: '/crm/leads', root: 'leads', label: (r) => String(r.fullName ?? r.leadId) };

function searcher(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const needle = (filter ?? '').trim().toLowerCase();
		const results = (await listAll(this, kind))
			.map((record) => ({ name: `${kind.label(record)} (#${String(record.id)})`, value: String(record.id) }))
			.filter((entry) => !needle || entry.name.toLowerCase().includes(needle));
		return { results };
	};
}

function optionsLoader(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await listAll(this, kind))
			.map((record) => ({ name: `${kind.label(record)} (#${String(record.id)})`, value: Number(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const listSearch = {
	searchBrands: searcher(BRANDS),
	searchBusinesses: searcher(BUSINESSES),
	searchUsers: searcher(USERS),
	searchTools: searcher(TOOLS),
	searchBillings: searcher(BILLINGS),
	searchPurchases: searcher(PURCHASES),
};

export const loadOptions = {
	getBrands: optionsLoader(BRANDS),
	getBusinesses: optionsLoader(BUSINESSES),
};
