// What the node panel and the credential dialog show, read from the built pack: Docs links that
// resolve to a page and heading of this repository, subtitles in display names, each node's own
// description, light and dark icons.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Workflow, type INodeTypes } from 'n8n-workflow';

import { builtCredentialTypes, builtNodeTypes, manifest, ROOT } from './built';
import { expectedSubtitle, operationNameClashes } from './subtitles';

const REPOSITORY = 'https://github.com/qebot/n8n-nodes-qebot-pack';

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
	const anchors = new Set<string>();
	for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
		anchors.add(
			heading
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s_-]/gu, '')
				.trim()
				.replace(/\s/g, '-'),
		);
	}
	return anchors;
}

/** A link into this repository must name a file that exists and, with `#`, a heading in it. */
function problemWithLink(url: string): string | undefined {
	const match = new RegExp(`^${REPOSITORY}/blob/main/([^#]+)(?:#(.+))?$`).exec(url);
	if (!match) return `${url} does not point at a file of ${REPOSITORY}`;
	const [, file, anchor] = match;
	const full = path.join(ROOT, file);
	if (!existsSync(full)) return `${url}: ${file} does not exist`;
	if (anchor && !anchorsOf(readFileSync(full, 'utf8')).has(anchor)) return `${url}: no heading #${anchor} in ${file}`;
	return undefined;
}

const nodes = builtNodeTypes();
const credentials = builtCredentialTypes();

describe('Docs links', () => {
	test.each(nodes.map(({ file, description }) => [file, description.documentationUrl]))('%s links %s', (_file, url) => {
		expect(url).toBeDefined();
		expect(problemWithLink(String(url))).toBeUndefined();
	});

	test.each(credentials.map(({ file, credential }) => [file, credential.documentationUrl]))('%s links %s', (_file, url) => {
		expect(problemWithLink(String(url))).toBeUndefined();
	});

	test.each(manifest.n8n.nodes.map((file) => [file.replace(/\.js$/, '.json')]))('codex %s links resolve', (codexFile) => {
		const codex = JSON.parse(readFileSync(path.join(ROOT, codexFile), 'utf8'));
		const urls = Object.values(codex.resources ?? {}).flatMap((entries) => (entries as Array<{ url: string }>).map((entry) => entry.url));
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.map(problemWithLink).filter(Boolean)).toEqual([]);
	});

	test('the heading slugger follows GitHub on the headings this pack links', () => {
		expect(anchorsOf('### Credential: Qebot API (`qebotApi`)\n## Trigger: QBD Connect Trigger')).toEqual(
			new Set(['credential-qebot-api-qebotapi', 'trigger-qbd-connect-trigger']),
		);
	});
});

describe('the node panel', () => {
	test.each(nodes.map(({ file, description }) => [file, description]))('%s: subtitle in display names', (_file, description) => {
		expect(operationNameClashes(description)).toEqual([]);
		// on failure, the expected literal is printed: paste it into the .node.ts
		expect(description.subtitle).toBe(expectedSubtitle(description));
	});

	test("n8n's expression engine turns every subtitle into display names", async () => {
		const evaluated: string[] = [];
		for (const { description } of nodes) {
			const node = { id: '1', name: 'Node', type: `n8n-nodes-qebot-pack.${description.name}`, typeVersion: 1, position: [0, 0] as [number, number] };
			const nodeTypes = { getByName: () => ({ description }), getByNameAndVersion: () => ({ description }), getKnownTypes: () => ({}) };
			const subtitleOf = async (parameters: Record<string, string>) => {
				const withParameters = { ...node, parameters };
				const workflow = new Workflow({ nodes: [withParameters], connections: {}, active: false, nodeTypes: nodeTypes as unknown as INodeTypes });
				await workflow.expression.acquireIsolate?.();
				try {
					return String(workflow.expression.getSimpleParameterValue(withParameters, String(description.subtitle), 'internal', {}));
				} finally {
					await workflow.expression.releaseIsolate?.();
				}
			};
			const resource = description.properties.find((property) => property.name === 'resource');
			for (const resourceOption of (resource?.options ?? []) as Array<{ name: string; value: string }>) {
				for (const operation of description.properties.filter(
					(property) => property.name === 'operation' && (property.displayOptions?.show?.resource ?? []).includes(resourceOption.value),
				)) {
					for (const option of operation.options as Array<{ name: string; value: string }>) {
						const subtitle = await subtitleOf({ resource: resourceOption.value, operation: option.value });
						expect(subtitle).toBe(`${option.name}: ${resourceOption.name}`);
						evaluated.push(subtitle);
					}
				}
			}
			const event = description.properties.find((property) => property.name === 'event');
			for (const option of (event?.options ?? []) as Array<{ name: string; value: string }>) {
				expect(await subtitleOf({ event: option.value })).toBe(option.name);
				evaluated.push(option.name);
			}
		}
		expect(evaluated).toContain('Create: CRM Lead');
		expect(evaluated).toContain('New Lead');
	});

	test('every node describes itself: action nodes say what they manage, triggers what starts them', () => {
		const descriptions = nodes.map(({ description }) => description.description);
		expect(new Set(descriptions).size).toBe(descriptions.length);
		for (const { description } of nodes) {
			const isTrigger = description.group.includes('trigger');
			expect([description.name, /^Starts the workflow/.test(description.description)]).toEqual([description.name, isTrigger]);
		}
	});

	test('every node and credential has a light and a dark icon that ship', () => {
		const icons = [
			...nodes.map(({ file, description }) => ({ dir: path.dirname(file), icon: description.icon })),
			...credentials.map(({ file, credential }) => ({ dir: path.dirname(file), icon: credential.icon })),
		];
		for (const { dir, icon } of icons) {
			expect(icon).toEqual({ light: expect.stringMatching(/^file:.+\.svg$/), dark: expect.stringMatching(/^file:.+\.dark\.svg$/) });
			for (const variant of Object.values(icon as Record<string, string>)) {
				expect(existsSync(path.join(ROOT, dir, variant.replace(/^file:/, '')))).toBe(true);
			}
		}
	});
});
