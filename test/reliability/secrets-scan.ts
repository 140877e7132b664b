import { LoggerProxy } from 'n8n-workflow';

/** n8n's node object (`{name, type, typeVersion, parameters}`), which n8n attaches to errors. */
const isWorkflowNode = (value: object) => 'parameters' in value && 'typeVersion' in value && 'type' in value;

/**
 * Where secret values appear in anything a user, a log or the execution record could see:
 * a deep walk over own properties (enumerable or not: `message`, `stack`, `cause`), cycles
 * followed once. Returns the paths of every string that contains one of the secrets.
 * Skipped: the workflow's node objects n8n attaches to errors (see secrets.test.ts) and the
 * top-level keys in `skipKeys`.
 */
export function findSecrets(value: unknown, secrets: string[], skipKeys: string[] = []): string[] {
	const found: string[] = [];
	const seen = new WeakSet<object>();
	const walk = (current: unknown, path: string, depth: number) => {
		if (depth > 12) return;
		if (typeof current === 'string') {
			for (const secret of secrets) if (current.includes(secret)) found.push(`${path} contains ${JSON.stringify(secret.slice(0, 4))}…`);
			return;
		}
		if (Buffer.isBuffer(current)) return walk(current.toString('utf8'), path, depth + 1);
		if (!current || typeof current !== 'object') return;
		if (seen.has(current) || isWorkflowNode(current)) return;
		seen.add(current);
		for (const key of Object.getOwnPropertyNames(current)) {
			if (skipKeys.includes(key) && depth === 0) continue;
			let child: unknown;
			try {
				child = (current as Record<string, unknown>)[key];
			} catch {
				continue;
			}
			walk(child, `${path}.${key}`, depth + 1);
		}
	};
	walk(value, '$', 0);
	return found;
}

/** Every line n8n's logger and the console received while `run` ran (message and metadata). */
export async function captureLogs<T>(run: () => Promise<T>): Promise<{ result: T; logs: unknown[] }> {
	const logs: unknown[] = [];
	const record =
		(level: string) =>
		(message: unknown, meta?: unknown) => {
			logs.push({ level, message: String(message), meta });
		};
	const logger = { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug'), verbose: record('verbose') };
	LoggerProxy.init(logger as never);
	const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
		jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			logs.push({ console: method, args });
		}),
	);
	try {
		const result = await run();
		return { result, logs };
	} finally {
		for (const spy of spies) spy.mockRestore();
	}
}
