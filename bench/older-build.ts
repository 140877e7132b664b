// An older build of the pack beside this one in ONE process (bench/lead-limit.ts,
// bench/per-item-ab.ts): its nodes under other type names, so one harness runs both, and the
// median the comparisons report.
import path from 'node:path';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import type { PerItemApi } from './per-item';

/** What the older build's type names end in: `qebot` → `qebotOlder`. */
export const OLDER_SUFFIX = 'Older';

const NODE_FILES: Record<PerItemApi, string> = { qbench: 'QBench/QBench.node.js', qebot: 'Qebot/Qebot.node.js', crmrpc: 'CrmRpc/CrmRpc.node.js' };

/** The older build's node of an API, from its `dist` folder, named `<name>Older`. */
export function olderNode(dist: string, api: PerItemApi): INodeType {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(path.resolve(dist, 'nodes', NODE_FILES[api])) as Record<string, new () => INodeType>;
	const node = new (Object.values(exported)[0])();
	node.description = { ...node.description, name: `${node.description.name}${OLDER_SUFFIX}` } as INodeTypeDescription;
	return node;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
