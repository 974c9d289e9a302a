import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** "2 × AMD EPYC (load 3.1)": the load matters on a shared machine, so it is printed too. */
export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}`;
}

/** Replaces (or appends) one `## heading` section of a Markdown file, leaving the others alone. */
export function writeSection(path: string, heading: string, body: string): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`${heading}\n`);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start < 0) return writeFileSync(path, `${text.trimEnd()}\n\n${section}`);
  const next = text.indexOf('\n## ', start + heading.length);
  writeFileSync(path, `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`);
}

/** `--name N` from the command line, or `fallback`. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** The labelled story sets both cluster benchmarks read by default. */
export const CLUSTER_FIXTURES = ['googlenews_rss_story_clusters', 'neus_allsides_roundups', 'newswcl50'].map(
  (n) => `tests/fixtures/clusters/${n}.jsonl`,
);
