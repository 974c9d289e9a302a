/**
 * A real HTTP server on 127.0.0.1 for unit tests that talk to "the internet" (feeds, providers):
 * the code under test uses its real fetch, and only the far side is scripted.
 *
 *   const server = await startFixtureServer({
 *     '/feed.xml': { body: xml, headers: { 'content-type': 'application/rss+xml', etag: '"v1"' } },
 *     '/slow': { delayMs: 5_000, body: 'late' },              // headers arrive late
 *     '/trickle': { body: big, chunkSize: 100, chunkDelayMs: 50 },
 *     '/hang': { hang: 'after-headers' },                     // sends headers, never ends the body
 *     '/old': { redirectTo: '/feed.xml' },                    // 302 + Location (status overridable)
 *     '/gz': { body: xml, gzip: true },                       // Content-Encoding: gzip
 *     '/dyn': (req) => (req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { body: xml }),
 *   });
 *   await fetch(server.url('/feed.xml')); server.requests; // every request, in order
 *   server.route('/feed.xml', { status: 429, headers: { 'retry-after': '120' } }); // change later
 *   await server.close(); // also kills hanging responses
 *
 * Unknown paths answer 404. Paths match without the query string; `requests` keeps the full path.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Wait this long before sending anything. */
  delayMs?: number;
  /** Send the body in pieces of this many bytes, waiting chunkDelayMs between them. */
  chunkSize?: number;
  chunkDelayMs?: number;
  /** Never finish: before sending headers, or after headers and the first chunk of the body. */
  hang?: 'before-headers' | 'after-headers';
  /** Compress the body and say so (Content-Encoding: gzip), as real servers do. */
  gzip?: boolean;
  /** Shorthand for a redirect: status 302 (unless `status` says otherwise) and this Location. */
  redirectTo?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export type FixtureRoute = FixtureResponse | ((request: RecordedRequest) => FixtureResponse);

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  url(path: string): string;
  requests: RecordedRequest[];
  route(path: string, route: FixtureRoute): void;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, FixtureRoute> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers };
    requests.push(recorded);
    const route = table.get(recorded.path.split('?')[0] ?? '/');
    const spec = typeof route === 'function' ? route(recorded) : (route ?? { status: 404, body: 'not found' });
    respond(res, spec, sleep).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    route: (path, route) => void table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function respond(res: ServerResponse, spec: FixtureResponse, sleep: (ms: number) => Promise<void>) {
  if (spec.delayMs) await sleep(spec.delayMs);
  if (spec.hang === 'before-headers') return;
  let body: Buffer = typeof spec.body === 'string' ? Buffer.from(spec.body) : Buffer.from(spec.body ?? []);
  const headers: Record<string, string> = { ...spec.headers };
  if (spec.redirectTo) headers.location = spec.redirectTo;
  if (spec.gzip) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  const streamed = spec.hang === 'after-headers' || spec.chunkSize !== undefined;
  if (!streamed) headers['content-length'] = String(body.byteLength);
  res.writeHead(spec.status ?? (spec.redirectTo ? 302 : 200), headers);
  if (spec.hang === 'after-headers') {
    res.write(body.subarray(0, spec.chunkSize ?? 16));
    return; // never end: the client must give up on its own
  }
  if (!spec.chunkSize) return void res.end(body);
  for (let offset = 0; offset < body.byteLength; offset += spec.chunkSize) {
    if (res.destroyed) return;
    res.write(body.subarray(offset, offset + spec.chunkSize));
    if (spec.chunkDelayMs) await sleep(spec.chunkDelayMs);
  }
  res.end();
}
