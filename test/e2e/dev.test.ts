// `npm run dev` (@n8n/node-cli's `n8n-node dev`) with the n8n of this suite: n8n-node links the
// working tree into the n8n user folder's custom nodes and rebuilds on change (tsc --watch); n8n
// runs with N8N_DEV_RELOAD and reloads the pack when the build changes.
import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureN8n, n8nEnv, REPO_ROOT, startN8n, stopN8n } from './n8n';

jest.setTimeout(10 * 60_000);

async function waitFor(what: string, condition: () => boolean, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

test('n8n-node dev: n8n loads the pack from the working tree and reloads it when a source changes', async () => {
	const install = await ensureN8n();
	const userFolder = mkdtempSync(path.join(tmpdir(), 'n8n-node-dev-'));
	let devOutput = '';
	// its own process group: n8n-node starts tsc --watch, stopped with it below
	const dev = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'n8n-node'), ['dev', '--external-n8n', '--custom-user-folder', userFolder], {
		cwd: REPO_ROOT,
		detached: true,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	dev.stdout.on('data', (chunk) => (devOutput += String(chunk)));
	dev.stderr.on('data', (chunk) => (devOutput += String(chunk)));
	let n8n: Awaited<ReturnType<typeof startN8n>> | undefined;
	try {
		await waitFor('the first tsc --watch build', () => /Watching for file changes/.test(devOutput), 4 * 60_000);
		const linked = path.join(userFolder, '.n8n', 'custom', 'node_modules', 'n8n-nodes-qebot-pack');
		expect(realpathSync(linked)).toBe(realpathSync(REPO_ROOT));

		const env = n8nEnv(install, { userFolder, port: 5730, extra: { N8N_DEV_RELOAD: 'true' } });
		n8n = await startN8n(install, env);
		let n8nOutput = '';
		n8n.stdout?.on('data', (chunk) => (n8nOutput += String(chunk)));
		n8n.stderr?.on('data', (chunk) => (n8nOutput += String(chunk)));

		const baseUrl = 'http://127.0.0.1:5730';
		const headers = { 'Content-Type': 'application/json', 'browser-id': 'dev-test' };
		const owner = { email: 'dev@example.com', password: 'Dev-Passw0rd', firstName: 'Dev', lastName: 'Owner' };
		const setup = await fetch(`${baseUrl}/rest/owner/setup`, { method: 'POST', headers, body: JSON.stringify(owner) });
		expect(setup.status).toBe(200);
		const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
		const nodeTypes = (await (await fetch(`${baseUrl}/types/nodes.json`, { headers: { ...headers, cookie } })).json()) as Array<{ name: string }>;
		const ours = nodeTypes.map((type) => type.name).filter((name) => /\.(qebot|qebotTrigger|qBench|crmRpc|crmRpcTrigger|qbdConnect|qbdConnectTrigger)$/.test(name));
		expect(ours.map((name) => name.replace(/^.*\./, '')).sort()).toEqual(
			['crmRpc', 'crmRpcTrigger', 'qBench', 'qbdConnect', 'qbdConnectTrigger', 'qebot', 'qebotTrigger'].sort(),
		);

		// a saved source (same content, new time): tsc --watch rebuilds, n8n reloads the pack
		const source = path.join(REPO_ROOT, 'credentials', 'QBenchApi.credentials.ts');
		const save = () => {
			const now = new Date();
			utimesSync(source, now, now);
		};
		save();
		// on a loaded machine a save can land before tsc --watch's watchers are in place: save again every 20 s
		const resave = setInterval(save, 20_000);
		try {
			await waitFor('n8n to reload the pack', () => /Hot reload triggered/.test(n8nOutput), 3 * 60_000);
		} finally {
			clearInterval(resave);
		}
		await waitFor('the reload to finish', () => !/Hot reload failed/.test(n8nOutput) && /Hot reload triggered/.test(n8nOutput), 10_000);
		const reloaded = (await (await fetch(`${baseUrl}/types/nodes.json`, { headers: { ...headers, cookie } })).json()) as Array<{ name: string }>;
		expect(reloaded.map((type) => type.name).filter((name) => ours.includes(name)).sort()).toEqual([...ours].sort());
		expect(n8nOutput).not.toMatch(/Hot reload failed/);
	} finally {
		await stopN8n(n8n);
		const exited = new Promise((resolve) => dev.once('exit', resolve));
		if (dev.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
		dev.stdin.destroy();
		dev.stdout.destroy();
		dev.stderr.destroy();
		rmSync(userFolder, { recursive: true, force: true });
	}
});
