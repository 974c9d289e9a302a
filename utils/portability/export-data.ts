import type { ParallaxDB } from '../db/parallax-db';
import { applyOverride } from '../outlets/apply-override';
import { getSettings } from '../settings-store';
import { isEnabled } from '../sources/enabled';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';
import { feedsToOpml } from './opml';
import { ratingsToCsv, ratingsToJson, type RatingRecord } from './ratings-format';

export type ExportKind = 'opml' | 'ratings-csv' | 'ratings-json' | 'backup';
export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** The optional table other features may add (reader feedback on matches); backed up when present. */
export const FEEDBACK_TABLE = 'feedback';

async function ratings(db: ParallaxDB): Promise<RatingRecord[]> {
  const [outlets, overrides] = await Promise.all([db.outlets.toArray(), db.overrides.toArray()]);
  const byId = new Map(overrides.map((o) => [o.outletId, o]));
  return outlets
    .map((raw) => {
      const o = applyOverride(raw, byId.get(raw.id));
      const yours = o.biasSource === 'user' || o.qualitySource === 'user';
      return { id: o.id, name: o.name, domain: o.domains[0] ?? '', bias: o.bias, quality: o.quality, yours };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function buildBackup(db: ParallaxDB, now: Date): Promise<Backup> {
  const feedback = db.tables.some((t) => t.name === FEEDBACK_TABLE) ? await db.table(FEEDBACK_TABLE).toArray() : [];
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: await getSettings(db),
    overrides: await db.overrides.toArray(),
    customSources: await db.outlets.filter((o) => o.custom === true).toArray(),
    feedback,
  };
}

export async function exportData(db: ParallaxDB, kind: ExportKind, now: Date): Promise<ExportFile> {
  const day = now.toISOString().slice(0, 10);
  switch (kind) {
    case 'opml': {
      const [outlets, overrides] = await Promise.all([
        db.outlets.filter((o) => o.feeds.length > 0).toArray(),
        db.overrides.toArray(),
      ]);
      const byId = new Map(overrides.map((o) => [o.outletId, o]));
      const feeds = outlets
        .filter((o) => isEnabled(o, byId.get(o.id)))
        .map((o) => applyOverride(o, byId.get(o.id)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((o) =>
          o.feeds.map((xmlUrl) => ({
            title: o.name,
            xmlUrl,
            htmlUrl: o.homepage ?? `https://${o.domains[0]}/`,
            bias: o.bias === 'unrated' ? null : o.bias,
          })),
        );
      return { filename: `parallax-sources-${day}.opml`, mime: 'text/x-opml', text: feedsToOpml(feeds, now) };
    }
    case 'ratings-csv':
      return { filename: `parallax-ratings-${day}.csv`, mime: 'text/csv', text: ratingsToCsv(await ratings(db)) };
    case 'ratings-json':
      return {
        filename: `parallax-ratings-${day}.json`,
        mime: 'application/json',
        text: ratingsToJson(await ratings(db), now.toISOString()),
      };
    case 'backup':
      return {
        filename: `parallax-backup-${day}.json`,
        mime: 'application/json',
        text: JSON.stringify(await buildBackup(db, now), null, 1),
      };
  }
}
