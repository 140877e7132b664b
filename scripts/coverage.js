#!/usr/bin/env node
// `npm run coverage` (after a build): which operations of the API inventory (api/endpoints.json,
// one entry per operation of the public API documents) the built nodes route. It reads the
// declarative routing of every `operation` option of the action nodes in dist/ — method,
// `routing.request.url` template, and for CrmRpc the RPC method in the body — and matches it:
//   - REST: the method is the operation's (or one of its altMethods) and the URL, with every
//     `{{ … }}` as `{}`, ends with the inventory path with every `{param}` as `{}`;
//   - CrmRpc: the body's `method` is the operation's rpcMethod and the URL ends with its service path;
//   - where several inventory paths end the URL, only the longest counts.
// Prints `missing: …` per operation no node routes, then `covered X/Y operations (…)`; exits 1 unless
// every operation is covered. `--verbose` also prints each route and what it matched.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const INVENTORY = path.join(ROOT, 'api', 'endpoints.json');
const DIST = path.join(ROOT, 'dist', 'nodes');
const APIS = ['qebot', 'qbench', 'crmrpc', 'qbdconnect'];

function fail(message) {
	console.log(`coverage: ${message}`);
	process.exit(1);
}

const templated = (url) => {
	let out = String(url ?? '').replace(/^=/, '').replace(/\{\{[\s\S]*?\}\}/g, '{}');
	out = out.split('?')[0].trim().replace(/\/+$/, '').toLowerCase();
	return out && !out.startsWith('/') && !/^[a-z]+:\/\//.test(out) ? `/${out}` : out;
};
const inventoryPath = (p) => String(p).replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '').toLowerCase();

function nodeFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return nodeFiles(full);
		return entry.name.endsWith('.node.js') ? [full] : [];
	});
}

/** The API a node description belongs to (action nodes only; triggers route nothing). */
function apiOf(description) {
	const name = String(description.name ?? '').toLowerCase();
	if (name.includes('trigger')) return undefined;
	return APIS.find((api) => name.includes(api));
}

function routesOf(description) {
	const defaults = description.requestDefaults ?? {};
	return (description.properties ?? [])
		.filter((property) => property.name === 'operation' && property.type === 'options')
		.flatMap((property) =>
			(property.options ?? [])
				.filter((option) => option.routing?.request)
				.map((option) => {
					const request = option.routing.request;
					const rpc = typeof request.body?.method === 'string' ? request.body.method.replace(/^=/, '') : undefined;
					const resource = [].concat(property.displayOptions?.show?.resource ?? []).join('|');
					return { method: String(request.method ?? defaults.method ?? 'GET').toUpperCase(), url: templated(request.url ?? defaults.url), rpc, name: `${resource}.${option.value}` };
				}),
		);
}

function main() {
	const verbose = process.argv.includes('--verbose');
	if (!fs.existsSync(INVENTORY)) fail(`no inventory at ${path.relative(process.cwd(), INVENTORY)}`);
	const operations = JSON.parse(fs.readFileSync(INVENTORY, 'utf8')).operations;
	if (!fs.existsSync(DIST)) fail('no dist/nodes (run `npm run build` first)');
	const routes = Object.fromEntries(APIS.map((api) => [api, []]));
	for (const file of nodeFiles(DIST)) {
		for (const NodeClass of Object.values(require(file))) {
			// node classes only: helper functions are exported beside some of them
			if (typeof NodeClass !== 'function' || !/^class[\s{]/.test(Function.prototype.toString.call(NodeClass))) continue;
			const description = new NodeClass().description;
			const api = description && apiOf(description);
			if (api) routes[api].push(...routesOf(description));
		}
	}
	const covered = new Set();
	for (const api of APIS) {
		const candidates = operations
			.filter((op) => op.api === api)
			.map((op) => ({ op, path: inventoryPath(op.path), methods: [op.method, ...(op.altMethods ?? [])].map((m) => m.toUpperCase()) }));
		for (const route of routes[api]) {
			const matches = candidates.filter(({ op, path: opPath, methods }) => route.url.endsWith(opPath) && (op.rpcMethod ? route.rpc === op.rpcMethod : methods.includes(route.method)));
			const longest = Math.max(...matches.map((match) => match.path.length));
			const hits = matches.filter((match) => match.path.length === longest).map((match) => match.op.id);
			hits.forEach((id) => covered.add(id));
			if (verbose) console.log(`route: ${api} ${route.name} ${route.method} ${route.url}${route.rpc ? ` ${route.rpc}` : ''} -> ${hits.join(', ') || 'nothing'}`);
		}
	}
	for (const op of operations.filter((candidate) => !covered.has(candidate.id))) {
		console.log(`missing: ${op.id} ${op.method} ${inventoryPath(op.path)}${op.rpcMethod ? ` ${op.rpcMethod}` : ''}`);
	}
	const perApi = APIS.map((api) => {
		const ofApi = operations.filter((op) => op.api === api);
		return `${api} ${ofApi.filter((op) => covered.has(op.id)).length}/${ofApi.length}`;
	});
	console.log(`covered ${covered.size}/${operations.length} operations (${perApi.join(', ')})`);
	process.exit(covered.size === operations.length ? 0 : 1);
}

main();
