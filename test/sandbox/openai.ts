// A scripted chat model with OpenAI's `POST /v1/chat/completions` shape, so n8n's AI Agent with the
// OpenAI Chat Model (credential Base URL = this fake) can drive the pack's tools without a real model.
// It is stateless per conversation: the turn to play is the number of tool-call turns already in
// the request's messages, so the demo can run the same workflow again and again.
import { randomUUID } from 'node:crypto';

import { FakeServer, json, type Reply, type SandboxRequest } from './server';

/** A tool as n8n offered it to the model. */
export interface OfferedTool {
	name: string;
	description: string;
	/** JSON schema of the arguments */
	parameters: any;
}

/** A tool call of an earlier turn and what n8n sent back as its result. */
export interface ToolResult {
	tool: string;
	arguments: Record<string, unknown>;
	/** the tool message's content, as n8n wrote it */
	content: string;
}

/** One call the scripted model makes: the tool by the n8n node name it comes from, and its arguments. */
export interface ScriptedCall {
	/** node name (`Get customer`); n8n names the tool after it (`Get_customer`) */
	node: string;
	/** the arguments, or built from the results so far (a model reading what it got) */
	arguments: Record<string, unknown> | ((results: ToolResult[]) => Record<string, unknown>);
}

/** What the fake answered with for one request. */
export interface Completion {
	tools: OfferedTool[];
	messages: any[];
	/** the results of every tool call made so far in this conversation */
	toolResults: ToolResult[];
	/** the raw request body, for "no secret reached the model" checks */
	rawBody: string;
	/** the calls made in this answer (empty for the final answer) */
	calls: Array<{ tool: string; arguments: Record<string, unknown> }>;
	finalAnswer?: string;
}

/** n8n's rule for a node's tool name (nodeNameToToolName in n8n-workflow). */
export function toolNameOf(nodeName: string): string {
	return nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_').slice(0, 64).replace(/[_-]+$/, '');
}

/**
 * The script of the example workflow `examples/agent.json`, one tool call per turn: look up leads,
 * ask QBench for a customer that does not exist (the model reads the error), then for one that
 * does, open a CrmRpc ticket about the first lead, list QBD Connect invoices.
 */
export const AGENT_EXAMPLE_SCRIPT: ScriptedCall[][] = [
	[{ node: 'Find leads', arguments: { limit: 2 } }],
	[{ node: 'Get customer', arguments: { customerId: 99999 } }],
	[{ node: 'Get customer', arguments: { customerId: 1 } }],
	[
		{
			node: 'Create ticket',
			arguments: (results) => {
				const lead = firstRecord(results.find((result) => result.tool === toolNameOf('Find leads'))?.content);
				const who = lead?.fullName ?? lead?.firstName ?? 'a new lead';
				return { title: `Follow up with ${who}`, description: 'Opened by the AI agent after a lead lookup' };
			},
		},
	],
	[{ node: 'List invoices', arguments: { limit: 2 } }],
];

/** The first record of a tool result (n8n sends the node's output items as JSON text). */
function firstRecord(content: string | undefined): Record<string, any> | undefined {
	if (!content) return undefined;
	try {
		const parsed = JSON.parse(content);
		const first = Array.isArray(parsed) ? parsed[0] : parsed;
		return first && typeof first === 'object' ? (first.json ?? first) : undefined;
	} catch {
		return undefined;
	}
}

function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((part) => (typeof part === 'string' ? part : (part?.text ?? ''))).join('');
	return content === undefined || content === null ? '' : JSON.stringify(content);
}

function parseArguments(text: string | undefined): Record<string, unknown> {
	try {
		return JSON.parse(text ?? '{}') as Record<string, unknown>;
	} catch {
		return {};
	}
}

export class OpenAiSandbox extends FakeServer {
	readonly apiKey = 'sk-sandbox-fake-model-key-0001';

	readonly model = 'sandbox-agent-model';

	/** every chat completion request, in order */
	readonly completions: Completion[] = [];

	/** the turns to play: each is the list of tool calls of one assistant message */
	script: ScriptedCall[][] = AGENT_EXAMPLE_SCRIPT;

	constructor() {
		super('OpenAI');
		this.on('GET', '/v1/models', () => json(200, { object: 'list', data: [{ id: this.model, object: 'model', owned_by: 'sandbox' }] }));
		this.on('POST', '/v1/chat/completions', (request) => this.complete(request));
	}

	/** The credential n8n's `openAiApi` needs: the key and the Base URL. */
	demoCredentials(): Record<string, unknown> {
		return { apiKey: this.apiKey, url: `${this.url}/v1` };
	}

	clearLog() {
		super.clearLog();
		this.completions.length = 0;
	}

	protected authorize(request: SandboxRequest): Reply | undefined {
		if (request.headers.authorization === `Bearer ${this.apiKey}`) return undefined;
		return json(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
	}

	private complete(request: SandboxRequest): Reply {
		const body = (request.body ?? {}) as { messages?: any[]; tools?: any[]; stream?: boolean; model?: string };
		const messages = Array.isArray(body.messages) ? body.messages : [];
		const tools: OfferedTool[] = (body.tools ?? []).map((tool: any) => ({
			name: String(tool?.function?.name ?? ''),
			description: String(tool?.function?.description ?? ''),
			parameters: tool?.function?.parameters,
		}));
		// the calls earlier turns made, matched to their results by call id
		const calls = new Map<string, { tool: string; arguments: Record<string, unknown> }>();
		let turnsDone = 0;
		for (const message of messages) {
			if (message?.role !== 'assistant' || !Array.isArray(message.tool_calls) || message.tool_calls.length === 0) continue;
			turnsDone++;
			for (const call of message.tool_calls) {
				calls.set(call.id, { tool: call.function?.name, arguments: parseArguments(call.function?.arguments) });
			}
		}
		const toolResults: ToolResult[] = messages
			.filter((message) => message?.role === 'tool')
			.map((message) => ({
				tool: calls.get(message.tool_call_id)?.tool ?? String(message.name ?? ''),
				arguments: calls.get(message.tool_call_id)?.arguments ?? {},
				content: textOf(message.content),
			}));
		const record: Completion = { tools, messages, toolResults, rawBody: request.rawBody, calls: [] };
		this.completions.push(record);

		const offered = new Set(tools.map((tool) => tool.name));
		const turn = this.script[turnsDone];
		const missing = turn?.map((call) => toolNameOf(call.node)).filter((name) => !offered.has(name)) ?? [];
		let message: Record<string, unknown>;
		if (turn && missing.length === 0) {
			record.calls = turn.map((call) => ({
				tool: toolNameOf(call.node),
				arguments: typeof call.arguments === 'function' ? call.arguments(toolResults) : call.arguments,
			}));
			message = {
				role: 'assistant',
				content: null,
				tool_calls: record.calls.map((call) => ({
					id: `call_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
					type: 'function',
					function: { name: call.tool, arguments: JSON.stringify(call.arguments) },
				})),
			};
		} else {
			record.finalAnswer = turn
				? `I cannot continue: the tools ${missing.join(', ')} were not offered (offered: ${[...offered].join(', ') || 'none'}).`
				: this.finalAnswer(toolResults);
			message = { role: 'assistant', content: record.finalAnswer };
		}
		const finishReason = record.calls.length ? 'tool_calls' : 'stop';
		const completion = {
			id: `chatcmpl-${randomUUID()}`,
			created: Math.floor(Date.now() / 1000),
			model: body.model ?? this.model,
			system_fingerprint: 'sandbox',
			usage: { prompt_tokens: Math.ceil(request.rawBody.length / 4), completion_tokens: 20, total_tokens: Math.ceil(request.rawBody.length / 4) + 20 },
		};
		if (body.stream) return this.streamed(completion, message, finishReason);
		return json(200, { ...completion, object: 'chat.completion', choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }] });
	}

	/** The answer after the last scripted turn: every tool result, quoted as received. */
	private finalAnswer(results: ToolResult[]): string {
		// n8n adds the call id to the arguments it sends back: not part of what the model asked
		const asked = ({ id: _id, ...rest }: Record<string, unknown>) => JSON.stringify(rest);
		const lines = results.map((result, index) => `${index + 1}. ${result.tool}(${asked(result.arguments)}) returned: ${result.content}`);
		return ['Here is what the tools returned:', ...lines].join('\n');
	}

	/** The same answer as server-sent events (one chunk), for clients that ask to stream. */
	private streamed(completion: Record<string, unknown>, message: Record<string, any>, finishReason: string): Reply {
		const chunk = (delta: unknown, finish: string | null) =>
			`data: ${JSON.stringify({ ...completion, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
		const delta = message.tool_calls
			? { role: 'assistant', content: null, tool_calls: message.tool_calls.map((call: any, index: number) => ({ index, ...call })) }
			: { role: 'assistant', content: message.content };
		return { status: 200, headers: { 'Content-Type': 'text/event-stream' }, text: chunk(delta, null) + chunk({}, finishReason) + 'data: [DONE]\n\n' };
	}
}
