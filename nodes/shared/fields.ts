import type { INodeProperties } from 'n8n-workflow';

/*
 * Field builders the four nodes share: the plainest fields (a value that goes into the body as the
 * user typed it; fields that convert or check their value describe that themselves), n8n's
 * collections of optional fields, and the order n8n lists choices in.
 */

/** Routing that puts the field's value at `property` of the body (a dotted path reaches inside an object). */
export function bodyAt(property: string, value?: string): INodeProperties['routing'] {
	return { send: value === undefined ? { type: 'body', property } : { type: 'body', property, value } };
}

/** A text field sent as typed to `property` of the body; `extra` adds a description, placeholder, `required`, display options. */
export function bodyText(displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName, name, type: 'string', default: '', ...extra, routing: bodyAt(property) };
}

/** What n8n's add button reads in each kind of optional-field collection. */
const ADD_BUTTON = { 'Additional Fields': 'Add Field', 'Update Fields': 'Add Field', Options: 'Add Option', Filters: 'Add Filter' } as const;

/** n8n's collection of optional fields the user adds one by one: Additional Fields, Update Fields, Options or Filters. */
export function collection(
	displayName: keyof typeof ADD_BUTTON,
	name: string,
	displayOptions: INodeProperties['displayOptions'],
	options: INodeProperties[],
	description?: string,
): INodeProperties {
	return { displayName, name, type: 'collection', placeholder: ADD_BUTTON[displayName], default: {}, ...(description ? { description } : {}), displayOptions, options };
}

/**
 * The alphabetical order n8n lists options and collection entries in, by what the user reads.
 * Not `localeCompare`: its first call loads the ICU collator, about 6 ms of every n8n start.
 */
export function alphabetically(a: string, b: string): number {
	const [first, second] = [a.toLowerCase(), b.toLowerCase()];
	return first < second ? -1 : first > second ? 1 : 0;
}
