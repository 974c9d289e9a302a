import { createHash } from 'node:crypto';
import type { Bias, BiasRating } from '../../utils/bias';
import { compactOutlet } from '../../utils/outlets/dataset';
import type { Outlet } from '../../utils/outlets/outlet';
import { readAllSides, type AllSidesEntry } from './allsides';
import { ignoredAllSidesNames, parseCurated, type CuratedOutlet } from './curated';
import { readLocal } from './local';
import { qualityIndex } from './quality';

/** The build's inputs, as file contents, so tests can run it on the repo's data without the CLI. */
export interface OutletSources {
  allsides2023: string;
  allsides2019: string;
  quality: string;
  local: string;
  curated: unknown;
}

export interface BuildReport {
  curated: number;
  fromAllSides: number;
  local: number;
  skipped: Record<string, number>;
  conflicts: Record<string, number>;
}

/**
 * Builds the registry: curated outlets first (they win for identity, and take the rating of the
 * AllSides entry they name), then AllSides outlets by website, then US local outlets as known
 * outlets. Each domain key belongs to exactly one outlet; later claims are dropped and counted.
 */
export function buildOutlets(sources: OutletSources): { outlets: Outlet[]; report: BuildReport } {
  const curated = parseCurated(sources.curated);
  const allsides = readAllSides(sources.allsides2023, sources.allsides2019, ignoredAllSidesNames(curated));
  const quality = qualityIndex(sources.quality);
  const report: BuildReport = { curated: 0, fromAllSides: 0, local: 0, skipped: {}, conflicts: {} };
  const count = (bucket: Record<string, number>, key: string) => (bucket[key] = (bucket[key] ?? 0) + 1);

  const byId = new Map<string, Outlet>();
  const owners = new Map<string, string>(); // domain key -> outlet id
  const curatedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base || 'outlet';
    for (let n = 2; byId.has(id); n++) id = `${base}-${n}`;
    return id;
  };
  const add = (outlet: Outlet) => {
    byId.set(outlet.id, outlet);
    for (const d of outlet.domains) owners.set(d, outlet.id);
  };
  const rated = (bias: Bias | null, source: AllSidesEntry['biasSource']) =>
    ({ bias: (bias ?? 'unrated') as BiasRating, biasSource: bias ? source : null }) as const;
  const scored = (domains: string[]) => {
    const q = quality(domains);
    return { quality: q, qualitySource: q === null ? null : ('lin-2023' as const) };
  };

  // 1. Curated outlets.
  const entryByName = new Map<string, AllSidesEntry>();
  for (const e of allsides) if (!entryByName.has(e.name)) entryByName.set(e.name, e);
  const claimed = new Set<string>();
  for (const c of curated.outlets) {
    if (byId.has(c.id)) throw new Error(`data/outlets-curated.json: duplicate id ${c.id}`);
    for (const d of c.domains) {
      if (owners.has(d)) throw new Error(`data/outlets-curated.json: ${d} is listed by ${owners.get(d)} and ${c.id}`);
    }
    const entry = c.allsides === undefined ? undefined : entryByName.get(c.allsides);
    if (c.allsides !== undefined && !entry)
      throw new Error(`data/outlets-curated.json: ${c.id} names unknown AllSides entry "${c.allsides}"`);
    if (c.allsides) claimed.add(c.allsides);
    add(fromCurated(c, rated(entry?.bias ?? null, entry?.biasSource ?? null), scored(c.domains)));
    curatedIds.add(c.id);
    report.curated++;
  }

  // 2. AllSides outlets not already curated, one per website; the most outlet-like name wins a tie.
  const candidates: { entry: AllSidesEntry; key: string }[] = [];
  for (const entry of allsides) {
    if (claimed.has(entry.name)) continue;
    if (entry.notAnOutlet) count(report.skipped, `allsides: ${entry.notAnOutlet}`);
    else if (!entry.bias) count(report.skipped, 'allsides: mixed or not rated');
    else if (entry.site.kind === 'site') candidates.push({ entry, key: entry.site.key });
  }
  candidates.sort(
    (a, b) => compare(a.key, b.key) || rank(a.entry.name) - rank(b.entry.name) || compare(a.entry.name, b.entry.name),
  );
  for (const { entry, key } of candidates) {
    if (owners.has(key)) {
      count(
        report.conflicts,
        curatedIds.has(owners.get(key)!) ? 'allsides site already curated' : 'allsides site rated twice',
      );
      continue;
    }
    add({
      id: uniqueId(slugify(entry.name)),
      name: entry.name,
      domains: [key],
      ...rated(entry.bias, entry.biasSource),
      ...scored([key]),
      feeds: [],
    });
    report.fromAllSides++;
  }

  // 3. US local outlets: known by domain, rated only if a rating source above already covers them.
  const { entries: local, withoutDomain } = readLocal(sources.local);
  if (withoutDomain) report.skipped['local: no usable domain'] = withoutDomain;
  local.sort((a, b) => compare(a.key, b.key) || compare(a.name, b.name) || compare(a.state, b.state));
  const enriched = new Set<string>();
  for (const l of local) {
    const ownerId = owners.get(l.key);
    if (!ownerId) {
      add({
        id: uniqueId(slugify(`${l.name} ${l.state}`)),
        name: l.name,
        domains: [l.key],
        bias: 'unrated',
        biasSource: null,
        ...scored([l.key]),
        country: 'US',
        region: l.state || undefined,
        owner: l.owner,
        medium: l.medium,
        feeds: [],
      });
      report.local++;
    } else if (curatedIds.has(ownerId) || enriched.has(ownerId) || byId.get(ownerId)!.region) {
      count(report.conflicts, 'local domain already known');
    } else {
      // An AllSides-rated local paper: the local dataset adds where it is and who owns it.
      const o = byId.get(ownerId)!;
      byId.set(ownerId, {
        ...o,
        country: 'US',
        region: l.state || undefined,
        owner: l.owner,
        medium: l.medium,
        feeds: o.feeds,
      });
      enriched.add(ownerId);
      count(report.conflicts, 'local domain merged into an AllSides outlet');
    }
  }
  const outlets = [...byId.values()].sort((a, b) => compare(a.id, b.id)).map(ordered);
  return { outlets, report };
}

/** The shipped file: one outlet per line (readable diffs), a content hash as its version. */
export function serializeDataset(outlets: Outlet[]): { json: string; version: string } {
  const lines = outlets.map((o) => JSON.stringify(compactOutlet(o)));
  const version = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 12);
  return { json: `{"version":${JSON.stringify(version)},"outlets":[\n${lines.join(',\n')}\n]}\n`, version };
}

function fromCurated(
  c: CuratedOutlet,
  rating: Pick<Outlet, 'bias' | 'biasSource'>,
  q: Pick<Outlet, 'quality' | 'qualitySource'>,
): Outlet {
  return {
    id: c.id,
    name: c.name,
    domains: c.domains,
    ...rating,
    ...q,
    country: c.country,
    region: c.region,
    owner: c.owner,
    homepage: c.homepage,
    feeds: c.feeds,
  };
}

// Fixed key order, so the same data always serializes to the same bytes.
function ordered(o: Outlet): Outlet {
  const {
    id,
    name,
    domains,
    bias,
    biasSource,
    quality,
    qualitySource,
    country,
    region,
    owner,
    medium,
    homepage,
    feeds,
  } = o;
  return {
    id,
    name,
    domains,
    bias,
    biasSource,
    quality,
    qualitySource,
    country,
    region,
    owner,
    medium,
    homepage,
    feeds,
  };
}

// Sections and spin-offs lose a tie for a site to the publication itself.
function rank(name: string): number {
  return (
    (/fact ?check|opinion|editorial|podcast|newsletter|blog|video|radio|briefing|daily briefing/i.test(name)
      ? 100
      : 0) +
    name.length / 1000
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
