import * as v from 'valibot';

/** data/outlets-curated.json: the outlets we are sure of, maintained by hand. */
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a lowercase slug'));
// A host, or host + up to two path segments (outletKeys() looks no deeper).
const domainKey = v.pipe(
  v.string(),
  v.regex(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[a-z0-9._-]+){0,2}$/, 'domain must be host[/path], without www.'),
);
const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'only http(s) URLs'));

export const CuratedOutletSchema = v.strictObject({
  id: slug,
  name: v.pipe(v.string(), v.minLength(1)),
  allsides: v.optional(v.string()),
  domains: v.pipe(v.array(domainKey), v.minLength(1)),
  homepage: v.optional(httpUrl),
  feeds: v.array(httpUrl),
  owner: v.optional(v.string()),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country must be ISO 3166-1 alpha-2'))),
  region: v.optional(v.string()),
});

export const CuratedFileSchema = v.strictObject({
  ignoreAllSides: v.record(v.string(), v.string()),
  outlets: v.array(CuratedOutletSchema),
});

export type CuratedOutlet = v.InferOutput<typeof CuratedOutletSchema>;
export type CuratedFile = v.InferOutput<typeof CuratedFileSchema>;

/** Parses the curated file, failing with the first problem's path so the maintainer can fix it. */
export function parseCurated(raw: unknown): CuratedFile {
  const result = v.safeParse(CuratedFileSchema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`data/outlets-curated.json${path ? ` at ${path}` : ''}: ${issue.message}`);
}

/** Names in `ignoreAllSides`; keys starting with "$" are comments. */
export function ignoredAllSidesNames(file: CuratedFile): Set<string> {
  return new Set(Object.keys(file.ignoreAllSides).filter((k) => !k.startsWith('$')));
}
