// The pack as n8n loads it: the files that package.json's `n8n` field names, from dist/ (build first).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialType, INodeTypeDescription } from 'n8n-workflow';

export const ROOT = path.resolve(__dirname, '..', '..');
export const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
	[key: string]: unknown;
};

function load(file: string): unknown {
	const full = path.join(ROOT, file);
	if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(full) as Record<string, new () => unknown>;
	const [only] = Object.values(exported).filter((value) => typeof value === 'function');
	return new only();
}

export function builtNodeTypes(): Array<{ file: string; description: INodeTypeDescription }> {
	return manifest.n8n.nodes.map((file) => ({ file, description: (load(file) as { description: INodeTypeDescription }).description }));
}

export function builtCredentialTypes(): Array<{ file: string; credential: ICredentialType }> {
	return manifest.n8n.credentials.map((file) => ({ file, credential: load(file) as ICredentialType }));
}
