import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export interface Resource {
  status?: number;
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering. */
  delay?: number;
}

/** A site is a map from path (with query) to what it serves; a function can answer dynamically. */
export type Site = Record<string, Resource | ((req: IncomingMessage) => Resource)>;

const TLS_DIR = resolve('tests/browser/fixtures/tls');

/**
 * A small offline "news web": one server on 127.0.0.1 answering for many real host names
 * (Chromium's --host-resolver-rules sends every host here), so pages and feeds keep their real URLs.
 * It speaks both http and https on one port (Chromium runs with --ignore-certificate-errors):
 * a connection whose first byte opens a TLS handshake goes to the https server.
 */
export async function startNewsWeb(sites: Record<string, Site>) {
  const requests: { host: string; path: string; headers: IncomingMessage['headers'] }[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, path, headers: req.headers });
    const site = sites[host] ?? sites[host.replace(/^www\./, '')];
    const entry = site?.[path] ?? site?.[path.split('?')[0]!];
    const resource = typeof entry === 'function' ? entry(req) : entry;
    const send = () => {
      if (!resource) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${path}`);
        return;
      }
      res.writeHead(resource.status ?? 200, {
        'content-type': resource.type ?? 'text/html; charset=utf-8',
        ...resource.headers,
      });
      res.end(resource.body);
    };
    if (resource?.delay) setTimeout(send, resource.delay);
    else send();
  };
  const plain = createServer(handle);
  const tls = createTlsServer(
    { key: readFileSync(`${TLS_DIR}/key.pem`), cert: readFileSync(`${TLS_DIR}/cert.pem`) },
    handle,
  );
  const server = createTcpServer((socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return void socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? tls : plain).emit('connection', socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    /** The Chromium flag that maps every host name to this server. */
    hostResolverRule: `MAP * 127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        plain.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type NewsWeb = Awaited<ReturnType<typeof startNewsWeb>>;
