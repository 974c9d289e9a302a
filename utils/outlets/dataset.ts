import * as v from 'valibot';
import { BIASES } from '../bias';
import type { Outlet } from './outlet';

/**
 * The shipped registry file (public/data/outlets.json). Empty fields are left out to keep the
 * file small (it ships in the extension); `parseDataset` puts the defaults back, and drops rows
 * that do not parse rather than failing the whole registry.
 */
export interface OutletDataset {
  version: string;
  outlets: Outlet[];
}

const source = v.picklist(['allsides-2023', 'allsides-2019', 'lin-2023']);
const optionalText = v.optional(v.string());

const StoredOutlet = v.object({
  id: v.string(),
  name: v.string(),
  domains: v.pipe(v.array(v.string()), v.minLength(1)),
  bias: v.optional(v.picklist([...BIASES, 'unrated']), 'unrated'),
  biasSource: v.optional(v.nullable(source), null),
  quality: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))), null),
  qualitySource: v.optional(v.nullable(source), null),
  country: optionalText,
  region: optionalText,
  owner: optionalText,
  medium: optionalText,
  homepage: optionalText,
  feeds: v.optional(v.array(v.string()), []),
});

export function parseDataset(raw: unknown): OutletDataset {
  const file = (typeof raw === 'object' && raw !== null ? raw : {}) as { version?: unknown; outlets?: unknown };
  const rows = Array.isArray(file.outlets) ? file.outlets : [];
  const outlets: Outlet[] = [];
  for (const row of rows) {
    const parsed = v.safeParse(StoredOutlet, row);
    if (parsed.success) outlets.push(withoutUndefined(parsed.output) as Outlet);
  }
  return { version: typeof file.version === 'string' ? file.version : '', outlets };
}

/** The stored form of an outlet: defaults and empty values left out. */
export function compactOutlet(outlet: Outlet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(outlet)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'bias' && value === 'unrated') continue;
    out[key] = value;
  }
  return out;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
}
