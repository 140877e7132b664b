// scripts/lint-descriptions.mjs: n8n's node lint rules on BUILT descriptions. A fixture package
// (built JS classes, as dist/ holds them) with known faults must be caught; its fixed twin passes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'lint-descriptions.mjs');
const HINT = 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

interface Faults {
	finalPeriod: boolean;
	missingHint: boolean;
	countryEntry: boolean;
	/** countryId and regionId without a default among their entries */
	emptyDefault?: boolean;
}

/** A one-node, one-credential package; its descriptions are assembled by functions, as ours are. */
function fixturePackage(faults: Faults): string {
	const root = mkdtempSync(path.join(tmpdir(), 'lint-descriptions-'));
	mkdirSync(path.join(root, 'dist', 'nodes', 'Widget'), { recursive: true });
	mkdirSync(path.join(root, 'dist', 'credentials'), { recursive: true });
	writeFileSync(path.join(root, 'dist', 'nodes', 'Widget', 'widget.svg'), SVG);
	writeFileSync(path.join(root, 'dist', 'nodes', 'Widget', 'widget.dark.svg'), SVG.replace('<rect', '<rect fill="#fff"'));
	const field = (name: string, displayName: string, description: string, extra: object) =>
		({ displayName, name, type: 'string', default: '', description, displayOptions: { show: { resource: ['widget'], operation: ['get'] } }, ...extra });
	const properties = [
		{ displayName: 'Resource', name: 'resource', type: 'options', noDataExpression: true, options: [{ name: 'Widget', value: 'widget' }], default: 'widget' },
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['widget'] } },
			options: [{ name: 'Get', value: 'get', action: 'Get a widget', description: 'Get a widget' }],
			default: 'get',
		},
		field('widgetName', 'Widget Name', faults.finalPeriod ? 'The name of the widget.' : 'The name of the widget', {}),
		field('widgetColorId', 'Color Name or ID', faults.missingHint ? 'The color of the widget' : HINT, {
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getColors' },
		}),
		field('countryId', 'Country', 'The country of the widget', {
			type: 'options',
			options: [
				{ name: faults.countryEntry ? 'Korea, Republic of' : 'Korea', value: 1 },
				{ name: 'Spain', value: 2 },
			],
			default: faults.emptyDefault ? '' : 1,
		}),
		field('regionId', 'Region', 'The region of the widget', {
			type: 'options',
			options: [
				{ name: faults.countryEntry ? 'Korea, Republic of' : 'Korea', value: 1 },
				{ name: 'Spain', value: 2 },
			],
			default: faults.emptyDefault ? '' : 1,
		}),
	];
	const description = {
		displayName: 'Widget',
		name: 'widget',
		icon: { light: 'file:widget.svg', dark: 'file:widget.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Consume the Widget API',
		defaults: { name: 'Widget' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'widgetApi', required: true }],
		requestDefaults: { baseURL: 'https://widgets.example.com' },
		properties,
	};
	writeFileSync(
		path.join(root, 'dist', 'nodes', 'Widget', 'Widget.node.js'),
		`"use strict";\nconst properties = ${JSON.stringify(properties)};\nclass Widget {\n\tconstructor() {\n\t\tthis.description = Object.assign(${JSON.stringify({ ...description, properties: undefined })}, { properties: properties.map((p) => ({ ...p })) });\n\t}\n}\nexports.Widget = Widget;\n`,
	);
	const credential = {
		name: 'widgetApi',
		displayName: 'Widget API',
		documentationUrl: 'https://widgets.example.com/docs',
		icon: { light: 'file:../nodes/Widget/widget.svg', dark: 'file:../nodes/Widget/widget.dark.svg' },
		properties: [{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '', required: true }],
		test: { request: { baseURL: 'https://widgets.example.com', url: '/me' } },
	};
	writeFileSync(
		path.join(root, 'dist', 'credentials', 'WidgetApi.credentials.js'),
		`"use strict";\nclass WidgetApi {\n\tconstructor() {\n\t\tObject.assign(this, ${JSON.stringify(credential)});\n\t}\n}\nexports.WidgetApi = WidgetApi;\n`,
	);
	writeFileSync(
		path.join(root, 'package.json'),
		JSON.stringify({
			name: 'n8n-nodes-widget',
			version: '0.0.1',
			n8n: { n8nNodesApiVersion: 1, nodes: ['dist/nodes/Widget/Widget.node.js'], credentials: ['dist/credentials/WidgetApi.credentials.js'] },
		}),
	);
	return root;
}

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function lint(faults: Faults) {
	const root = fixturePackage(faults);
	roots.push(root);
	const env = { ...process.env };
	delete env.NODE_ENV;
	const json = spawnSync(process.execPath, [SCRIPT, '--root', root, '--json'], { env, encoding: 'utf8', timeout: 60_000 });
	const text = spawnSync(process.execPath, [SCRIPT, '--root', root], { env, encoding: 'utf8', timeout: 60_000 });
	return { status: json.status, report: JSON.parse(json.stdout || '{}'), text: text.stdout, textStatus: text.status, stderr: json.stderr };
}

describe('lint:descriptions', () => {
	test('catches a full stop on a one-sentence description, a dropdown without the standard hint, and a miscased option; leaves a data list alone', () => {
		const { status, report, text, textStatus, stderr } = lint({ finalPeriod: true, missingHint: true, countryEntry: true });
		expect(stderr).toBe('');
		expect(report.linted).toEqual(['Widget', 'Widget API']);
		expect(report.findings.map((finding: { path: string; rule: string }) => `${finding.path} › ${finding.rule}`).sort()).toEqual([
			'[widget/get] regionId › "Korea, Republic of" › n8n-nodes-base/node-param-display-name-miscased',
			'[widget/get] widgetColorId › n8n-nodes-base/node-param-description-wrong-for-dynamic-options',
			'[widget/get] widgetName › n8n-nodes-base/node-param-description-excess-final-period',
		]);
		expect(status).toBe(1);
		expect(textStatus).toBe(1);
		expect(text).toContain('Widget › [widget/get] widgetName › node-param-description-excess-final-period: Remove final period');
		expect(text).toContain('description lint: 3 findings in 2 descriptions');
	});

	test('leaves out the empty default of a data list (by name), not of another dropdown', () => {
		const { status, report } = lint({ finalPeriod: false, missingHint: false, countryEntry: false, emptyDefault: true });
		expect(report.findings.map((finding: { path: string; rule: string }) => `${finding.path} › ${finding.rule}`)).toEqual([
			'[widget/get] regionId › n8n-nodes-base/node-param-default-wrong-for-options',
		]);
		expect(status).toBe(1);
	});

	test('passes the same package with the faults fixed', () => {
		const { status, report, text } = lint({ finalPeriod: false, missingHint: false, countryEntry: false });
		expect(report.findings).toEqual([]);
		expect(status).toBe(0);
		expect(text).toContain('description lint: 0 findings in 2 descriptions');
	});
});
