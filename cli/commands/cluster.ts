/**
 * `parallax cluster`: groups JSON lines `{id, title, description?, body?, url?, domain?,
 * published_at?}` read on stdin (in time order) into stories and prints `{"id","story"}` per
 * line, with the extension's own clustering code on an in-memory index. `--explain` adds each
 * assignment's match explanation (score, shared terms, method).
 */
import { createInterface } from 'node:readline';
import { clusterStream } from '../../utils/story/cluster-stream';
import { parseItem, type LabelledItem } from '../../utils/story/eval/dataset';

export const usage =
  'cluster [--explain] < items.jsonl   group JSON lines {id,title,...} into stories: {"id","story"} per line';

export async function run(args: string[]): Promise<number> {
  const explain = args.includes('--explain');
  const unknown = args.filter((a) => a !== '--explain');
  if (unknown.length > 0) {
    process.stderr.write(`usage: parallax ${usage}\n`);
    return 2;
  }
  let bad = 0;
  async function* items(): AsyncGenerator<LabelledItem> {
    let lineNo = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim() === '') continue;
      try {
        yield parseItem(JSON.parse(line), lineNo);
      } catch (error) {
        // One bad line is reported and skipped; the rest of the stream is still clustered.
        bad++;
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(
          `parallax cluster: ${message.startsWith('line ') ? message : `line ${lineNo}: ${message}`}\n`,
        );
      }
    }
  }
  await clusterStream(items(), {
    onAssign: ({ article, story }, item) => {
      const out = explain ? { id: item.id, story: story.id, match: article.match } : { id: item.id, story: story.id };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    },
  });
  return bad > 0 ? 1 : 0;
}
