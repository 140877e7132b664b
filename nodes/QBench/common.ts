import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { invalidField, isNumericId, readParameter } from '../shared/checks';
import { resourceLocator } from '../shared/locator';
import { isBlank } from '../shared/objects';

/** The customer picker of every operation that acts on one customer (searchable list, or by ID). */
export function customerPicker(name: string, show: { [key: string]: string[] }, description: string): INodeProperties {
	return resourceLocator({ name, displayName: 'Customer', show, searchListMethod: 'searchCustomers', description });
}

/** The fields as the checks of the operations that carry the customer in the URL read them: without the picker. */
export function withoutField(fields: INodeProperties[], name: string): INodeProperties[] {
	return fields.filter((field) => field.name !== name);
}

interface RowCheck {
	/** the parameter holding the rows (a fixed collection, or a collection holding one) */
	parameter: string;
	/** where the rows are inside it */
	rows: string[];
	/** the row field holding the ID */
	id: string;
	/** the rows as the user sees them: `Contacts to Add › Contact` */
	label: string;
	idLabel: string;
	/** refuse an empty list with this problem */
	emptyProblem?: string;
}

/**
 * The IDs of a fixed collection's rows must be numeric (and an e-mail address, where a row has
 * one, an address): one rule for the contact and discount rows. The parameter is read through
 * the item's shared cache, so checkFields and this check read it once.
 */
export function checkRows(rule: RowCheck): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		// only the rows are read: reading the whole collection would evaluate its other fields' expressions again
		const rows = ([] as unknown[]).concat(readParameter(this, [rule.parameter, ...rule.rows].join('.')) ?? []);
		if (rows.length === 0 && rule.emptyProblem) throw invalidField(this, rule.label.replace(/ › [^›]+$/, ''), rule.emptyProblem);
		rows.forEach((row, index) => {
			const entry = (row ?? {}) as IDataObject;
			const place = `${rule.label} ${index + 1}`;
			const id = entry[rule.id];
			if (isBlank(id)) throw invalidField(this, `${place} › ${rule.idLabel}`, 'it is required');
			if (!isNumericId(id)) throw invalidField(this, `${place} › ${rule.idLabel}`, `"${String(id)}" is not a numeric ID`);
			const email = entry.emailAddress;
			if (!isBlank(email) && (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email.trim())))
				throw invalidField(this, `${place} › Email Address`, `"${String(email)}" is not an email address`);
		});
		return request;
	};
}

/** Tags are a list of texts (a tag may hold a comma): a list, or one text given by expression. */
export function checkTags(collection: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const tags = readParameter(this, `${collection}.tags`);
		const wrong = ([] as unknown[]).concat(tags ?? []).flat().find((tag) => !['string', 'number'].includes(typeof tag));
		if (wrong !== undefined) {
			const kind = Array.isArray(wrong) ? 'a list' : wrong && typeof wrong === 'object' ? 'an object' : `"${String(wrong)}"`;
			throw invalidField(this, `${label} › Tags`, `each tag must be text, not ${kind}`);
		}
		return request;
	};
}

/**
 * The fields as `checkFields` should see them: it reads a text field as one value, while Tags is
 * a list of texts (checked by checkTags).
 */
export function withoutTagsOption(fields: INodeProperties[]): INodeProperties[] {
	return fields.map((field) =>
		field.type === 'collection'
			? { ...field, options: (field.options as INodeProperties[]).filter((option) => option.name !== 'tags') }
			: field,
	);
}
