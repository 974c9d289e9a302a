// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../../utils/background/service';
import { createRouter } from '../../../utils/messages/router';
import { freshDb, outlet } from './fixtures';

const ORIGIN = 'chrome-extension://abc/';
const page = { url: `${ORIGIN}options.html` };
const content = { url: 'https://evil.example.com/', tab: { id: 3, url: 'https://evil.example.com/' } };

async function setup() {
  const db = freshDb();
  await db.outlets.bulkPut([outlet('reuters'), outlet('fox', { bias: 'right' })]);
  const service = createBackgroundService({
    db,
    now: () => 42,
    edge: { getTabUrl: async () => 'chrome://newtab', setBadge: async () => {} },
  });
  return { db, route: createRouter(service.handlers, ORIGIN) };
}

describe('options messages through the router', () => {
  it('changes the reader’s data only from extension pages', async () => {
    const { db, route } = await setup();
    const msg = { type: 'SetRatingOverride', outletId: 'reuters', bias: 'left' };
    expect(await route(msg, content)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.overrides.count()).toBe(0);
    const r = await route(msg, page);
    expect(r).toMatchObject({ ok: true, data: { outlet: { id: 'reuters', bias: 'left', biasSource: 'user' } } });
  });

  it('validates input where it arrives', async () => {
    const { route } = await setup();
    expect(await route({ type: 'ListSources', limit: 100_000 }, page)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await route({ type: 'UpdateSettings', patch: { pollMinutes: 1 } }, page)).toMatchObject({
      ok: true,
      data: { pollMinutes: 5 },
    });
    expect(await route({ type: 'ExportData', kind: 'exe' }, page)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('toggles a bias group, lists it, and reports storage', async () => {
    const { route } = await setup();
    expect(await route({ type: 'SetOutletEnabled', bias: 'right', enabled: false }, page)).toMatchObject({
      ok: true,
      data: { changed: 1 },
    });
    expect(await route({ type: 'ListSources', enabled: false }, page)).toMatchObject({
      ok: true,
      data: { total: 1, rows: [{ outlet: { id: 'fox' } }] },
    });
    const usage = await route({ type: 'GetStorageUsage' }, page);
    expect(usage).toMatchObject({ ok: true, data: { rows: { outlets: 2, overrides: 1 } } });
  });

  it('refuses to add the current tab when it is not a web page', async () => {
    const { route } = await setup();
    expect(await route({ type: 'AddCurrentSite', tabId: 1 }, page)).toMatchObject({
      ok: true,
      data: { ok: false, error: 'invalid-url' },
    });
  });
});
