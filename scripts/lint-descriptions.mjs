#!/usr/bin/env node
// n8n's node lint rules on what users read: the BUILT node and credential descriptions.
//
// The source lint (`npm run lint`) sees only object literals, and our descriptions are built by
// functions (the operation builder, field helpers), so most words never reach it. This script
// loads every node and credential the package registers (package.json `n8n`, from dist/ after
// `npm run build`), writes each description back as the TypeScript source n8n's rules expect
// (a `<Name>.node.ts` class with `description = {…}`, a `<Name>.credentials.ts` class with its
// fields), every property, option, collection entry and credential property included, and lints
// that text with ESLint's Node API: the `nodes` and `credentials` rule sets of
// eslint-plugin-n8n-nodes-base (with the overrides @n8n/node-cli's lint config applies) and the
// rules of @n8n/eslint-plugin-community-nodes that judge a description. The text is linted as if
// it sat beside the built file (dist/…), so icon paths resolve; nothing is written to disk.
//
// Only the static data lists (countries, states, business categories) are left out, by parameter
// name: findings on their option entries and their order are not reported, nor the default a data
// list has none of (no country or category is right for everyone: the user picks one). Every other
// finding on the parameter itself (its display name, its description …) is reported.
//
// Usage: node scripts/lint-descriptions.mjs [--root <package dir>] [--json]
// Prints `node › path › rule: message` per finding, a count per node, and exits 1 on any finding.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// eslint-plugin-n8n-nodes-base treats every file as every kind of file when NODE_ENV is "test"
// (its own test mode): read it before the plugin loads, and lint as a real run does
delete process.env.NODE_ENV;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
const ROOT = path.resolve(option('--root') ?? REPO_ROOT);
const AS_JSON = args.includes('--json');

/**
 * Parameters whose options are a static data list (reference data of the APIs, as the API
 * documents give them), by name: top-level parameters and entries of collections / rows alike.
 * Nothing else belongs here.
 */
export const DATA_LISTS = new Set([
	// Qebot: the countries, the US states and the business categories of the API's reference data
	// (Brand › Create's business rows, Business › Create and its Update Fields)
	'countryId',
	'businessCountryId',
	'stateId',
	'categoryId',
	'businessCategoryId',
]);

/** Findings on a data list's parameter itself that are about its list: a default among the entries. */
const DATA_LIST_PARAMETER_RULES = new Set(['n8n-nodes-base/node-param-default-wrong-for-options']);

// the linter comes from this repository's toolchain, whatever package is linted
const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const { ESLint } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const n8nNodesBase = require('eslint-plugin-n8n-nodes-base');
const { n8nCommunityNodesPlugin } = require('@n8n/eslint-plugin-community-nodes');

/** Rules of eslint-plugin-n8n-nodes-base that @n8n/node-cli's lint config turns off. */
const NODE_CLI_OFF = {
	nodes: [
		'n8n-nodes-base/node-class-description-inputs-wrong-regular-node',
		'n8n-nodes-base/node-class-description-outputs-wrong',
		'n8n-nodes-base/node-param-type-options-max-value-present',
	],
	credentials: ['n8n-nodes-base/cred-class-field-documentation-url-miscased', 'n8n-nodes-base/cred-class-field-type-options-password-missing'],
};

/** The community rules whose subject is a node or credential description (the others judge package.json or code). */
const COMMUNITY_DESCRIPTION_RULES = [
	'credential-documentation-url',
	'credential-password-field',
	'credential-test-required',
	'credential-unnecessary-password',
	'cred-class-field-icon-missing',
	'cred-class-oauth2-naming',
	'icon-prefer-themed-variants',
	'icon-validation',
	'no-builder-hint-leakage',
	'no-emoji-in-options',
	'node-connection-type-literal',
	'node-usable-as-tool',
	'require-node-description-fields',
	'resource-operation-pattern',
	'trigger-node-conventions',
].map((name) => `@n8n/community-nodes/${name}`);

const enabled = (rules, off) =>
	Object.fromEntries(Object.entries(rules).filter(([name]) => !off.includes(name)).map(([name]) => [name, 'error']));

const communityRules = Object.fromEntries(COMMUNITY_DESCRIPTION_RULES.map((name) => [name, 'error']));
for (const name of COMMUNITY_DESCRIPTION_RULES) {
	if (!n8nCommunityNodesPlugin.rules[name.split('/').pop()]) throw new Error(`@n8n/eslint-plugin-community-nodes has no rule ${name}`);
}

const eslint = new ESLint({
	cwd: ROOT,
	overrideConfigFile: true,
	overrideConfig: [
		{
			files: ['**/*.ts'],
			languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
			plugins: { 'n8n-nodes-base': n8nNodesBase, '@n8n/community-nodes': n8nCommunityNodesPlugin },
			linterOptions: { reportUnusedDisableDirectives: 'off' },
		},
		{ files: ['**/*.node.ts'], rules: { ...enabled(n8nNodesBase.configs.nodes.rules, NODE_CLI_OFF.nodes), ...communityRules } },
		{ files: ['**/*.credentials.ts'], rules: { ...enabled(n8nNodesBase.configs.credentials.rules, NODE_CLI_OFF.credentials), ...communityRules } },
	],
});

// ---- writing a description back as source, remembering where each object sits -------------

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

class SourceWriter {
	constructor() {
		this.lines = [];
		/** { start, end, where } per object literal, 1-based lines */
		this.objects = [];
	}

	line(text) {
		this.lines.push(text);
		return this.lines.length;
	}

	/** Writes `value` after `prefix` (e.g. `description: `), at `indent`, ending with `suffix`. */
	value(value, prefix, indent, suffix, where) {
		const pad = '\t'.repeat(indent);
		if (typeof value === 'function' || typeof value === 'symbol') {
			// routing hooks and the like: code, not words
			this.line(`${pad}${prefix}__code__${suffix}`);
		} else if (Array.isArray(value)) {
			this.line(`${pad}${prefix}[`);
			value.forEach((entry, index) => {
				if (entry === undefined) return;
				this.value(entry, '', indent + 1, ',', where.item(entry, index));
			});
			this.line(`${pad}]${suffix}`);
		} else if (value && typeof value === 'object') {
			const start = this.line(`${pad}${prefix}{`);
			for (const [key, child] of Object.entries(value)) {
				if (child === undefined) continue;
				const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
				this.value(child, `${name}: `, indent + 1, ',', where.key(key));
			}
			const end = this.line(`${pad}}${suffix}`);
			this.objects.push({ start, end, where });
		} else if (typeof value === 'string' && where.connection) {
			// the source writes connection types through n8n-workflow's enum
			this.line(`${pad}${prefix}${value === 'main' ? 'NodeConnectionTypes.Main' : JSON.stringify(value)}${suffix}`);
		} else {
			this.line(`${pad}${prefix}${value === null ? 'null' : JSON.stringify(value)}${suffix}`);
		}
	}

	/** Where the innermost object holding `line` sits. */
	whereAt(line) {
		let best;
		for (const object of this.objects) {
			if (object.start <= line && line <= object.end && (!best || object.end - object.start < best.end - best.start)) best = object;
		}
		return best?.where ?? new Where();
	}
}

/**
 * Where a value sits, as a reader of the node panel finds it: parameters by name (with the
 * resource › operation they show for), options by their displayed name.
 */
class Where {
	constructor(parts = [], flags = {}) {
		this.parts = parts;
		this.flags = flags;
	}

	get connection() {
		return this.flags.connection === true;
	}

	label() {
		return this.parts.join(' › ') || '(description)';
	}

	/** Where the value of `key` of this object sits. */
	key(key) {
		const topLevel = this.parts.length === 0;
		if (topLevel && key === 'properties') return new Where([], { inProperties: true });
		if (topLevel && ['inputs', 'outputs'].includes(key)) return new Where([key], { connection: true });
		// a parameter's choices, a collection's fields, a fixed collection's sections and their fields
		if (!topLevel && (key === 'options' || key === 'values')) return new Where(this.parts, { inOptions: true });
		if (topLevel) return new Where([key]);
		// displayOptions, typeOptions, routing, modes …: still this parameter or option
		return new Where(this.parts);
	}

	/** Where the `index`th entry of this array sits. */

	item(entry, index) {
		const object = entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : undefined;
		if (this.flags.inProperties) return new Where([parameterLabel(object, index)]);
		if (this.flags.inOptions && object) {
			// a collection's or fixed collection's fields are parameters; an options list's entries are choices
			const isParameter = typeof object.type === 'string' && 'default' in object;
			const label = isParameter ? String(object.name) : object.values ? String(object.name) : JSON.stringify(object.name ?? object.displayName ?? index);
			return new Where([...this.parts, label]);
		}
		return new Where([...this.parts, `[${index}]`], { connection: this.flags.connection });
	}
}

/** `[resource › operation] name`: the first resource and operation a parameter shows for. */
function parameterLabel(parameter, index) {
	if (!parameter) return `[${index}]`;
	const show = parameter.displayOptions?.show ?? {};
	const first = (values) => (Array.isArray(values) && values.length ? `${values[0]}${values.length > 1 ? '+' : ''}` : undefined);
	const scope = [first(show.resource), first(show.operation)].filter(Boolean).join('/');
	return `${scope ? `[${scope}] ` : ''}${parameter.name ?? parameter.displayName ?? index}`;
}

function nodeSource(className, description) {
	const writer = new SourceWriter();
	writer.line(`import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';`);
	writer.line('');
	writer.line(`export class ${className} implements INodeType {`);
	writer.value(description, 'description: INodeTypeDescription = ', 1, ';', new Where());
	writer.line('}');
	return writer;
}

/** Credential class fields, in the shape credential files have them. */
const CREDENTIAL_FIELD_TYPES = {
	properties: 'INodeProperties[]',
	test: 'ICredentialTestRequest',
	authenticate: 'IAuthenticateGeneric',
};

function credentialSource(className, credential) {
	const writer = new SourceWriter();
	writer.line(`import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';`);
	writer.line('');
	writer.line(`export class ${className} implements ICredentialType {`);
	for (const [field, value] of Object.entries(credential)) {
		if (value === undefined || typeof value === 'function') continue;
		const type = CREDENTIAL_FIELD_TYPES[field];
		const where = field === 'properties' ? new Where([], { inProperties: true }) : new Where([field]);
		const asConst = field === 'icon' && typeof value === 'object' ? ' as const' : '';
		if (asConst) {
			writer.value(value, `${field} = `, 1, `${asConst};`, where);
		} else {
			writer.value(value, `${field}${type ? `: ${type}` : ''} = `, 1, ';', where);
		}
		writer.line('');
	}
	writer.line('}');
	return writer;
}

// ---- loading what the package registers ----------------------------------------------------

function registered() {
	const manifestFile = path.join(ROOT, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
	const n8n = manifest.n8n ?? {};
	const entries = [
		...(n8n.nodes ?? []).map((file) => ({ kind: 'node', file })),
		...(n8n.credentials ?? []).map((file) => ({ kind: 'credential', file })),
	];
	if (entries.length === 0) throw new Error(`${manifestFile} registers no nodes or credentials (its "n8n" field)`);
	return entries.map(({ kind, file }) => {
		const full = path.join(ROOT, file);
		if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
		return { kind, file, full };
	});
}

function instancesOf(full) {
	// n8n loads the class named as the file (`QebotTrigger.node.js` → `QebotTrigger`)
	const className = path.basename(full).replace(/\.(node|credentials)\.js$/, '');
	const Class = require(full)[className];
	if (typeof Class !== 'function') throw new Error(`${full} exports no class ${className}`);
	return [{ className, instance: new Class() }];
}

/** One source per description: a versioned node gives one per version. */
function sourcesOf({ kind, full }) {
	const sources = [];
	const virtualFile = (suffix) => path.join(path.dirname(full), `${path.basename(full).replace(/\.(node|credentials)\.js$/, '')}${suffix}`);
	for (const { className, instance } of instancesOf(full)) {
		if (kind === 'credential') {
			sources.push({ label: instance.displayName ?? className, filePath: virtualFile('.credentials.ts'), writer: credentialSource(className, instance) });
		} else if (instance.nodeVersions) {
			for (const [version, versionNode] of Object.entries(instance.nodeVersions)) {
				const description = { ...instance.description, ...versionNode.description };
				sources.push({ label: `${description.displayName} v${version}`, filePath: virtualFile('.node.ts'), writer: nodeSource(className, description) });
			}
		} else {
			sources.push({ label: instance.description.displayName, filePath: virtualFile('.node.ts'), writer: nodeSource(className, instance.description) });
		}
	}
	return sources;
}

// ---- lint ----------------------------------------------------------------------------------

const findings = [];
const linted = [];
for (const entry of registered()) {
	for (const source of sourcesOf(entry)) {
		linted.push(source.label);
		const text = `${source.writer.lines.join('\n')}\n`;
		const [result] = await eslint.lintText(text, { filePath: source.filePath });
		for (const message of result.messages) {
			const where = source.writer.whereAt(message.line);
			if (isAboutDataListEntries(where, message.ruleId)) continue;
			findings.push({ node: source.label, path: where.label(), rule: message.ruleId ?? 'parse', message: message.message });
		}
	}
}

/**
 * True for a finding on the entries of a data list: on one entry (e.g. the casing of "Korea,
 * Republic of"), on their order, or a default that is none of them (a data list has no default:
 * the user picks). Other findings on the parameter itself (e.g. its description) are kept.
 */
function isAboutDataListEntries(where, rule) {
	const parts = where.parts;
	for (let i = 0; i < parts.length; i++) {
		if (!DATA_LISTS.has(parts[i].replace(/^\[[^\]]*\] /, ''))) continue;
		if (i < parts.length - 1 && parts[i + 1].startsWith('"')) return true;
		if (i === parts.length - 1 && (/-unsorted-items$/.test(rule ?? '') || DATA_LIST_PARAMETER_RULES.has(rule ?? ''))) return true;
	}
	return false;
}

/** Long option lists in a message ("Set one of 1 or 2 or … or 245") cut for reading. */
const short = (text) => (text.length > 220 ? `${text.slice(0, 200)} … ${text.slice(-20)}` : text);

if (AS_JSON) {
	process.stdout.write(`${JSON.stringify({ linted, findings }, null, 2)}\n`);
} else {
	for (const label of linted) {
		const list = findings.filter((finding) => finding.node === label);
		console.log(`${label}: ${list.length} finding${list.length === 1 ? '' : 's'}`);
		for (const finding of list) console.log(`  ${finding.node} › ${finding.path} › ${finding.rule.replace(/^n8n-nodes-base\//, '')}: ${short(finding.message)}`);
	}
	console.log(`description lint: ${findings.length} finding${findings.length === 1 ? '' : 's'} in ${linted.length} descriptions (nodes and credentials)`);
}
process.exit(findings.length > 0 ? 1 : 0);
