import Dexie from 'dexie';
import { REBUILD_NOTICE, type RebuildNotice } from './notices';
import type { ParallaxDB } from './parallax-db';

/**
 * What the reader made, by table, and which rows of it to keep. Everything else (articles, stories,
 * terms, feed state, provider caches, the bundled outlets) is rebuilt from the feeds and the bundle.
 */
const READER_DATA: Record<string, (row: Record<string, unknown>) => boolean> = {
  // Not the bundle's version marker: the rebuilt database must be seeded with the bundle again.
  settings: (row) => typeof row['key'] === 'string' && row['key'] !== REBUILD_NOTICE && row['key'] !== 'outletsDataset',
  overrides: (row) => typeof row['outletId'] === 'string',
  feedback: (row) => typeof row['storyId'] === 'string' && typeof row['articleId'] === 'string',
  outlets: (row) => row['custom'] === true && typeof row['id'] === 'string',
};

/**
 * Opens the database; when it cannot be opened (written by a newer version of Parallax, a failed
 * upgrade, corrupted files), it saves what the reader made wherever it is still readable, deletes
 * the database, creates it afresh, puts the reader's data back and records a notice for the
 * options page. The index itself refills from the feeds on the next polling round.
 * Returns the notice when it had to rebuild, null when the database opened normally.
 */
export async function openDatabase(db: ParallaxDB, now: () => number = Date.now): Promise<RebuildNotice | null> {
  // A Dexie instance whose open failed keeps the broken database's schema and cannot be reused,
  // so a throwaway instance tries first; `db` itself only ever opens a database that works.
  const make = () => new (db.constructor as new (name: string) => ParallaxDB)(db.name);
  const probe = make();
  let notice: RebuildNotice | null = null;
  try {
    await probe.open();
  } catch (error) {
    if (error instanceof Dexie.MissingAPIError) throw error; // no IndexedDB at all: nothing to rebuild
    notice = await rebuild(db.name, make, error, now);
  } finally {
    probe.close();
  }
  await db.open();
  return notice;
}

async function rebuild(
  name: string,
  make: () => ParallaxDB,
  error: unknown,
  now: () => number,
): Promise<RebuildNotice> {
  const saved = await salvage(name);
  await Dexie.delete(name);
  const fresh = make();
  const restored: Record<string, number> = {};
  try {
    for (const [table, rows] of Object.entries(saved)) {
      // Row by row: one row that no longer fits the schema must not cost the others.
      for (const row of rows) {
        const ok = await fresh
          .table(table)
          .put(row)
          .then(() => true)
          .catch(() => false);
        if (ok) restored[table] = (restored[table] ?? 0) + 1;
      }
    }
    const notice: RebuildNotice = { at: now(), reason: describe(error), restored };
    await fresh.settings.put({ key: REBUILD_NOTICE, value: notice });
    return notice;
  } finally {
    fresh.close();
  }
}

/** Reads the reader's rows with no schema of ours (the stored one, whatever its version); each table on its own. */
async function salvage(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(name);
  const saved: Record<string, Record<string, unknown>[]> = {};
  try {
    await raw.open();
    for (const [table, keep] of Object.entries(READER_DATA)) {
      if (!raw.tables.some((t) => t.name === table)) continue;
      const rows = await raw
        .table(table)
        .toArray()
        .catch(() => []);
      saved[table] = (rows as Record<string, unknown>[]).filter((row) => row && typeof row === 'object' && keep(row));
    }
  } catch {
    // Unreadable as a whole: nothing to carry over, the rebuild starts empty.
  } finally {
    raw.close();
  }
  return saved;
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { name?: string } };
  const name = e?.inner?.name ?? e?.name ?? 'Error';
  return `${name}: ${String(e?.message ?? error).slice(0, 200)}`;
}
