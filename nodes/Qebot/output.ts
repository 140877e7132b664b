import type { IDataObject } from 'n8n-workflow';

import { DATE_FORMATS, parseApiDate } from '../shared/dates';
import { definedOnly } from '../shared/simplify';

/* What the node and the trigger output: dates, and the short records of Simplify. */

/**
 * One convention for every output of the node and the trigger: records keep the API's keys, and
 * every date is ISO 8601. The CRM writes lead dates as "Sep 02, 2020 04:01:23 PM" without a zone
 * (UTC): they are converted in place. Simplify gives a short camelCase record instead.
 */
export function qebotDateToIso(value: unknown): string | undefined {
	return parseApiDate(value, DATE_FORMATS.qebotText, 'UTC');
}

const LEAD_DATES = ['creationDate', 'lastUpdateDate'];

/** A lead with its CRM dates as ISO 8601 (in place: the lead is the freshly parsed answer). */
export function leadWithIsoDates(lead: IDataObject): IDataObject {
	for (const key of LEAD_DATES) {
		const iso = qebotDateToIso(lead[key]);
		if (iso) lead[key] = iso;
	}
	return lead;
}

function firstOf(list: unknown, key: string): unknown {
	if (!Array.isArray(list) || list.length === 0) return undefined;
	const first = list[0] as IDataObject;
	return first && typeof first === 'object' ? first[key] : undefined;
}


/** The ten lead fields most workflows need (the full lead has ~50 keys and lists). */
export function shortLead(lead: IDataObject): IDataObject {
	return definedOnly({
		id: lead.id,
		leadId: lead.leadId,
		fullName: lead.fullName,
		companyName: lead.companyName,
		emailAddress: (lead.emailAddress ?? firstOf(lead.emailAddresses, 'emailAddress')) as string | undefined,
		phoneNumber: firstOf(lead.phoneNumbers, 'phoneNumber') as string | undefined,
		leadStatus: lead.leadStatusMeaning,
		leadSource: lead.leadSourceMeaning,
		creationDate: lead.creationDate,
		lastUpdateDate: lead.lastUpdateDate,
	});
}

/** The short lead of a lead as the CRM sends it (dates converted first). */
export const simplifyLead = (lead: IDataObject): IDataObject => shortLead(leadWithIsoDates(lead));

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as IDataObject).id : undefined);

/** A user: who, which role, since when. */
export function simplifyUser(user: IDataObject): IDataObject {
	return definedOnly({
		id: user.id,
		firstName: user.first_name,
		lastName: user.last_name,
		username: user.username,
		status: user.status,
		roleId: idOf(user.role) ?? user.role_id,
		role: (user.role as IDataObject | undefined)?.name,
		createdDate: user.created_date,
	});
}

/** A business: name, brand, where and how to reach it. */
export function simplifyBusiness(business: IDataObject): IDataObject {
	return definedOnly({
		id: business.id,
		brandId: business.brand_id,
		businessName: business.business_name,
		email: business.email,
		phone: business.phone,
		address: business.address,
		city: business.city,
		zipCode: business.zipcode,
		country: (business.country as IDataObject | undefined)?.code,
		status: business.status,
	});
}

/** A purchase: which tool, for which business and user, when paid. */
export function simplifyPurchase(purchase: IDataObject): IDataObject {
	const tool = purchase.tool as IDataObject | undefined;
	return definedOnly({
		id: purchase.id,
		paymentDate: purchase.payment_date,
		toolId: idOf(tool) ?? purchase.tool_id,
		tool: tool?.tool,
		businessId: idOf(purchase.business) ?? purchase.business_id,
		brandId: idOf(purchase.brand),
		userId: idOf(purchase.user) ?? purchase.user_id,
	});
}

/** A card on file: holder, card, expiry (never more than the last four digits). */
export function simplifyBilling(billing: IDataObject): IDataObject {
	return definedOnly({
		id: billing.id,
		firstName: billing.first_name,
		lastName: billing.last_name,
		company: billing.company,
		cardType: billing.card_type,
		lastFour: billing.last_four,
		expiryMonth: billing.expiry_month,
		expiryYear: billing.expiry_year,
		zip: billing.zip,
		country: billing.country,
	});
}
