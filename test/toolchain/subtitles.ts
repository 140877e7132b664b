// The node subtitles in display names ("Get Many: CRM Lead", "New Lead"), not stored values
// ("getAll: lead"). n8n evaluates `subtitle` as an expression over the node's parameters alone and
// n8n's lint wants it as a string literal in the description, so the name tables are written out in
// each `.node.ts`; this builds the expected literal from the description and the test compares.
// `npx ts-node --transpile-only test/toolchain/subtitles.ts` (after a build) prints them all.
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

type Option = { name: string; value: string | number | boolean };

function optionsOf(property: INodeProperties | undefined): Option[] {
	return (property?.options ?? []).filter((option): option is Option => 'value' in option);
}

function sortedTable(entries: Array<[string, string]>): string {
	return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))));
}

/** Operation values must mean the same thing in every resource of a node for one table to serve them all. */
export function operationNameClashes(description: INodeTypeDescription): string[] {
	const names = new Map<string, string>();
	const clashes: string[] = [];
	for (const property of description.properties.filter((entry) => entry.name === 'operation')) {
		for (const option of optionsOf(property)) {
			const value = String(option.value);
			if (names.has(value) && names.get(value) !== option.name) clashes.push(`${value}: "${names.get(value)}" / "${option.name}"`);
			names.set(value, option.name);
		}
	}
	return clashes;
}

export function expectedSubtitle(description: INodeTypeDescription): string | undefined {
	const properties = description.properties;
	const resource = properties.find((property) => property.name === 'resource');
	if (resource) {
		const operations = new Map<string, string>();
		for (const property of properties.filter((entry) => entry.name === 'operation')) {
			for (const option of optionsOf(property)) operations.set(String(option.value), option.name);
		}
		const resources = optionsOf(resource).map((option): [string, string] => [String(option.value), option.name]);
		return (
			`={{ (${sortedTable([...operations.entries()])}[$parameter["operation"]] || $parameter["operation"]) + ": " + ` +
			`(${sortedTable(resources)}[$parameter["resource"]] || $parameter["resource"]) }}`
		);
	}
	const event = properties.find((property) => property.name === 'event');
	if (event) {
		const events = optionsOf(event).map((option): [string, string] => [String(option.value), option.name]);
		return `={{ ${sortedTable(events)}[$parameter["event"]] || $parameter["event"] }}`;
	}
	return undefined;
}

if (require.main === module) {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { builtNodeTypes } = require('./built') as typeof import('./built');
	for (const { file, description } of builtNodeTypes()) console.log(`${file}\n\t\tsubtitle:\n\t\t\t'${expectedSubtitle(description)}',\n`);
}
