// `npm start` with a port already taken: one line naming the port and the setting that moves it,
// no stack trace, before anything is installed or started.
import { execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

import { ROOT } from './built';

jest.setTimeout(120_000);

function occupy(): Promise<net.Server> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => resolve(server));
	});
}

function demo(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [path.join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'), '--transpile-only', 'scripts/demo.ts'], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 100_000 }, (error, stdout, stderr) =>
			resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
		);
	});
}

test.each([
	['n8n', (port: number) => ({ N8N_PORT: String(port), SANDBOX_PORT_BASE: String(port + 3000) }), 'N8N_PORT='],
	['the sandbox APIs', (port: number) => ({ N8N_PORT: String(port + 3000), SANDBOX_PORT_BASE: String(port) }), 'SANDBOX_PORT_BASE='],
])('a busy port for %s: one line, which port and how to pick another', async (what, envFor, setting) => {
	const server = await occupy();
	const port = (server.address() as net.AddressInfo).port;
	try {
		const result = await demo(envFor(port));
		expect(result.code).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(`Port ${port} on 127.0.0.1, needed for ${what}`);
		expect(lines[0]).toContain(setting);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	} finally {
		server.close();
	}
});
