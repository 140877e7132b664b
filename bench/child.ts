// Runs measurements in child processes, so each variant has its own clean heap and peak RSS,
// and the sandboxes (served by the parent) never count towards the client's memory.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const RESULT_PREFIX = 'BENCH_RESULT ';

/**
 * Runs `bench/worker.ts` with one task and returns what the task printed as its result.
 * `nodeArgs` are extra flags for node (`--cpu-prof` …).
 */
export async function inChild<T>(task: Record<string, unknown>, nodeArgs: string[] = [], timeoutMs = 10 * 60_000): Promise<T> {
	const worker = path.join(__dirname, 'worker.ts');
	const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, '-r', 'ts-node/register/transpile-only', worker, JSON.stringify(task)], {
		cwd: path.join(__dirname, '..'),
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, N8N_LOG_LEVEL: 'silent' },
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += String(chunk)));
	child.stderr.on('data', (chunk) => (stderr += String(chunk)));
	const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearTimeout(timer);
	const line = stdout.split('\n').find((candidate) => candidate.startsWith(RESULT_PREFIX));
	if (code !== 0 || !line) {
		throw new Error(`bench worker ${String(task.kind)} failed (exit ${code}):\n${stderr.slice(-3000)}${stdout.slice(-1000)}`);
	}
	return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}
