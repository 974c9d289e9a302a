/**
 * `parallax ingest [--base URL] <feed-file-or-url>...`: the extension's own feed code (utils/feeds/)
 * on files or live URLs. One JSON line per item on stdout, `{"feed", ...FeedItem}`; a feed that
 * fails prints one line to stderr, the others still run, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import { describeOutcome } from '../../utils/feeds/feed-health';
import type { FeedItem } from '../../utils/feeds/feed-item';

export const usage = 'ingest [--base URL] <feed-file-or-url>...   print the parsed, normalised items as JSON lines';

export async function run(args: string[]): Promise<number> {
  let base: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--base') base = args[++i];
    else inputs.push(args[i]!);
  }
  if (inputs.length === 0) {
    process.stderr.write(`usage: parallax ${usage}\n`);
    return 2;
  }
  let failed = false;
  for (const input of inputs) {
    try {
      for (const item of await itemsOf(input, base)) {
        process.stdout.write(`${JSON.stringify({ feed: input, ...item })}\n`);
      }
    } catch (error) {
      failed = true;
      process.stderr.write(`parallax ingest: ${input}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function itemsOf(input: string, base: string | undefined): Promise<FeedItem[]> {
  if (/^https?:\/\//i.test(input)) {
    const outcome = await fetchFeed(input, {});
    if (outcome.kind !== 'ok') throw new Error(describeOutcome(outcome));
    return outcome.items;
  }
  const bytes = new Uint8Array(await readFile(input));
  // A file has no URL of its own: relative links resolve against --base, else the feed's self link.
  return parseFeed(bytes, base ?? pathToFileURL(input).href).items;
}
