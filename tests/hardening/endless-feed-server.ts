import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server that streams an RSS feed of `totalBytes` generated on the fly (nothing is
 * kept in memory or on disk), and counts what it managed to send before the client hung up.
 */
export async function startEndlessFeed(totalBytes: number) {
  let sent = 0;
  let finished = false;
  const item = (i: number) =>
    `<item><title>Story ${i}</title><link>https://big.example/${i}</link><description>${'x'.repeat(900)}</description></item>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }); // no Content-Length: only streaming tells
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>');
    let i = 0;
    const pump = () => {
      while (sent < totalBytes && !res.destroyed) {
        const chunk = Buffer.from(Array.from({ length: 64 }, () => item(i++)).join(''));
        sent += chunk.byteLength;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) {
        finished = true;
        res.end('</channel></rss>');
      }
    };
    res.on('close', () => undefined);
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.xml`;
  return {
    url,
    get sentBytes() {
      return sent;
    },
    get finished() {
      return finished;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
