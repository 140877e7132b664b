// The five packages built from this repository: the pack (the repository's own package.json) and
// one package per service. What each package holds is decided here and nowhere else; the
// per-service manifests and READMEs are written from it by scripts/pack-all.js.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const RELEASE_DIR = path.join(ROOT, 'release');
/**
 * Where pack:all stages each per-service package before packing it. A dot folder: `n8n-node dev`
 * links the working tree into n8n's custom folder, where n8n loads every *.node.js outside one.
 */
const STAGE_DIR = path.join(RELEASE_DIR, '.stage');

/** The n8n versions the end-to-end suite installs the packages into. */
const TESTED_N8N = ['1.123.81', '2.40.7'];

const SERVICES = [
	{
		name: 'n8n-nodes-qebot',
		service: 'Qebot',
		folder: 'Qebot',
		about: 'the Qebot marketplace REST API: brands, businesses, users, SSO, CRM leads, tools, billing, purchases',
		keywords: ['qebot', 'marketplace', 'crm'],
		credential: 'QebotApi',
		credentialType: 'qebotApi',
		credentialSummary: 'HTTP Basic: the account e-mail and an API key, and the base URL (default `https://dev.qebot.com`).',
		nodes: ['Qebot', 'QebotTrigger'],
		doc: 'docs/qebot.md',
		example: 'examples/qebot.json',
	},
	{
		name: 'n8n-nodes-qbench',
		service: 'QBench',
		folder: 'QBench',
		about: 'the QBench LIMS API: customers, contacts, assay and panel discounts',
		keywords: ['qbench', 'lims', 'laboratory'],
		credential: 'QBenchApi',
		credentialType: 'qBenchApi',
		credentialSummary: 'the URL of your QBench instance and a Bearer token.',
		nodes: ['QBench'],
		doc: 'docs/qbench.md',
		example: 'examples/qbench.json',
	},
	{
		name: 'n8n-nodes-crmrpc',
		service: 'CrmRpc',
		folder: 'CrmRpc',
		about: 'the CrmRpc JSON-RPC style CRM: profiles, companies, contacts, products, opportunities, tickets',
		keywords: ['crm', 'crmrpc', 'json-rpc'],
		credential: 'CrmRpcApi',
		credentialType: 'crmRpcApi',
		credentialSummary: 'the base URL, an e-mail and a password; the node logs in and keeps the session token, and logs in again when it expires.',
		nodes: ['CrmRpc', 'CrmRpcTrigger'],
		doc: 'docs/crmrpc.md',
		example: 'examples/crmrpc.json',
	},
	{
		name: 'n8n-nodes-qbd-connect',
		service: 'QBD Connect',
		folder: 'QbdConnect',
		about: 'the QBD Connect QuickBooks Desktop connector API: customers, instances, invoices, payments, payouts, products, subscriptions, users',
		keywords: ['quickbooks', 'qbd-connect', 'accounting'],
		credential: 'QbdConnectApi',
		credentialType: 'qbdConnectApi',
		credentialSummary: 'the base URL and API version, and an optional Bearer token.',
		nodes: ['QbdConnect', 'QbdConnectTrigger'],
		doc: 'docs/qbdconnect.md',
		example: 'examples/qbdconnect.json',
	},
];

const PACK = { name: 'n8n-nodes-qebot-pack', service: 'all four services' };

module.exports = { ROOT, RELEASE_DIR, STAGE_DIR, TESTED_N8N, SERVICES, PACK };
