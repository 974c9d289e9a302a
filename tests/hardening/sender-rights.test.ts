// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../utils/background/service';
import { ParallaxDB } from '../../utils/db/parallax-db';
import { ALLOWED_SENDERS, type RequestType } from '../../utils/messages/protocol';
import { createRouter, type Handlers, type SenderInfo } from '../../utils/messages/router';
import { VALID } from '../fuzz/valid-messages';

/**
 * Least privilege for messages: every type ALLOWED_SENDERS marks 'page' (all that read or change the
 * reader's data) is refused from a content script and from another extension, with the real
 * background handlers behind the router, and the database is left exactly as it was. Generated from
 * the table, so a new message type is covered (and needs an example in VALID) automatically.
 */

const ORIGIN = 'chrome-extension://parallaxid/';
const CONTENT: SenderInfo = {
  id: 'parallaxid',
  url: 'https://evil.example/a',
  tab: { id: 4, url: 'https://evil.example/a' },
};
const FOREIGN: SenderInfo = { id: 'other', url: 'chrome-extension://other/bg.html' };
const PAGE_ONLY = (Object.keys(ALLOWED_SENDERS) as RequestType[]).filter((t) => ALLOWED_SENDERS[t] === 'page');

async function snapshot(db: ParallaxDB): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

describe('messages only extension pages may send', () => {
  let db: ParallaxDB;
  beforeEach(async () => {
    db = new ParallaxDB(`rights-${Math.random()}`);
    await db.outlets.put({
      id: 'a',
      name: 'A',
      domains: ['a.example'],
      bias: 'left',
      biasSource: 'allsides-2023',
      quality: 0.5,
      qualitySource: 'lin-2023',
      feeds: [],
    });
    await db.settings.put({ key: 'settings', value: { pollMinutes: 30 } });
  });
  afterEach(() => db.close());

  it('covers every message type with an example and includes every data-changing one', () => {
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(ALLOWED_SENDERS).sort());
    for (const type of [
      'UpdateSettings',
      'SetOutletEnabled',
      'SetRatingOverride',
      'AddSource',
      'ImportData',
      'ClearAllData',
      'NotSameStory',
      'SetPill',
    ] as const) {
      expect(PAGE_ONLY).toContain(type);
    }
  });

  it.each(PAGE_ONLY)('%s from a content script or another extension → forbidden, nothing changed', async (type) => {
    const calls: string[] = [];
    const real = createBackgroundService({
      db,
      now: () => 1,
      edge: { getTabUrl: async () => null, setBadge: async () => {} },
    }).handlers;
    const spied = Object.fromEntries(
      Object.entries(real).map(([t, h]) => [
        t,
        (...args: unknown[]) => (calls.push(t), (h as (...a: unknown[]) => unknown)(...args)),
      ]),
    ) as unknown as Handlers;
    const route = createRouter(spied, ORIGIN);
    const before = await snapshot(db);
    for (const sender of [CONTENT, FOREIGN]) {
      const reply = await route({ type, ...structuredClone(VALID[type]) }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
    expect(await snapshot(db)).toBe(before);
  });
});
