// A small npm registry for the installer tests, served by the test process itself: `npm publish`
// puts tarballs into it over plain HTTP on 127.0.0.1, and n8n's installer reads it over HTTPS as
// n8n's default registry (see netns.ts: inside a network namespace, that host is 127.0.0.1 and
// port 443 is bridged to this process's unix socket). Serves what `npm pack`, `npm install`,
// `npm view`, `npm outdated` and n8n's own version/integrity checks ask: the packument, one
// version's manifest, the tarball. Everything else is a 404.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

interface StoredVersion {
	manifest: Record<string, unknown>;
	tarball: Buffer;
}

/**
 * n8n's default registry, read from the installed n8n's own config (the class behind
 * N8N_COMMUNITY_PACKAGES_REGISTRY), so no registry address is written into this repository.
 */
export function defaultRegistryOf(n8nBin: string): string {
	const n8nRoot = path.resolve(path.dirname(n8nBin), '..');
	const roots = [path.join(n8nRoot, 'dist'), path.join(n8nRoot, '..', '@n8n', 'config', 'dist')];
	const candidates: string[] = [];
	const walk = (dir: string, depth: number) => {
		if (depth > 6 || !existsSync(dir)) return;
		for (const entry of readdirSync(dir)) {
			const full = path.join(dir, entry);
			if (entry === 'node_modules') continue;
			if (statSync(full).isDirectory()) walk(full, depth + 1);
			else if (/community-packages.*config\.js$|^community-packages\.js$/.test(entry)) candidates.push(full);
		}
	};
	for (const root of roots) walk(root, 0);
	for (const file of candidates) {
		const source = readFileSync(file, 'utf8');
		if (!source.includes('N8N_COMMUNITY_PACKAGES_REGISTRY')) continue;
		const match = /registry\s*=\s*'(https:\/\/[^']+)'/.exec(source) ?? /default:\s*'(https:\/\/[^']+)'[^}]*N8N_COMMUNITY_PACKAGES_REGISTRY/s.exec(source);
		if (match) return match[1].replace(/\/+$/, '');
	}
	throw new Error(`n8n's default registry not found in its config (looked at ${candidates.length} files under ${roots.join(', ')})`);
}

/** A throwaway certificate authority and a certificate for `host`, made with openssl in `dir`. */
export function makeCertificates(dir: string, host: string) {
	const file = (name: string) => path.join(dir, name);
	const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
	openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=qebot-pack e2e test CA',
		'-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
	openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${host}`]);
	writeFileSync(file('server.ext'), `subjectAltName=DNS:${host}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n`);
	openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'server.ext']);
	return { ca: file('ca.pem'), key: file('server.key'), cert: file('server.pem') };
}

export class LoopbackRegistry {
	private readonly packages = new Map<string, Map<string, StoredVersion>>();
	private readonly servers: Array<http.Server | https.Server> = [];
	/** every request (method and path), for the tests to see what n8n asked */
	readonly log: string[] = [];
	publishUrl = '';

	/** @param publicUrl the address n8n and npm use (n8n's default registry) */
	constructor(private readonly publicUrl: string) {}

	/** Plain HTTP on 127.0.0.1 for `npm publish`. */
	async listenForPublishing(): Promise<string> {
		const server = http.createServer((request, response) => void this.handle(request, response));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		this.servers.push(server);
		this.publishUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
		return this.publishUrl;
	}

	/** HTTPS with the given certificate on a unix socket (bridged to port 443 in the namespace). */
	async listenTls(socketPath: string, tls: { key: string; cert: string }) {
		const server = https.createServer({ key: readFileSync(tls.key), cert: readFileSync(tls.cert) }, (request, response) => void this.handle(request, response));
		await new Promise<void>((resolve) => server.listen(socketPath, resolve));
		this.servers.push(server);
	}

	async close() {
		await Promise.all(
			this.servers.map((server) => {
				(server as http.Server).closeAllConnections?.();
				return new Promise((resolve) => server.close(resolve));
			}),
		);
	}

	versions(name: string): string[] {
		return [...(this.packages.get(name)?.keys() ?? [])];
	}

	private tarballUrl(name: string, version: string) {
		return `${this.publicUrl}/${name}/-/${name.split('/').pop()}-${version}.tgz`;
	}

	private versionDocument(name: string, version: string) {
		const stored = this.packages.get(name)!.get(version)!;
		return {
			...stored.manifest,
			_id: `${name}@${version}`,
			dist: {
				tarball: this.tarballUrl(name, version),
				shasum: createHash('sha1').update(stored.tarball).digest('hex'),
				integrity: `sha512-${createHash('sha512').update(stored.tarball).digest('base64')}`,
			},
		};
	}

	private packument(name: string) {
		const versions = this.versions(name);
		const latest = versions.at(-1)!;
		const time = Object.fromEntries(versions.map((version) => [version, new Date().toISOString()]));
		return {
			_id: name,
			name,
			'dist-tags': { latest },
			versions: Object.fromEntries(versions.map((version) => [version, this.versionDocument(name, version)])),
			time: { created: new Date().toISOString(), modified: new Date().toISOString(), ...time },
		};
	}

	private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const url = decodeURIComponent(new URL(request.url ?? '/', 'http://registry').pathname).replace(/^\/+/, '');
		this.log.push(`${request.method} /${url}`);
		const json = (status: number, body: unknown) => {
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		if (request.method === 'PUT' && !url.includes('/-/')) return json(201, this.publish(url, JSON.parse(Buffer.concat(chunks).toString('utf8'))));
		if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, { error: 'method not allowed' });
		const tarball = /^(.+)\/-\/(.+)-(\d+\.\d+\.\d+[^/]*)\.tgz$/.exec(url);
		if (tarball) {
			const stored = this.packages.get(tarball[1])?.get(tarball[3]);
			if (!stored) return json(404, { error: 'not_found' });
			response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': stored.tarball.length });
			return response.end(stored.tarball);
		}
		if (this.packages.has(url)) return json(200, this.packument(url));
		const slash = url.lastIndexOf('/');
		const name = url.slice(0, slash);
		const version = url.slice(slash + 1);
		if (this.packages.has(name)) {
			const resolved = version === 'latest' ? this.versions(name).at(-1)! : version;
			if (this.packages.get(name)!.has(resolved)) return json(200, this.versionDocument(name, resolved));
		}
		return json(404, { error: 'not_found' });
	}

	/** What `npm publish` PUTs: the manifest of one version and the tarball as an attachment. */
	private publish(name: string, body: any) {
		const [version, manifest] = Object.entries(body.versions as Record<string, Record<string, unknown>>)[0];
		const attachment = Object.values(body._attachments as Record<string, { data: string }>)[0];
		if (!this.packages.has(name)) this.packages.set(name, new Map());
		const { dist: _dist, ...rest } = manifest as Record<string, unknown> & { dist?: unknown };
		this.packages.get(name)!.set(version, { manifest: rest, tarball: Buffer.from(attachment.data, 'base64') });
		return { ok: true, id: name, rev: `1-${version}` };
	}
}
