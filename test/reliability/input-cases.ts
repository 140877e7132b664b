import type { IDataObject, INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/**
 * Bad-input cases derived from a node's own description: for every operation, a valid baseline
 * of parameters, and for every field the operation shows (top level, inside collections and
 * fixed collections) the bad values its type allows. Every bad value arrives through the
 * expression `={{ $json.bad }}`, so n8n's editor checks cannot catch it and the node's own
 * checks must.
 */

export const BAD = '={{ $json.bad }}';

export interface Operation {
	resource: string;
	operation: string;
	/** parameters that pass the node's checks and reach the API */
	baseline: IDataObject;
}

export interface BadInputCase {
	resource: string;
	operation: string;
	/** the field as the user sees it: `Additional Fields › Website` */
	label: string;
	/** what the error must name: the display name without n8n's "Name or ID" suffix */
	field: string;
	kind: string;
	/** the item's `bad` value (absent for "missing") */
	item: IDataObject;
	parameters: IDataObject;
}

/**
 * Valid values where the type alone does not say what the API accepts, by field name;
 * `'@resource'` keys hold the overrides of one resource only.
 */
export type Overrides = Record<string, unknown>;

const forResource = (overrides: Overrides, resource: string): Overrides => ({
	...overrides,
	...((overrides[`@${resource}`] as Overrides | undefined) ?? {}),
});

const SKIPPED_TYPES = new Set(['notice', 'hidden', 'callout', 'button', 'resourceMapper', 'filter', 'assignmentCollection']);
const VALID_DATE = '2026-03-01T10:00:00.000Z';

function optionValues(property: INodeProperties): unknown[] {
	return ((property.options ?? []) as Array<{ value?: unknown }>).map((option) => option.value).filter((value) => value !== undefined);
}

const isDynamic = (property: INodeProperties) =>
	Boolean(property.typeOptions?.loadOptionsMethod || property.typeOptions?.loadOptions);

const looksLikeEmail = (property: INodeProperties) =>
	/(^e|E)mail(Address)?$|^username$/.test(property.name) && property.type === 'string' && !property.typeOptions?.password;

const looksLikeId = (property: INodeProperties) => /(Id|Ids|ID)$/.test(property.name) || property.type === 'resourceLocator';

/** A value the node accepts for a field. */
export function validValue(property: INodeProperties, overrides: Overrides): unknown {
	if (property.name in overrides) return overrides[property.name];
	switch (property.type) {
		case 'string':
			if (looksLikeEmail(property)) return 'valid@example.com';
			if (looksLikeId(property)) return '1';
			return 'Valid text';
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '1' };
		case 'options': {
			if (isDynamic(property)) return 1;
			const values = optionValues(property);
			// a required dropdown may start on an explicit empty choice ("Choose a Month"): not a valid value
			const usable = values.filter((value) => !(property.required && value === ''));
			return usable.includes(property.default) ? property.default : usable[0];
		}
		case 'multiOptions':
			return [];
		case 'number': {
			const min = property.typeOptions?.minValue as number | undefined;
			const max = property.typeOptions?.maxValue as number | undefined;
			let value = typeof property.default === 'number' ? property.default : 1;
			if (min !== undefined && value < min) value = min;
			if (max !== undefined && value > max) value = max;
			return value;
		}
		case 'boolean':
			return typeof property.default === 'boolean' ? property.default : false;
		case 'dateTime':
			return VALID_DATE;
		case 'json':
			return '{"name": "Valid"}';
		case 'collection':
			return {};
		case 'fixedCollection': {
			if (!property.required) return {};
			const [first] = (property.options ?? []) as INodeProperties[] & Array<{ values: INodeProperties[] }>;
			const row = validRow(first.values as unknown as INodeProperties[], overrides);
			return { [first.name]: property.typeOptions?.multipleValues ? [row] : row };
		}
		default:
			return property.default;
	}
}

function validRow(values: INodeProperties[], overrides: Overrides): IDataObject {
	return Object.fromEntries(values.filter((value) => !SKIPPED_TYPES.has(value.type)).map((value) => [value.name, validValue(value, overrides)])) as IDataObject;
}

/** The bad values a field of this type can receive, each with a short name. */
export function badValues(property: INodeProperties, required: boolean): Array<[kind: string, value: unknown]> {
	const cases: Array<[string, unknown]> = [];
	const blankable = ['string', 'resourceLocator', 'options', 'dateTime', 'json', 'number'].includes(property.type);
	if (required && blankable) cases.push(['missing', undefined], ['empty', '']);
	switch (property.type) {
		case 'string':
		case 'resourceLocator':
			if (required) cases.push(['blank', '   ']);
			cases.push(['wrong type (object)', { not: 'text' }]);
			if (looksLikeId(property)) cases.push(['malformed id', 'x/1 ?#']);
			else if (looksLikeEmail(property)) cases.push(['malformed email', 'not-an-email']);
			break;
		case 'options':
			cases.push(isDynamic(property) ? ['malformed id', 'x/1 ?#'] : ['not an option', 'no-such-option']);
			cases.push(['wrong type (object)', { not: 'an option' }]);
			break;
		case 'multiOptions':
			if (!isDynamic(property)) cases.push(['not an option', ['no-such-option']]);
			else cases.push(['malformed id', ['x/1 ?#']]);
			break;
		case 'number': {
			cases.push(['wrong type (text)', 'twelve']);
			const min = property.typeOptions?.minValue as number | undefined;
			const max = property.typeOptions?.maxValue as number | undefined;
			if (min !== undefined) cases.push(['below minimum', min - 1]);
			if (max !== undefined) cases.push(['above maximum', max + 1]);
			break;
		}
		case 'boolean':
			cases.push(['wrong type (text)', 'maybe']);
			break;
		case 'dateTime':
			cases.push(['malformed date', 'not a date'], ['impossible date', '2026-02-30T10:00:00']);
			break;
		case 'json':
			cases.push(['malformed JSON', '{"unclosed": ']);
			break;
	}
	return cases;
}

type Visible = (values: INodeParameters, property: INodeProperties) => boolean;

/** Fills `values` with valid values for every field the operation shows, until nothing changes. */
function fill(properties: INodeProperties[], values: IDataObject, overrides: Overrides, visible: Visible): IDataObject {
	const filled = { ...values };
	for (let round = 0; round < 5; round++) {
		let changed = false;
		for (const property of properties) {
			if (property.name in filled || SKIPPED_TYPES.has(property.type) || !visible(filled as INodeParameters, property)) continue;
			filled[property.name] = validValue(property, overrides) as IDataObject;
			changed = true;
		}
		if (!changed) break;
	}
	// drop what an earlier round filled but the final values hide
	for (const property of properties) {
		if (property.name in values) continue;
		if (!visible(filled as INodeParameters, property) && property.name in filled) {
			const stillShownElsewhere = properties.some((other) => other !== property && other.name === property.name && visible(filled as INodeParameters, other));
			if (!stillShownElsewhere) delete filled[property.name];
		}
	}
	return filled;
}

/** All resource × operation pairs of a node, with a valid baseline per variant of its switches. */
export function operationsOf(description: INodeTypeDescription, overrides: Overrides) {
	const visible: Visible = (values, property) =>
		NodeHelpers.displayParameter(values, property, { typeVersion: 1 }, description);
	const properties = description.properties.filter((property) => property.name !== 'resource' && property.name !== 'operation');
	const resources = optionValues(description.properties.find((property) => property.name === 'resource')!) as string[];
	const result: Array<{ resource: string; operation: string; variants: IDataObject[] }> = [];
	for (const resource of resources) {
		const operationProperty = description.properties.find(
			(property) => property.name === 'operation' && visible({ resource } as INodeParameters, property),
		)!;
		for (const operation of optionValues(operationProperty) as string[]) {
			const resourceOverrides = forResource(overrides, resource);
			const base = fill(properties, { resource, operation }, resourceOverrides, visible);
			// a switch (options/boolean shown for this operation that other fields depend on): one variant per value
			const switches = properties.filter(
				(property) =>
					(property.type === 'options' || property.type === 'boolean') &&
					!isDynamic(property) &&
					property.name in base &&
					properties.some((other) => Object.keys({ ...other.displayOptions?.show, ...other.displayOptions?.hide }).includes(property.name)),
			);
			const variants = [base];
			for (const switchProperty of switches) {
				const values = switchProperty.type === 'boolean' ? [true, false] : optionValues(switchProperty);
				for (const value of values) {
					if (value === base[switchProperty.name]) continue;
					const start = { resource, operation, [switchProperty.name]: value } as IDataObject;
					variants.push(fill(properties, start, resourceOverrides, visible));
				}
			}
			result.push({ resource, operation, variants });
		}
	}
	return { result, properties, visible };
}

/** Every bad-input case of every operation of the node. */
export function badInputCases(description: INodeTypeDescription, overrides: Overrides): { operations: Operation[]; cases: BadInputCase[] } {
	const { result, properties, visible } = operationsOf(description, overrides);
	const operations: Operation[] = [];
	const cases: BadInputCase[] = [];
	for (const { resource, operation, variants } of result) {
		const resourceOverrides = forResource(overrides, resource);
		operations.push({ resource, operation, baseline: variants[0] });
		const seen = new Set<string>();
		const add = (label: string, displayName: string, kind: string, value: unknown, parameters: IDataObject) => {
			const field = displayName.replace(/ Names? or IDs?$/, '');
			const key = `${label}|${kind}`;
			if (seen.has(key)) return;
			seen.add(key);
			cases.push({ resource, operation, label, field, kind, item: value === undefined ? {} : { bad: value }, parameters });
		};
		for (const baseline of variants) {
			for (const property of properties) {
				// a field without expressions cannot receive a value n8n's editor did not check
				if (!(property.name in baseline) || SKIPPED_TYPES.has(property.type) || property.noDataExpression) continue;
				if (!visible(baseline as INodeParameters, property)) continue;
				if (property.type === 'collection') {
					for (const option of (property.options ?? []) as INodeProperties[]) {
						if (SKIPPED_TYPES.has(option.type)) continue;
						for (const [kind, value] of badValues(option, false)) {
							add(`${property.displayName} › ${option.displayName}`, option.displayName, kind, value, {
								...baseline,
								[property.name]: { [option.name]: option.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: BAD } : BAD },
							});
						}
					}
				} else if (property.type === 'fixedCollection') {
					for (const group of (property.options ?? []) as Array<{ name: string; displayName: string; values: INodeProperties[] }>) {
						const row = validRow(group.values, resourceOverrides);
						for (const value of group.values) {
							if (SKIPPED_TYPES.has(value.type)) continue;
							for (const [kind, bad] of badValues(value, Boolean(value.required))) {
								const badRow = { ...row, [value.name]: value.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: BAD } : BAD };
								add(`${property.displayName} › ${group.displayName} › ${value.displayName}`, value.displayName, kind, bad, {
									...baseline,
									[property.name]: { [group.name]: property.typeOptions?.multipleValues ? [badRow] : badRow },
								});
							}
						}
					}
				} else {
					const expression = property.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: BAD } : BAD;
					for (const [kind, value] of badValues(property, Boolean(property.required))) {
						add(property.displayName, property.displayName, kind, value, { ...baseline, [property.name]: expression });
					}
				}
			}
		}
	}
	return { operations, cases };
}
