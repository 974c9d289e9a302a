// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gdeltQueryUrl, parseGdeltReply, parseSeenDate } from '../../../../utils/coverage/providers/gdelt';
import {
  googleNewsQueryUrl,
  parseGoogleNewsReply,
  stripOutletSuffix,
} from '../../../../utils/coverage/providers/google-news';
import { ProviderError } from '../../../../utils/coverage/providers/provider-error';
import { searchWindow } from '../../../../utils/coverage/providers/search-window';
import { fixture, highlandPark, qualifiedImmunity } from './provider-fixtures';

describe('GDELT replies', () => {
  it('reads every article with its outlet domain and seendate', () => {
    const candidates = parseGdeltReply(fixture('gdelt-highland-park.json'), 'application/json; charset=utf-8');
    expect(candidates).toHaveLength(6);
    expect(candidates[0]).toMatchObject({
      domain: 'foxnews.com',
      title: 'Highland Park Fourth of July shooting suspect Robert Crimo indicted on 117 counts',
      publishedAt: Date.UTC(2022, 6, 28, 1, 15, 0),
      provider: 'gdelt',
    });
    // GDELT's " , " spacing is undone.
    expect(candidates[1]!.title).toBe(
      'Grand jury indicts Highland Park parade shooting on 117 charges for killing 7, injuring over 45',
    );
  });

  it.each([
    ['an HTML error page', fixture('gdelt-error.html'), 'text/html; charset=utf-8'],
    ['an empty object', fixture('gdelt-empty.json'), 'application/json'],
    ['an empty body', '', 'text/html'],
  ])('treats %s as no results', (_, body, type) => {
    expect(parseGdeltReply(body, type)).toEqual([]);
  });

  it('reports a cut-off JSON reply as an error', () => {
    expect(() => parseGdeltReply(fixture('gdelt-malformed.json'), 'application/json')).toThrow(ProviderError);
  });

  it('parses seendate with and without separators, and refuses nonsense', () => {
    expect(parseSeenDate('20230918T031500Z')).toBe(Date.UTC(2023, 8, 18, 3, 15, 0));
    expect(parseSeenDate('20230918031500')).toBe(Date.UTC(2023, 8, 18, 3, 15, 0));
    expect(parseSeenDate('yesterday')).toBeNull();
    expect(parseSeenDate(42)).toBeNull();
  });
});

describe('Google News replies', () => {
  it('takes the outlet from <source url> and strips the " - Outlet" suffix', () => {
    const candidates = parseGoogleNewsReply(fixture('google-highland-park.xml'));
    expect(candidates).toHaveLength(7);
    const scanner = candidates.find((c) => c.domain === 'lakemchenryscanner.com');
    expect(scanner).toMatchObject({
      title: 'Grand jury indicts Highland Park parade shooting on 117 charges for killing 7, injuring over 45',
      outletName: 'Lake and McHenry County Scanner',
      publishedAt: Date.parse('Thu, 28 Jul 2022 02:07:00 GMT'),
      provider: 'google-news',
    });
    expect(scanner!.url).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\//);
    expect(candidates.filter((c) => c.title.endsWith(` - ${c.outletName}`))).toEqual([]);
  });

  it('keeps a dash that is part of the headline', () => {
    expect(stripOutletSuffix('Fed - the next move - Reuters', 'Reuters')).toBe('Fed - the next move');
    expect(stripOutletSuffix('Fed - the next move', 'Reuters')).toBe('Fed - the next move');
  });

  it.each([
    ['a cut-off feed', fixture('google-malformed.xml')],
    ["Google's unusual-traffic page", fixture('google-sorry.html')],
  ])('reports %s as an error', (_, body) => {
    expect(() => parseGoogleNewsReply(body)).toThrow(ProviderError);
  });
});

describe('queries', () => {
  const now = Date.parse('2022-07-29T00:00:00Z');

  it('GDELT: names and key terms within the window, in the documented format, never the page URL', () => {
    const url = new URL(gdeltQueryUrl(highlandPark, searchWindow(highlandPark, now), 'http://127.0.0.1:1/doc')!);
    const query = url.searchParams.get('query')!;
    expect(query).toContain('"Highland Park"');
    expect(query).not.toContain(highlandPark.headline!);
    expect(query.split(' ').length).toBeLessThanOrEqual(6);
    expect(url.searchParams.get('mode')).toBe('artlist');
    expect(url.searchParams.get('format')).toBe('json');
    expect(url.searchParams.get('maxrecords')).toBe('75');
    expect(url.searchParams.get('sort')).toBe('HybridRel');
    expect(url.searchParams.get('startdatetime')).toBe('20220726020700');
    expect(url.searchParams.get('enddatetime')).toBe('20220729000000');
    expect(url.toString()).not.toMatch(/cnn|suspected-shooter|2022\/07\/27/);
  });

  it('Google News: when:7d for a recent story, after:/before: for an older one', () => {
    const recent = new URL(googleNewsQueryUrl(highlandPark, searchWindow(highlandPark, now), now)!);
    expect(recent.origin + recent.pathname).toBe('https://news.google.com/rss/search');
    expect(recent.searchParams.get('q')).toMatch(/"Highland Park" .*when:7d$/);
    expect(recent.searchParams.get('ceid')).toBe('US:en');
    const later = Date.parse('2023-01-01T00:00:00Z');
    const old = new URL(googleNewsQueryUrl(qualifiedImmunity, searchWindow(qualifiedImmunity, later), later)!);
    expect(old.searchParams.get('q')).toMatch(/after:2021-10-16 before:2021-10-2\d$/);
    expect(old.searchParams.get('q')).toContain('"Supreme Court"');
  });

  it('does not search for a page without a usable headline', () => {
    const blank = { ...highlandPark, headline: 'News', description: null };
    expect(gdeltQueryUrl(blank, searchWindow(blank, now))).toBeNull();
  });
});
