import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. */
export interface LoggedRequest {
	method: string;
	path: string;
	/** query with repeated keys as arrays */
	query: Record<string, string | string[]>;
	/** the query string exactly as sent (to check `a=1&a=2` style) */
	rawQuery: string;
	headers: http.IncomingHttpHeaders;
	/** parsed JSON when the body is JSON, else the text ('' when empty) */
	body: any;
	rawBody: string;
	/** Date.now() when the request arrived (to check waits between tries) */
	receivedAt: number;
}

export interface SandboxRequest extends LoggedRequest {
	params: Record<string, string>;
}

export interface Reply {
	status?: number;
	/** sent as JSON */
	json?: unknown;
	/** sent as is (with a JSON content type unless headers say otherwise) */
	text?: string;
	headers?: Record<string, string>;
}

/** A fault to serve instead of the real handler: a reply, a dropped connection, or a delay. */
export type Fault = Reply | { reset: true } | { delayMs: number; then?: Reply };

export type Handler = (request: SandboxRequest) => Reply | Promise<Reply>;

/**
 * Faults served by request number, for long runs (issue 17): `faultFor(n)` gets the number of
 * the matching request (1-based, retries counted) and returns a fault or undefined (the real
 * answer). See `everyNth` and `bursts`.
 */
export interface FaultPlan {
	match?: (request: LoggedRequest) => boolean;
	faultFor: (n: number) => Fault | undefined;
}

/** `fault` for every `n`th request (n, 2n, 3n …). */
export const everyNth = (n: number, fault: Fault) => (count: number) => (count % n === 0 ? fault : undefined);

/** `fault` for `length` requests in a row, starting at every `every`th request. */
export const bursts = (every: number, length: number, fault: Fault) => (count: number) =>
	count >= every && count % every < length ? fault : undefined;

/** Several schedules: the first that serves a fault wins. */
export const anyOf =
	(...schedules: Array<(count: number) => Fault | undefined>) =>
	(count: number) =>
		schedules.map((schedule) => schedule(count)).find((fault) => fault !== undefined);

export interface Route {
	method: string;
	/** `/customer/:customerId/assays` */
	pattern: string;
	handler: Handler;
}

function compile(pattern: string) {
	const names: string[] = [];
	const source = pattern.replace(/:(\w+)/g, (_match, name: string) => {
		names.push(name);
		return '([^/]+)';
	});
	return { regex: new RegExp(`^${source}/?$`), names };
}

export const json = (status: number, body: unknown): Reply => ({ status, json: body });

/**
 * A small stateful HTTP fake on 127.0.0.1 (ephemeral port): routes, an auth check, a log of
 * every request, and injectable faults. Each API's fake builds on it.
 */
export class FakeServer {
	readonly log: LoggedRequest[] = [];

	private server?: http.Server;

	private readonly routes: Array<Route & ReturnType<typeof compile>> = [];

	private readonly faults: Array<{ fault: Fault; match?: (request: LoggedRequest) => boolean }> = [];

	private faultPlan?: FaultPlan;

	/** what the fault plan did: requests it counted, faults it served */
	readonly planStats = { counted: 0, served: 0 };

	url = '';

	/** `prefix` is prepended to every route pattern (QBench: /qbench/api/v1). */
	constructor(
		readonly name: string,
		private readonly prefix = '',
	) {}

	/** Registers a route; `pattern` is relative to the prefix. */
	protected on(method: string, pattern: string, handler: Handler) {
		this.routes.push({ method, pattern, handler, ...compile(this.prefix + pattern) });
	}

	/** Auth check run before every handler: a reply refuses the request. */
	protected authorize(_request: SandboxRequest): Reply | undefined {
		return undefined;
	}

	async start(port = 0): Promise<string> {
		this.server = http.createServer((req, res) => void this.handle(req, res));
		this.server.keepAliveTimeout = 1000;
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		const address = this.server.address() as AddressInfo;
		this.url = `http://127.0.0.1:${address.port}`;
		return this.url;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		const server = this.server;
		this.server = undefined;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	/** Serve `fault` instead of the next matching request (`times` times). */
	injectFault(fault: Fault, options: { times?: number; match?: (request: LoggedRequest) => boolean } = {}) {
		for (let i = 0; i < (options.times ?? 1); i++) this.faults.push({ fault, match: options.match });
	}

	/** Serves faults by request number until replaced or cleared (`undefined`); resets planStats. */
	setFaultPlan(plan: FaultPlan | undefined) {
		this.faultPlan = plan;
		this.planStats.counted = 0;
		this.planStats.served = 0;
	}

	clearLog() {
		this.log.length = 0;
	}

	/** Requests of the log, optionally only those to paths matching `path`. */
	requests(path?: string | RegExp): LoggedRequest[] {
		if (path === undefined) return [...this.log];
		return this.log.filter((entry) => (typeof path === 'string' ? entry.path === path : path.test(entry.path)));
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks).toString('utf8');
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const query: Record<string, string | string[]> = {};
		for (const [key, value] of url.searchParams) {
			const existing = query[key];
			query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
		}
		let body: unknown = rawBody;
		let malformed = false;
		if (rawBody && String(req.headers['content-type'] ?? '').includes('json')) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				malformed = true;
			}
		}
		const entry: LoggedRequest = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query,
			rawQuery: url.search.replace(/^\?/, ''),
			headers: req.headers,
			body,
			rawBody,
			receivedAt: Date.now(),
		};
		this.log.push(entry);

		const faultIndex = this.faults.findIndex((candidate) => !candidate.match || candidate.match(entry));
		let fault: Fault | undefined;
		if (faultIndex >= 0) [{ fault }] = this.faults.splice(faultIndex, 1);
		else if (this.faultPlan && (!this.faultPlan.match || this.faultPlan.match(entry))) {
			fault = this.faultPlan.faultFor(++this.planStats.counted);
			if (fault) this.planStats.served++;
		}
		if (fault) {
			if ('reset' in fault) {
				req.socket.destroy();
				return;
			}
			if ('delayMs' in fault) {
				await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
				if (!fault.then) return this.dispatch(entry, res);
				return this.send(res, fault.then);
			}
			return this.send(res, fault);
		}
		if (malformed) return this.send(res, json(400, { message: 'Malformed JSON in request body' }));
		return this.dispatch(entry, res);
	}

	private async dispatch(entry: LoggedRequest, res: http.ServerResponse) {
		const pathMatches = this.routes.filter((route) => route.regex.test(entry.path));
		const route = pathMatches.find((candidate) => candidate.method === entry.method);
		if (!route) {
			const reply = pathMatches.length
				? json(405, { message: `Method ${entry.method} not allowed on ${entry.path}` })
				: json(404, { message: `No route for ${entry.method} ${entry.path}` });
			return this.send(res, reply);
		}
		const match = route.regex.exec(entry.path)!;
		const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
		const request: SandboxRequest = { ...entry, params };
		try {
			const denied = this.authorize(request);
			this.send(res, denied ?? (await route.handler(request)));
		} catch (error) {
			this.send(res, json(500, { message: `Sandbox error: ${(error as Error).message}` }));
		}
	}

	private send(res: http.ServerResponse, reply: Reply) {
		const headers: Record<string, string> = { ...(reply.headers ?? {}) };
		let payload = '';
		if (reply.json !== undefined) payload = JSON.stringify(reply.json);
		else if (reply.text !== undefined) payload = reply.text;
		if (payload && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) {
			headers['Content-Type'] = 'application/json';
		}
		res.writeHead(reply.status ?? 200, headers);
		res.end(payload);
	}
}
