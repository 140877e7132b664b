// A network namespace where n8n's default registry is this machine's loopback, so n8n's own
// installer (which accepts no other registry without an enterprise licence) reads the test's
// registry and nothing leaves the machine. Needs root (`ip netns`). Inside the namespace:
//   - only `lo`, up: nothing outside the machine is reachable;
//   - `/etc/hosts` maps the registry's host to 127.0.0.1 (`ip netns exec` bind-mounts
//     /etc/netns/<name>/hosts over it, for processes of the namespace only);
//   - each process started by `spawnInside` gets its own mount namespace where an npmrc (the test
//     CA as `cafile`, a private npm cache) is bind-mounted over npm's user and global config
//     files, because n8n 1.x runs `npm outdated` with an environment of PATH only;
//   - a bridge (netns-bridge.js) joins ports of the namespace to unix sockets of the test process.
// The real /etc/hosts, npm config and network of the machine are never touched; `remove()` deletes
// the namespace and its files.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { stopProcess } from './n8n';

const NETNS_ETC = '/etc/netns';

export class NetworkNamespace {
	private readonly children: ChildProcess[] = [];

	constructor(
		readonly name: string,
		/** files bind-mounted over others in every process started inside: [source, target] */
		private readonly mounts: Array<[string, string]> = [],
	) {}

	static supported(): string | undefined {
		if (process.getuid?.() !== 0) return 'needs root (ip netns)';
		try {
			execFileSync('ip', ['netns', 'list'], { stdio: 'pipe' });
		} catch {
			return 'the `ip` command (iproute2) cannot list network namespaces';
		}
		return undefined;
	}

	create(hosts: string[]) {
		this.remove();
		execFileSync('ip', ['netns', 'add', this.name], { stdio: 'pipe' });
		mkdirSync(path.join(NETNS_ETC, this.name), { recursive: true });
		writeFileSync(path.join(NETNS_ETC, this.name, 'hosts'), `127.0.0.1 localhost ${hosts.join(' ')}\n::1 localhost\n`);
		execFileSync('ip', ['netns', 'exec', this.name, 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'pipe' });
	}

	/** Starts `command` inside the namespace, with the bind mounts. */
	spawnInside(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): ChildProcess {
		const mountArgs = this.mounts.filter(([, target]) => existsSync(target)).flat();
		const script = 'set -e; while [ "$1" != "--" ]; do mount --bind "$1" "$2"; shift 2; done; shift; exec "$@"';
		const child = spawn('ip', ['netns', 'exec', this.name, 'sh', '-c', script, 'sh', ...mountArgs, '--', command, ...args], {
			env: options.env,
			cwd: options.cwd,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		this.children.push(child);
		return child;
	}

	/** Joins namespace ports and test-process unix sockets (see netns-bridge.js); resolves when listening. */
	async startBridge(mappings: string[], timeoutMs = 15_000) {
		const bridge = this.spawnInside(process.execPath, [path.join(__dirname, 'netns-bridge.js'), ...mappings], { env: { PATH: process.env.PATH } });
		let output = '';
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`the namespace bridge did not start in ${timeoutMs} ms: ${output}`)), timeoutMs);
			const onData = (chunk: Buffer) => {
				output += String(chunk);
				if (output.includes('ready')) {
					clearTimeout(timer);
					resolve();
				}
			};
			bridge.stdout?.on('data', onData);
			bridge.stderr?.on('data', onData);
			bridge.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`the namespace bridge exited (${code}): ${output}`));
			});
		});
	}

	async stopAll(timeoutMs = 15_000) {
		await Promise.all(
			this.children.map(async (child) => {
				if (child.exitCode === null && child.signalCode === null) child.stdin?.end();
				await stopProcess(child, timeoutMs);
			}),
		);
		this.children.length = 0;
	}

	remove() {
		try {
			execFileSync('ip', ['netns', 'delete', this.name], { stdio: 'pipe' });
		} catch {
			// not there
		}
		rmSync(path.join(NETNS_ETC, this.name), { recursive: true, force: true });
	}
}
