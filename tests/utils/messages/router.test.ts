// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createRouter, senderKind, type Handlers, type SenderInfo } from '../../../utils/messages/router';

const ORIGIN = 'chrome-extension://parallaxid/';
const page: SenderInfo = { id: 'parallaxid', url: `${ORIGIN}popup.html` };
const content: SenderInfo = {
  id: 'parallaxid',
  url: 'https://www.reuters.com/world/x',
  tab: { id: 7, url: 'https://www.reuters.com/world/x' },
};
const foreign: SenderInfo = { id: 'someone-else', url: 'chrome-extension://someone-else/bg.html' };

const article = {
  url: 'https://www.reuters.com/world/x',
  canonicalUrl: 'https://www.reuters.com/world/x',
  headline: 'A headline',
  description: null,
  outletName: 'Reuters',
  authors: [],
  publishedAt: null,
  modifiedAt: null,
  section: null,
  lang: 'en',
  keywords: [],
  image: null,
  isOpinion: false,
  isPaywalled: false,
};
const detection = { isArticle: true, kind: 'news', confidence: 0.9, reasons: ['json-ld NewsArticle'] };

function setup(
  overrides: Partial<Record<'GetOutlet' | 'GetTabView' | 'ArticleSeen', (...a: never[]) => unknown>> = {},
) {
  const calls: { type: string; request: unknown; sender: SenderInfo }[] = [];
  const record = (type: string, reply: unknown) =>
    vi.fn((request: unknown, sender: SenderInfo) => (calls.push({ type, request, sender }), reply));
  // Only the message types exercised here; the router must never reach any other handler.
  const handlers = {
    GetOutlet: overrides.GetOutlet ?? record('GetOutlet', { url: 'u', domain: 'reuters.com', outlet: null }),
    GetTabView: overrides.GetTabView ?? record('GetTabView', { tabId: 3, url: null, outlet: null }),
    ArticleSeen: overrides.ArticleSeen ?? record('ArticleSeen', { accepted: true }),
  } as unknown as Handlers;
  return { route: createRouter(handlers, ORIGIN), calls };
}

describe('createRouter', () => {
  it('dispatches a valid message to its handler and wraps the reply', async () => {
    const { route, calls } = setup();
    const reply = await route({ type: 'GetOutlet', url: 'https://www.reuters.com/world/x' }, content);
    expect(reply).toEqual({ ok: true, data: { url: 'u', domain: 'reuters.com', outlet: null } });
    expect(calls).toEqual([
      { type: 'GetOutlet', request: { type: 'GetOutlet', url: 'https://www.reuters.com/world/x' }, sender: content },
    ]);
    expect(await route({ type: 'ArticleSeen', article, detection }, content)).toEqual({
      ok: true,
      data: { accepted: true },
    });
    expect(await route({ type: 'GetTabView', tabId: 3 }, page)).toMatchObject({ ok: true, data: { tabId: 3 } });
  });

  it.each([
    [{ type: 'GetOutlet' }, 'url'],
    [{ type: 'GetOutlet', url: 'javascript:alert(1)' }, 'url'],
    [{ type: 'GetOutlet', url: 42 }, 'url'],
    [{ type: 'GetTabView', tabId: -1 }, 'tabId'],
    [{ type: 'GetTabView', tabId: 1.5 }, 'tabId'],
    [{ type: 'ArticleSeen', article: { ...article, headline: 7 }, detection }, 'article.headline'],
    [{ type: 'ArticleSeen', article, detection: { ...detection, confidence: 2 } }, 'detection.confidence'],
  ])('answers a malformed %j with invalid-message naming %s, without calling a handler', async (message, path) => {
    const { route, calls } = setup();
    const sender = message.type === 'GetTabView' ? page : content;
    const reply = await route(message, sender);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-message');
    expect(reply.error.message).toContain(`at ${path}`);
    expect(calls).toEqual([]);
  });

  it.each([
    { type: 'DeleteEverything' },
    { type: 'toString' },
    { type: '__proto__' },
    { kind: 'GetOutlet' },
    { type: 7 },
  ])('answers %j with unknown-type', async (message) => {
    const { route, calls } = setup();
    expect(await route(message, page)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(calls).toEqual([]);
  });

  it('refuses a page-only message from a content script, and everything from another extension', async () => {
    const { route, calls } = setup();
    expect(await route({ type: 'GetTabView', tabId: 3 }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ type: 'ArticleSeen', article, detection }, page)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ type: 'GetOutlet', url: 'https://www.reuters.com/' }, foreign)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('turns a handler that throws or rejects into an internal error', async () => {
    const { route } = setup({
      GetOutlet: () => {
        throw new Error('database closed');
      },
      GetTabView: async () => Promise.reject('no tab'),
    });
    expect(await route({ type: 'GetOutlet', url: 'https://www.reuters.com/' }, content)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'database closed' },
    });
    expect(await route({ type: 'GetTabView', tabId: 1 }, page)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'no tab' },
    });
  });

  it('never throws, whatever arrives', async () => {
    const { route } = setup();
    const cyclic: Record<string, unknown> = { type: 'GetOutlet' };
    cyclic.url = cyclic;
    const inputs: unknown[] = [
      undefined,
      null,
      0,
      NaN,
      '',
      'GetOutlet',
      [],
      [{ type: 'GetOutlet' }],
      () => 1,
      Symbol('x'),
      cyclic,
      Object.create(null),
      new Proxy({}, { get: () => 'GetOutlet' }),
    ];
    for (const input of inputs) {
      const reply = await route(input, content);
      expect(reply.ok).toBe(false);
    }
  });
});

describe('senderKind', () => {
  it.each([
    [page, 'page'],
    [content, 'content'],
    [foreign, 'foreign'],
    [{ url: 'https://evil.example/chrome-extension://parallaxid/' }, 'foreign'],
    [{ url: 'chrome-extension://parallaxid.evil/popup.html' }, 'foreign'],
    [{}, 'foreign'],
  ] as const)('%j is a %s', (sender, kind) => {
    expect(senderKind(sender, ORIGIN)).toBe(kind);
  });
});
