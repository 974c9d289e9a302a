import * as v from 'valibot';
import { BIASES } from '../bias';
import type { OutletOverride } from '../db/parallax-db';
import type { Outlet } from '../outlets/outlet';
import type { Settings } from '../settings';
import { bad, checkSize, ok, parseJson, type Parsed } from './result';

export const BACKUP_FORMAT = 'parallax-backup';
/** Bump when the shape changes; restore reads every older version and refuses newer ones. */
export const BACKUP_VERSION = 1;

/** Everything the reader made, and nothing of their browsing (no articles, stories or feed state). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  overrides: OutletOverride[];
  customSources: Outlet[];
  /** Rows of the feedback table, when this build has one. */
  feedback: unknown[];
}

const rating = v.picklist([...BIASES, 'unrated']);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const quality = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const source = v.nullable(v.picklist(['allsides-2023', 'allsides-2019', 'lin-2023', 'user']));
const url = v.pipe(v.string(), v.maxLength(4096), v.regex(/^https?:\/\//i, 'only http(s) URLs'));

const OverrideSchema = v.object({
  outletId: id,
  bias: v.optional(rating),
  quality: v.optional(quality),
  enabled: v.optional(v.boolean()),
  updatedAt: v.number(),
});

const OutletSchema = v.object({
  id,
  name: v.pipe(v.string(), v.maxLength(300)),
  domains: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(300))), v.minLength(1), v.maxLength(50)),
  bias: rating,
  biasSource: source,
  quality,
  qualitySource: source,
  country: v.optional(v.pipe(v.string(), v.maxLength(8))),
  region: v.optional(v.pipe(v.string(), v.maxLength(100))),
  owner: v.optional(v.pipe(v.string(), v.maxLength(300))),
  medium: v.optional(v.pipe(v.string(), v.maxLength(100))),
  homepage: v.optional(url),
  feeds: v.pipe(v.array(url), v.maxLength(50)),
  custom: v.optional(v.boolean()),
});

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  exportedAt: v.string(),
  settings: v.record(v.string(), v.unknown()),
  overrides: v.pipe(v.array(OverrideSchema), v.maxLength(100_000)),
  customSources: v.pipe(v.array(OutletSchema), v.maxLength(20_000)),
  feedback: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(100_000)), []),
});

/** Checks a backup file completely, so restore can write it in one go or not at all. */
export function parseBackup(input: string): Parsed<v.InferOutput<typeof BackupSchema>> {
  const sized = checkSize(input, 'backup file');
  if (!sized.ok) return sized;
  const json = parseJson(sized.value, 'backup file');
  if (!json.ok) return json;
  const doc = json.value as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== BACKUP_FORMAT)
    return bad(`This JSON file is not a Parallax backup (its "format" should be "${BACKUP_FORMAT}").`);
  if (typeof doc.version === 'number' && doc.version > BACKUP_VERSION)
    return bad(
      `This backup was made by a newer Parallax (backup version ${doc.version}; this one reads up to ${BACKUP_VERSION}). Update Parallax to restore it.`,
    );
  const parsed = v.safeParse(BackupSchema, doc);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return bad(`This backup is damaged${path ? ` at ${path}` : ''}: ${issue.message}. Nothing was changed.`);
  }
  return ok(parsed.output);
}
