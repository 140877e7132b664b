import type { INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { CrmRpc } from '../../nodes/CrmRpc/CrmRpc.node';
import { CrmRpcTrigger } from '../../nodes/CrmRpc/CrmRpcTrigger.node';
import { QBench } from '../../nodes/QBench/QBench.node';
import { QbdConnect } from '../../nodes/QbdConnect/QbdConnect.node';
import { QbdConnectTrigger } from '../../nodes/QbdConnect/QbdConnectTrigger.node';
import { Qebot } from '../../nodes/Qebot/Qebot.node';
import { QebotTrigger } from '../../nodes/Qebot/QebotTrigger.node';

/**
 * What a saved workflow depends on, per node type and version: every parameter path with its
 * type, and every fixed option value. `parameters.snapshot.json` records it for the released
 * versions; `npm run snapshot:parameters` rewrites it (only for additions, or with a new version).
 */
export const NODES: INodeType[] = [
	new Qebot(),
	new QebotTrigger(),
	new QBench(),
	new CrmRpc(),
	new CrmRpcTrigger(),
	new QbdConnect(),
	new QbdConnectTrigger(),
];

type Child = INodeProperties | INodePropertyCollection | INodePropertyOptions;

function entriesOf(properties: Child[], prefix: string, into: Set<string>) {
	for (const child of properties) {
		if ('type' in child && typeof child.type === 'string' && 'name' in child) {
			const property = child as INodeProperties;
			const path = `${prefix}${property.name}`;
			into.add(`${path}: ${property.type}`);
			const options = (property.options ?? []) as Child[];
			if (property.type === 'options' || property.type === 'multiOptions') {
				for (const option of options as INodePropertyOptions[]) into.add(`${path} = ${JSON.stringify(option.value)}`);
			} else if (property.type === 'collection') {
				entriesOf(options, `${path}.`, into);
			} else if (property.type === 'fixedCollection') {
				for (const group of options as INodePropertyCollection[]) entriesOf(group.values ?? [], `${path}.${group.name}.`, into);
			} else if (property.type === 'resourceLocator') {
				for (const mode of property.modes ?? []) into.add(`${path} mode ${mode.name}`);
			}
		}
	}
}

/** `{ "<node>@<version>": ["operation: options", "operation = \"get\"", …] }`, sorted. */
export function parameterSnapshot(): Record<string, string[]> {
	const snapshot: Record<string, string[]> = {};
	for (const node of NODES) {
		const { name, version } = node.description;
		for (const each of ([] as number[]).concat(version)) {
			const entries = new Set<string>();
			entriesOf(node.description.properties, '', entries);
			snapshot[`${name}@${each}`] = [...entries].sort();
		}
	}
	return snapshot;
}
