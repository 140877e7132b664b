// The "raw HTTP" baseline: what a hand-written client does with node's own http module and a
// keep-alive agent, nothing else (no retries, no error mapping, no n8n items).
import http from 'node:http';

/** one connection, reused: a sequential page loop */
export const sequentialAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** a new connection per request */
export const freshConnectionAgent = new http.Agent({ keepAlive: false });
let defaultAgent = sequentialAgent;
/** the agent of requests that name none */
export function setDefaultAgent(agent: http.Agent) {
	defaultAgent = agent;
}
/** as many connections as requests in flight (what Node's global agent does) */
export const parallelAgent = new http.Agent({ keepAlive: true });

export interface RawResponse {
	status: number;
	body: any;
	/** the body's size in bytes, to relate memory to the data */
	bytes: number;
}

/** One request; JSON in, JSON out. */
export async function rawRequest(
	method: string,
	url: string,
	headers: Record<string, string> = {},
	body?: unknown,
	agent: http.Agent = defaultAgent,
): Promise<RawResponse> {
	const payload = body === undefined ? undefined : JSON.stringify(body);
	return await new Promise<RawResponse>((resolve, reject) => {
		const request = http.request(
			url,
			{
				method,
				agent,
				headers: {
					Accept: 'application/json',
					...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) }),
					...headers,
				},
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					try {
						resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined, bytes: Buffer.byteLength(text) });
					} catch (error) {
						reject(error as Error);
					}
				});
				response.on('error', reject);
			},
		);
		request.on('error', reject);
		request.end(payload);
	});
}

export const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
