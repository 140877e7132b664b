// Test plumbing shared by the e2e suites: a collector for what trigger workflows forward, and polling.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Receives what the trigger workflows forward (HTTP Request node → POST). */
export async function startCollector() {
	const received: Array<{ workflow: string; record: any }> = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += String(chunk)));
		req.on('end', () => {
			try {
				received.push(JSON.parse(body));
			} catch {
				received.push({ workflow: 'unparsed', record: body });
			}
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/collect`;
	return { url, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function waitFor(what: string, condition: () => boolean, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

