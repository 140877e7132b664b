// Counts the expressions n8n evaluates, per node and per expression text.
// Every `={{…}}` value n8n resolves goes through WorkflowExpression.resolveSimpleParameterValue
// (node parameters, the data proxy's $parameter, requestDefaults, routing templates, credential
// `authenticate` values), which gets the name of the node it evaluates for. This file wraps that
// method: required in-process (`require('./count-expressions').install()`), or preloaded into a
// real n8n (`node --require bench/count-expressions.js n8n …` with BENCH_N8N_WORKFLOW_DIR set to
// that n8n's n8n-workflow folder, BENCH_N8N_CORE_DIR to its n8n-core folder for CPU times, and
// BENCH_EXPRESSION_COUNTS to the file written at exit).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** node name → expression text → evaluations */
const counts = Object.create(null);
let installed = false;

function workflowExpressionClass() {
	const dir = process.env.BENCH_N8N_WORKFLOW_DIR;
	const entry = dir ? path.join(dir, 'dist', 'cjs', 'index.js') : require.resolve('n8n-workflow');
	return require(entry).WorkflowExpression;
}

function install() {
	if (installed) return counts;
	installed = true;
	const prototype = workflowExpressionClass().prototype;
	const original = prototype.resolveSimpleParameterValue;
	// argument 6 (index 5) is the active node's name
	prototype.resolveSimpleParameterValue = function countedResolve(value, ...rest) {
		if (typeof value === 'string' && value.charAt(0) === '=') {
			const node = String(rest[4]);
			const perNode = counts[node] ?? (counts[node] = Object.create(null));
			perNode[value] = (perNode[value] ?? 0) + 1;
		}
		return original.call(this, value, ...rest);
	};
	return counts;
}

/** node name → one entry per run of that node: CPU time of the whole process and wall time (ms) */
const cpu = Object.create(null);
let cpuInstalled = false;

/**
 * Also records the process's CPU time per node run (WorkflowExecute.runNode). On a busy machine
 * wall time swings with whatever else runs; the CPU time a node costs n8n does not.
 */
function installCpu(coreEntry) {
	if (cpuInstalled) return cpu;
	cpuInstalled = true;
	const { WorkflowExecute } = require(coreEntry);
	const original = WorkflowExecute.prototype.runNode;
	WorkflowExecute.prototype.runNode = async function timedRunNode(workflow, executionData, ...rest) {
		const startCpu = process.cpuUsage();
		const startWall = performance.now();
		try {
			return await original.call(this, workflow, executionData, ...rest);
		} finally {
			const used = process.cpuUsage(startCpu);
			const name = executionData.node.name;
			(cpu[name] ?? (cpu[name] = [])).push({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - startWall });
		}
	};
	return cpu;
}

/** Total evaluations per node. */
function totals() {
	return Object.fromEntries(Object.entries(counts).map(([node, texts]) => [node, Object.values(texts).reduce((sum, n) => sum + n, 0)]));
}

function reset() {
	for (const node of Object.keys(counts)) delete counts[node];
	for (const node of Object.keys(cpu)) delete cpu[node];
}

module.exports = { install, installCpu, counts, cpu, totals, reset };

// preloaded into a real n8n: install now, write the counts when the process ends
if (process.env.BENCH_EXPRESSION_COUNTS) {
	install();
	if (process.env.BENCH_N8N_CORE_DIR) installCpu(path.join(process.env.BENCH_N8N_CORE_DIR, 'dist', 'execution-engine', 'workflow-execute.js'));
	process.on('exit', () => {
		// which engine evaluated them: n8n 2.x defaults to "vm" (isolated-vm), 1.x and n8n-core alone to "legacy"
		const dir = process.env.BENCH_N8N_WORKFLOW_DIR;
		const { Expression } = require(dir ? path.join(dir, 'dist', 'cjs', 'index.js') : 'n8n-workflow');
		fs.writeFileSync(process.env.BENCH_EXPRESSION_COUNTS, JSON.stringify({ engine: Expression.getActiveImplementation(), expressions: counts, cpu }));
	});
}
