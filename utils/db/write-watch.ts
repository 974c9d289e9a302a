import Dexie, { type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';

/**
 * Tells in-memory caches of the database (utils/story/store/story-cache.ts, utils/sources/outlet-cache.ts) when
 * someone else wrote to a table they copy. The background is the only writer of its database
 * (CONTRIBUTING), so every write passes through this Dexie instance: a DBCore middleware sees each
 * one (put, add, delete, clear) and bumps the table's generation, unless the write belongs to a
 * transaction whose owner keeps its cache up to date itself (`own`). A cache records the
 * generations it was built at and is thrown away when any of them moved.
 *
 * A middleware sees a write when it is issued, before it runs, so a cache checked after its own
 * transaction commits never misses a write that ran before that commit.
 */
export class WriteWatch {
  private readonly generations = new Map<string, number>();
  private readonly owned = new WeakSet<object>();
  private epoch = 0;

  /** A stamp of `tables` now; equal stamps mean no foreign write (and no reopen) in between. */
  stamp(tables: readonly string[]): string {
    return `${this.epoch}:${tables.map((t) => this.generations.get(t) ?? 0).join(',')}`;
  }

  /** Marks the current Dexie transaction as one whose writes a cache owner applies itself. */
  own(): void {
    const trans = (Dexie.currentTransaction as unknown as { idbtrans?: object } | null)?.idbtrans;
    if (!trans) throw new Error('WriteWatch.own() outside a transaction');
    this.owned.add(trans);
  }

  /** Everything may have changed (the database was reopened, deleted, rebuilt). */
  reset(): void {
    this.epoch++;
  }

  wrote(table: string, trans: DBCoreTransaction): void {
    if (!this.owned.has(trans)) this.generations.set(table, (this.generations.get(table) ?? 0) + 1);
  }

  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'write-watch',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) => {
              this.wrote(name, req.trans);
              return table.mutate(req);
            },
          };
        },
      }),
    };
  }
}
