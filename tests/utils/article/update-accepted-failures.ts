/**
 * Rewrites accepted-failures.json from the current results (`npx tsx tests/utils/article/update-accepted-failures.ts`).
 * Run it only after checking each change: a page leaving the list is an improvement; a page joining it is a
 * regression someone accepted, and its reason should then be edited by hand to say why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FIELDS, judgePages, type Field } from './fixture-results';

const file = new URL('./accepted-failures.json', import.meta.url);
const old = JSON.parse(readFileSync(file, 'utf8')) as Record<Field, Record<string, string>>;
const manifest = new Map(
  readFileSync('tests/fixtures/pages/manifest.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map(
      (line) => JSON.parse(line) as { corpus: string; id: string; page_type: string; news_label_reason: string | null },
    )
    .map((row): [string, typeof row] => [`${row.corpus}/${row.id}`, row]),
);
const short = (v: unknown) => JSON.stringify(v)?.slice(0, 90);
const next = Object.fromEntries(FIELDS.map((f) => [f, {} as Record<string, string>])) as Record<
  Field,
  Record<string, string>
>;
for (const o of judgePages('tests/fixtures/pages')) {
  if (o.ok) continue;
  const row = manifest.get(o.id);
  const fresh =
    o.field === 'detection'
      ? o.ours
        ? `false positive: ${row?.page_type} page that marks itself up as an article (label: ${row?.news_label_reason})`
        : `missed: no article metadata we trust (label: ${row?.news_label_reason})`
      : o.ours === null
        ? `we find none; truth ${short(o.truth)}`
        : `truth ${short(o.truth)} vs ours ${short(o.ours)}`;
  next[o.field][o.id] = old[o.field]?.[o.id] ?? fresh;
}
writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
for (const f of FIELDS) console.log(f, Object.keys(old[f] ?? {}).length, '→', Object.keys(next[f]).length);
