import type { OutletOverride, ParallaxDB } from '../db/parallax-db';
import { normalizeHost, outletKeys, pickOutlet } from '../outlets/domain-keys';
import type { Outlet } from '../outlets/outlet';
import { normalizeSettings } from '../settings';
import { SETTINGS_KEY } from '../settings-store';
import { feedKey } from '../sources/add-source';
import { mergeOverride } from '../sources/overrides';
import { parseBackup } from './backup-format';
import { FEEDBACK_TABLE, type ExportKind } from './export-data';
import { parseOpml, type OpmlFeed } from './opml';
import { parseRatingsCsv, parseRatingsJson, type RatingRecord } from './ratings-format';

export type ImportResult = { ok: true; summary: string } | { ok: false; message: string };

/** Parses the whole file first; only a file that is entirely valid is written, in one transaction. */
export async function importData(db: ParallaxDB, kind: ExportKind, text: string, now: number): Promise<ImportResult> {
  if (kind === 'opml') {
    const parsed = parseOpml(text);
    return parsed.ok ? { ok: true, summary: await importFeeds(db, parsed.value) } : parsed;
  }
  if (kind === 'backup') {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const b = parsed.value;
    const hasFeedback = db.tables.some((t) => t.name === FEEDBACK_TABLE);
    const tables = [db.outlets, db.overrides, db.settings, ...(hasFeedback ? [db.table(FEEDBACK_TABLE)] : [])];
    await db.transaction('rw', tables, async () => {
      await db.settings.put({ key: SETTINGS_KEY, value: normalizeSettings(b.settings) });
      await db.outlets.bulkPut(b.customSources.map((o) => ({ ...o, custom: true }) as Outlet));
      await db.overrides.bulkPut(b.overrides as OutletOverride[]);
      if (hasFeedback && b.feedback.length) await db.table(FEEDBACK_TABLE).bulkPut(b.feedback);
    });
    const feedback = hasFeedback ? `, ${b.feedback.length} feedback notes` : '';
    return {
      ok: true,
      summary: `Restored settings, ${b.customSources.length} sources of your own and ${b.overrides.length} outlet choices${feedback}.`,
    };
  }
  const parsed = kind === 'ratings-csv' ? parseRatingsCsv(text) : parseRatingsJson(text);
  return parsed.ok ? { ok: true, summary: await importRatings(db, parsed.value, now) } : parsed;
}

async function importRatings(db: ParallaxDB, records: RatingRecord[], now: number): Promise<string> {
  return db.transaction('rw', db.outlets, db.overrides, async () => {
    let changed = 0;
    let unknown = 0;
    for (const r of records) {
      const outlet =
        (await db.outlets.get(r.id)) ??
        (r.domain ? await db.outlets.where('domains').equals(r.domain).first() : undefined);
      if (!outlet) {
        unknown++;
        continue;
      }
      // A rating equal to the bundled one is not an override: the reader's file just agrees with it.
      const next = mergeOverride(
        outlet,
        await db.overrides.get(outlet.id),
        {
          bias: r.bias === outlet.bias ? undefined : r.bias,
          quality: r.quality === outlet.quality ? undefined : r.quality,
        },
        now,
      );
      if (next?.bias !== undefined || next?.quality !== undefined) changed++;
      if (next) await db.overrides.put(next);
      else await db.overrides.delete(outlet.id);
    }
    return `Read ${records.length} ratings: ${changed} differ from the bundled ones and are now yours${unknown ? `; ${unknown} outlets are unknown here and were skipped` : ''}.`;
  });
}

async function importFeeds(db: ParallaxDB, feeds: OpmlFeed[]): Promise<string> {
  return db.transaction('rw', db.outlets, async () => {
    let added = 0;
    let known = 0;
    for (const f of feeds) {
      const key = feedKey(f.xmlUrl);
      if (await db.outlets.filter((o) => o.feeds.some((u) => feedKey(u) === key)).first()) {
        known++;
        continue;
      }
      const site = f.htmlUrl ?? f.xmlUrl;
      const keys = outletKeys(site);
      if (!keys) continue;
      const existing = pickOutlet(keys, await db.outlets.where('domains').anyOf(keys).toArray());
      const domain = normalizeHost(new URL(site).hostname);
      await db.outlets.put(
        existing
          ? { ...existing, feeds: [...existing.feeds, f.xmlUrl], custom: true }
          : {
              id: `custom-${domain}`,
              name: f.title || domain,
              domains: [domain],
              bias: f.bias ?? 'unrated',
              biasSource: f.bias ? 'user' : null,
              quality: null,
              qualitySource: null,
              homepage: f.htmlUrl ?? `https://${domain}/`,
              feeds: [f.xmlUrl],
              custom: true,
            },
      );
      added++;
    }
    return `Read ${feeds.length} feeds: ${added} added, ${known} already followed.`;
  });
}
