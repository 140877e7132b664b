// `npm run sandbox`: starts every API fake on 127.0.0.1 and prints its URL and demo credentials.
// Ports are fixed by default so saved n8n credentials keep working between runs (SANDBOX_PORT_BASE).
import type { FakeServer } from './server';
import { CrmRpcSandbox } from './crmrpc';
import { OpenAiSandbox } from './openai';
import { QbdConnectSandbox } from './qbdconnect';
import { QBenchSandbox } from './qbench';
import { QebotSandbox } from './qebot';

type Sandbox = FakeServer & { demoCredentials(): Record<string, unknown> };

export const sandboxFactories: Array<{ credentialType: string; create: () => Sandbox }> = [
	{ credentialType: 'qebotApi', create: () => new QebotSandbox() },
	{ credentialType: 'qBenchApi', create: () => new QBenchSandbox() },
	{ credentialType: 'crmRpcApi', create: () => new CrmRpcSandbox() },
	{ credentialType: 'qbdConnectApi', create: () => new QbdConnectSandbox() },
];

/** The scripted chat model of the AI agent example (examples/agent.json): started by the demo and `npm run sandbox`. */
export const chatModelFactory = { credentialType: 'openAiApi', create: (): Sandbox => new OpenAiSandbox() };

export async function startAll(portBase: number, options: { chatModel?: boolean } = {}) {
	const started: Array<{ credentialType: string; sandbox: Sandbox }> = [];
	const factories = options.chatModel ? [...sandboxFactories, chatModelFactory] : sandboxFactories;
	for (const [index, factory] of factories.entries()) {
		const sandbox = factory.create();
		await sandbox.start(portBase ? portBase + index : 0);
		started.push({ credentialType: factory.credentialType, sandbox });
	}
	return started;
}

async function main() {
	const portBase = Number(process.env.SANDBOX_PORT_BASE ?? 4801);
	const started = await startAll(portBase, { chatModel: true });
	for (const { credentialType, sandbox } of started) {
		console.log(`${sandbox.name.padEnd(12)} ${sandbox.url}  credential ${credentialType}: ${JSON.stringify(sandbox.demoCredentials())}`);
	}
	console.log('Sandbox APIs running; Ctrl-C stops them.');
	const stop = async () => {
		await Promise.all(started.map(({ sandbox }) => sandbox.stop()));
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

if (require.main === module) void main();
