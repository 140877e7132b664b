#!/usr/bin/env node
// Runs inside the test's network namespace (netns.ts) and joins it to the test process through
// unix sockets, which cross network namespaces:
//   tcp:PORT=unix:PATH   listen on 127.0.0.1:PORT in the namespace, forward to the socket PATH
//   unix:PATH=tcp:PORT   listen on the socket PATH, forward to 127.0.0.1:PORT in the namespace
// Prints "ready" once every listener is up. Exits when its parent closes stdin.
'use strict';
const net = require('node:net');
const fs = require('node:fs');

function target(spec) {
	const [kind, value] = spec.split(/:(.*)/s);
	return kind === 'tcp' ? { host: '127.0.0.1', port: Number(value) } : { path: value };
}

const servers = process.argv.slice(2).map((mapping) => {
	const [from, to] = mapping.split('=');
	const server = net.createServer((socket) => {
		const upstream = net.connect(target(to));
		socket.pipe(upstream).pipe(socket);
		const close = () => {
			socket.destroy();
			upstream.destroy();
		};
		socket.on('error', close);
		upstream.on('error', close);
	});
	const listen = target(from);
	if (listen.path) fs.rmSync(listen.path, { force: true });
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		if (listen.path) server.listen(listen.path, resolve);
		else server.listen(listen.port, listen.host, resolve);
	});
});

Promise.all(servers).then(
	() => console.log('ready'),
	(error) => {
		console.error(`bridge: ${error.message}`);
		process.exit(1);
	},
);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
