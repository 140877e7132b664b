// Small workflow documents for n8n's import:workflow, built in code so each e2e case stays short.
export const PACKAGE = 'n8n-nodes-qebot-pack';

export interface StepNode {
	name: string;
	/** our node's short name (`qBench`) or a full type (`n8n-nodes-base.httpRequest`) */
	type: string;
	parameters: Record<string, unknown>;
	/** credential type → imported credential id */
	credentials?: Record<string, string>;
	typeVersion?: number;
	continueOnFail?: boolean;
}

let counter = 0;

function nodeOf(step: StepNode, index: number) {
	return {
		id: `e2e-node-${++counter}`,
		name: step.name,
		type: step.type.includes('.') ? step.type : `${PACKAGE}.${step.type}`,
		typeVersion: step.typeVersion ?? 1,
		position: [220 * index, 0],
		parameters: step.parameters,
		...(step.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		...(step.credentials
			? {
					credentials: Object.fromEntries(
						Object.entries(step.credentials).map(([type, id]) => [type, { id, name: id }]),
					),
				}
			: {}),
	};
}

function chain(names: string[]) {
	const connections: Record<string, unknown> = {};
	for (let i = 0; i < names.length - 1; i++) {
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	}
	return connections;
}

/** Manual trigger → steps, in a line. */
export function manualWorkflow(id: string, name: string, steps: StepNode[]) {
	const trigger: StepNode = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} };
	const all = [trigger, ...steps];
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: all.map(nodeOf),
		connections: chain(all.map((step) => step.name)),
	};
}

/** Webhook (POST /webhook/<path>, answers with the last node's items) → steps, in a line. */
export function webhookWorkflow(id: string, name: string, webhookPath: string, steps: StepNode[]) {
	const webhook: StepNode = {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
	const all = [webhook, ...steps];
	const workflow = {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: all.map(nodeOf),
		connections: chain(all.map((step) => step.name)),
	};
	// a webhook node needs a stable id for its registration
	(workflow.nodes[0] as Record<string, unknown>).webhookId = `${id}-hook`;
	return workflow;
}

/** Polling trigger → HTTP Request posting each item to a collector URL (so the test sees every emission). */
export function triggerWorkflow(id: string, name: string, trigger: StepNode, collectorUrl: string) {
	const forward: StepNode = {
		name: 'Forward to collector',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: collectorUrl,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify({ workflow: $workflow.id, record: $json }) }}',
			options: {},
		},
	};
	const all = [trigger, forward];
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: all.map(nodeOf),
		connections: chain(all.map((step) => step.name)),
	};
}

/** The items a node produced in an `n8n execute --rawOutput` result. */
export function itemsOf(run: any, nodeName: string): Array<{ json: any; binary?: any; pairedItem?: unknown }> {
	return run?.data?.resultData?.runData?.[nodeName]?.[0]?.data?.main?.[0] ?? [];
}

export function errorOf(run: any, nodeName?: string): any {
	if (nodeName) return run?.data?.resultData?.runData?.[nodeName]?.[0]?.error;
	return run?.data?.resultData?.error;
}
