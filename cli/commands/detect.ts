/**
 * `parallax detect <file.html>... [--url <page-url>]` and `parallax detect --list <file.jsonl>`:
 * is each saved page a news article, and what does it say about itself, as one JSON line per file.
 * The same utils/article code as the content script, on linkedom's server-side DOM.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analysePage } from '../../utils/article/analyse';

export const usage =
  'detect <file.html>... [--url <page-url>] | detect --list <file.jsonl>   is each page an article, with its metadata (JSON lines)';

interface Job {
  file: string;
  url: string;
}

export function detectFile(file: string, url: string) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const { article, detection } = analysePage(document as unknown as Document, url);
  return {
    file,
    isArticle: detection.isArticle,
    kind: detection.kind,
    headline: article.headline,
    outlet: article.outletName,
    canonicalUrl: article.canonicalUrl,
    publishedAt: article.publishedAt,
    description: article.description,
    authors: article.authors,
    lang: article.lang,
  };
}

function jobsOf(args: string[]): Job[] | string {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value ?? '';
  };
  const list = flag('--list');
  const url = flag('--url');
  if (list !== undefined) {
    if (!list || args.length || url !== undefined) return '--list takes one file and no other arguments';
    return readFileSync(list, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, n) => {
        const row = JSON.parse(line) as { file?: unknown; url?: unknown };
        if (typeof row.file !== 'string') throw new Error(`${list}:${n + 1}: "file" is missing`);
        const file = resolve(resolve(list, '..'), row.file);
        return { file, url: typeof row.url === 'string' ? row.url : pathToFileURL(file).href };
      });
  }
  if (!args.length || args.some((a) => a.startsWith('--'))) return 'give one or more HTML files';
  if (url !== undefined && (args.length > 1 || !/^https?:\/\//i.test(url)))
    return '--url takes one http(s) address, for one file';
  return args.map((file) => ({ file, url: url ?? pathToFileURL(resolve(file)).href }));
}

export async function run(argv: string[]): Promise<number> {
  const jobs = jobsOf([...argv]);
  if (typeof jobs === 'string') {
    process.stderr.write(`parallax detect: ${jobs}\nusage: parallax ${usage}\n`);
    return 2;
  }
  let failed = 0;
  for (const job of jobs) {
    try {
      process.stdout.write(`${JSON.stringify(detectFile(job.file, job.url))}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`parallax detect: ${job.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}
