import type { INodeProperties } from 'n8n-workflow';

interface LocatorOptions {
	/** unique within the node (n8n resolves every property sharing a name, per item) */
	name: string;
	displayName: string;
	show: { [key: string]: Array<string | number | boolean> };
	/** the listSearch method; without one only "By ID" is offered (the API cannot list) */
	searchListMethod?: string;
	/** IDs are whole numbers (default) or opaque text without spaces, "/", "?" or "#" */
	numeric?: boolean;
	placeholder?: string;
	description?: string;
	/**
	 * Required (default), or optional: `false` leaves `required` out of the property (an optional
	 * picker, e.g. a collection entry; n8n's rule `node-param-required-false` calls
	 * `required: false` superfluous)
	 */
	required?: boolean;
	/** a field-level routing (e.g. the `routing.send` that puts the ID in the body) */
	routing?: INodeProperties['routing'];
}

const NUMERIC_ID = { regex: '^[0-9]+$', errorMessage: 'An ID is a whole number' };
const TEXT_ID = { regex: '^[^/?#\\s]+$', errorMessage: 'An ID has no spaces, "/", "?" or "#"' };

/** The one picker of the pack: a record picked from the API's list (searchable), or given by ID. */
export function resourceLocator(options: LocatorOptions): INodeProperties {
	const listed = Boolean(options.searchListMethod);
	const locator: INodeProperties = {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: listed ? 'list' : 'id', value: '' },
		...(options.required === false ? {} : { required: true }),
		displayOptions: { show: options.show },
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? (options.numeric === false ? 'e.g. abc123' : 'e.g. 42'),
				validation: [{ type: 'regex', properties: options.numeric === false ? TEXT_ID : NUMERIC_ID }],
			},
		],
		...(options.routing ? { routing: options.routing } : {}),
	};
	// without a list method the API cannot list: only "By ID" is offered
	if (!listed) locator.modes = locator.modes?.filter((mode) => mode.name !== 'list');
	return locator;
}
