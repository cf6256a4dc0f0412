#!/usr/bin/env node
// The shop's database endpoint: a TCP relay from a local port to the real PostgreSQL server.
// Stopping it makes the database unreachable for the shop's checks without touching the server.
import net from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { home: { type: 'string' }, listen: { type: 'string' }, to: { type: 'string' } } });
const listen = Number(values.listen);
const [host, portText] = (values.to ?? '').split(':');
const port = Number(portText);
if (!Number.isInteger(listen) || !host || !Number.isInteger(port)) {
  process.stderr.write('usage: db-relay.mjs [--home DIR] --listen PORT --to HOST:PORT\n');
  process.exit(2);
}

const sockets = new Set();
const server = net.createServer((client) => {
  const upstream = net.connect({ host, port });
  for (const s of [client, upstream]) {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => (client.destroy(), upstream.destroy()));
  }
  client.pipe(upstream).pipe(client);
});

function stop() {
  server.close();
  for (const s of sockets) s.destroy();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('error', (error) => {
  process.stderr.write(`db-relay: cannot listen on 127.0.0.1:${listen}: ${error.message}\n`);
  process.exit(1);
});
server.listen(listen, '127.0.0.1', () => process.stdout.write(`${new Date().toISOString()} relay 127.0.0.1:${listen} -> ${host}:${port} pid ${process.pid}\n`));
