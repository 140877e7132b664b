import { ExecutionLifecycleHooks, LoadOptionsContext, PollContext, RoutingNode, ExecuteContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeHelpers, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';

export const PACKAGE = 'n8n-nodes-qebot-pack';
const START = 'Start';

/** The manual trigger of the test workflows: emits the items the test gives it. */
class StartNode implements INodeType {
	description = {
		displayName: 'Start',
		name: 'start',
		group: ['trigger'],
		version: 1,
		description: 'Emits the test items',
		defaults: { name: START },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions) {
		return [this.getInputData()];
	}
}

/** n8n's credential test runs the request through a temporary noOp node. */
class NoOpNode implements INodeType {
	description = {
		displayName: 'No Operation',
		name: 'noOp',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: { name: 'Temp-Node' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '' }],
	} as unknown as INodeType['description'];
}

class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {};

	constructor(nodes: INodeType[]) {
		this.types['n8n-nodes-base.start'] = new StartNode();
		this.types['n8n-nodes-base.noOp'] = new NoOpNode();
		for (const node of nodes) this.types[`${PACKAGE}.${node.description.name}`] = node;
	}

	getByName(name: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(name);
	}

	getByNameAndVersion(name: string): INodeType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getKnownTypes() {
		return {};
	}
}

const URLS = {
	restApiUrl: 'http://127.0.0.1:5678/rest',
	instanceBaseUrl: 'http://127.0.0.1:5678/',
	formBaseUrl: 'http://127.0.0.1:5678/form',
	formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
	formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
	webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
	webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
	webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
	mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
	mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
};

function additionalData(
	credentialsHelper: TestCredentialsHelper,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		...URLS,
		credentialsHelper,
		hooks,
		variables: {},
		currentNodeExecutionIndex: 0,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface NodeRunResult {
	/** items of the node's first output, in order */
	items: INodeExecutionData[];
	/** the error of the run when the node failed (not with Continue On Fail) */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	run: IRun;
}

/**
 * A node pack under test: its node and credential classes, and the credentials to use.
 * Runs workflows through n8n-core exactly as n8n runs them (WorkflowExecute → RoutingNode for
 * declarative nodes), so routing, expressions, auth and pagination are the real ones.
 */
export class Harness {
	readonly credentials: TestCredentialsHelper;

	readonly nodeTypes: TestNodeTypes;

	constructor(
		nodes: INodeType[],
		credentialTypes: ICredentialType[],
		credentials: Record<string, ICredentialDataDecryptedObject> = {},
	) {
		this.nodeTypes = new TestNodeTypes(nodes);
		this.credentials = new TestCredentialsHelper(Object.fromEntries(credentialTypes.map((type) => [type.name, type])));
		for (const [type, data] of Object.entries(credentials)) this.credentials.set(type, data);
	}

	private nodeUnderTest(nodeName: string, parameters: IDataObject, options: NodeOptions = {}): INode {
		const type = this.nodeTypes.getByNameAndVersion(`${PACKAGE}.${nodeName}`);
		const credentials = Object.fromEntries(
			(type.description.credentials ?? []).map((credential) => [credential.name, { id: '1', name: credential.name }]),
		);
		const node: INode = {
			id: 'node-under-test',
			name: options.name ?? type.description.defaults.name ?? nodeName,
			type: `${PACKAGE}.${nodeName}`,
			typeVersion: 1,
			position: [200, 0],
			parameters: parameters as INode['parameters'],
			credentials,
			continueOnFail: options.continueOnFail,
			onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
			// n8n's Retry On Fail node setting
			...(options.retryOnFail ? { retryOnFail: true, maxTries: options.maxTries, waitBetweenTries: options.waitBetweenTries ?? 0 } : {}),
		};
		// fill in defaults the way the editor saves a node
		const resolved = NodeHelpers.getNodeParameters(type.description.properties, node.parameters, true, false, node, type.description);
		node.parameters = { ...(resolved ?? {}), ...node.parameters } as INode['parameters'];
		return node;
	}

	/** Runs Start → node (Start emits `items`, one empty item by default). */
	async run(nodeName: string, parameters: IDataObject, options: NodeOptions = {}): Promise<NodeRunResult> {
		const node = this.nodeUnderTest(nodeName, parameters, options);
		const start: INode = {
			id: 'start',
			name: START,
			type: 'n8n-nodes-base.start',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		};
		const workflow = new Workflow({
			id: 'test-workflow',
			nodes: [start, node],
			connections: { [START]: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
			active: false,
			nodeTypes: this.nodeTypes,
			staticData: {},
			settings: { executionOrder: 'v1' },
		});
		const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
			id: 'test-workflow',
			name: 'test',
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			nodes: workflow.nodes ? Object.values(workflow.nodes) : [],
			connections: {},
		} as never);
		let finished: (run: IRun) => void = () => {};
		const done = new Promise<IRun>((resolve) => (finished = resolve));
		hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
		const items = (options.items ?? [{}]).map((json) => ({ json }));
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node: start, data: { main: [items] }, source: null }],
			},
		});
		const execute = new WorkflowExecute(additionalData(this.credentials, hooks), 'manual', runExecutionData);
		try {
			await execute.processRunExecutionData(workflow);
		} catch (error) {
			// n8n refuses to start a workflow whose parameters have issues (required, regex)
			if ((error as Error).name === 'WorkflowHasIssuesError') return { items: [], error: error as NodeRunResult['error'], run: undefined as unknown as IRun };
			throw error;
		}
		const run = await done;
		const taskData = run.data.resultData.runData[node.name]?.[0];
		return {
			items: taskData?.data?.main?.[0] ?? [],
			error: (taskData?.error ?? run.data.resultData.error) as NodeRunResult['error'],
			run,
		};
	}

	/** Runs a listSearch method of a node, as the editor does for a resource locator. */
	async listSearch(nodeName: string, method: string, parameters: IDataObject = {}, filter?: string, token?: string): Promise<INodeListSearchResult> {
		const { workflow, node } = this.single(nodeName, parameters);
		const type = this.nodeTypes.getByNameAndVersion(node.type);
		const context = new LoadOptionsContext(workflow, node, additionalData(this.credentials), '');
		return await type.methods!.listSearch![method].call(context, filter, token);
	}

	/** Runs a loadOptions method of a node, as the editor does for a dropdown. */
	async loadOptions(nodeName: string, method: string, parameters: IDataObject = {}): Promise<INodePropertyOptions[]> {
		const { workflow, node } = this.single(nodeName, parameters);
		const type = this.nodeTypes.getByNameAndVersion(node.type);
		const data = additionalData(this.credentials);
		data.currentNodeParameters = node.parameters;
		const context = new LoadOptionsContext(workflow, node, data, '');
		return await type.methods!.loadOptions![method].call(context);
	}

	/**
	 * A polling trigger across several polls: each `poll()` runs the node's poll with the same
	 * workflow static data, as n8n does for an active workflow (or once in manual mode).
	 */
	trigger(nodeName: string, parameters: IDataObject) {
		const { workflow, node } = this.single(nodeName, parameters);
		const type = this.nodeTypes.getByNameAndVersion(node.type);
		return {
			workflow,
			staticData: () => workflow.staticData,
			poll: async (mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[][] | null> => {
				const context = new PollContext(workflow, node, additionalData(this.credentials), mode, 'activate');
				const result = await type.poll!.call(context);
				workflow.staticData.__dataChanged = false;
				return result;
			},
		};
	}

	/**
	 * Tests a credential the way n8n's credential test does for a declarative `test.request`:
	 * the request runs through RoutingNode on a temporary noOp node, authenticated by the type.
	 */
	async testCredential(typeName: string, data: ICredentialDataDecryptedObject): Promise<{ status: 'OK' | 'Error'; message: string }> {
		const credentialType = this.credentials.type(typeName);
		const test = credentialType.test;
		if (!test) throw new Error(`${typeName} has no test request`);
		this.credentials.set(typeName, data);
		const node: INode = {
			id: 'temp',
			name: 'Temp-Node',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: { temp: '' },
			credentials: { [typeName]: { id: 'temp', name: typeName } },
		};
		const workflow = new Workflow({ id: 'credential-test', nodes: [node], connections: {}, active: false, nodeTypes: this.nodeTypes });
		const testType: INodeType = {
			description: {
				displayName: 'Temp',
				name: 'noOp',
				group: ['transform'],
				version: 1,
				description: '',
				defaults: {},
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: typeName, required: true }],
				requestDefaults: { ...test.request },
				properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: {} } }],
			} as unknown as INodeType['description'],
		};
		const runExecutionData = createRunExecutionData();
		const inputData = { main: [[{ json: {} }]] };
		const executeData = { node, data: inputData, source: null };
		const context = new ExecuteContext(workflow, node, additionalData(this.credentials), 'internal', runExecutionData, 0, [], inputData, executeData, []);
		const decrypted = { id: 'temp', name: typeName, type: typeName, data: await this.credentials.getDecrypted({} as never, { id: 'temp', name: typeName }, typeName) };
		try {
			const [[response]] = (await new RoutingNode(context, testType, decrypted).runNode()) as INodeExecutionData[][];
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseSuccessBody') {
					const value = (rule.properties.key.split('.') as string[]).reduce<unknown>((acc, key) => (acc as IDataObject)?.[key], response?.json);
					if (value === rule.properties.value) return { status: 'Error', message: rule.properties.message };
				}
			}
		} catch (error) {
			return { status: 'Error', message: (error as Error).message };
		}
		return { status: 'OK', message: 'Connection successful!' };
	}

	private single(nodeName: string, parameters: IDataObject) {
		const node = this.nodeUnderTest(nodeName, parameters);
		const workflow = new Workflow({
			id: 'test-workflow',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: {},
		});
		return { workflow, node };
	}
}

export interface NodeOptions {
	/** items Start emits (one empty item by default) */
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** n8n's Retry On Fail setting, with its Max Tries and Wait Between Tries (ms, 0 by default here) */
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
	name?: string;
}
