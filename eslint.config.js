// eslint-plugin-n8n-nodes-base ships legacy configs; their rule sets are applied here in flat form.
const n8nNodesBase = require('eslint-plugin-n8n-nodes-base');
const tsParser = require('@typescript-eslint/parser');
const jsonParser = require('jsonc-eslint-parser');

const plugins = { 'n8n-nodes-base': n8nNodesBase };
const typescript = { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' };

module.exports = [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', 'bench/**', 'scripts/**', '*.js'] },
	{
		files: ['package.json'],
		languageOptions: { parser: jsonParser },
		plugins,
		rules: n8nNodesBase.configs.community.rules,
	},
	{
		files: ['credentials/**/*.ts'],
		languageOptions: typescript,
		plugins,
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// the rule says itself it applies only to nodes in n8n's main repository (a docs slug);
			// a community package links a full URL
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		languageOptions: typescript,
		plugins,
		rules: n8nNodesBase.configs.nodes.rules,
	},
];
