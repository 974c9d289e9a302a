// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// tldts's ES build, as the bundler used it (its CommonJS build, which Node would pick, inlines an older
// tldts-core that disagrees on all-digit hosts like "2": the extension never ran that copy).
import { parse } from 'tldts/dist/es6/index.js';
import { parseDomain } from '../../../utils/outlets/public-suffix';
import { outletKeys, registrableDomain } from '../../../utils/outlets/domain-keys';
import { ICANN, PRIVATE, dataModule, suffixRules } from '../../../scripts/public-suffixes/serialize';
import { readFileSync } from 'node:fs';

/** What Parallax used tldts for: the registrable domain and whether the host is an IP address. */
const reference = (input: string) => {
  const info = parse(input);
  return { domain: info.domain, isIp: info.isIp === true };
};

/** Hosts around a rule: the suffix itself and one or two labels under it, "*" standing for a label. */
function hostsAround(rule: string): string[] {
  const host = rule.replace(/\*/g, 'wild');
  return [host, `a.${host}`, `b.a.${host}`, `www.${host}`, `city.${host}`];
}

describe('parseDomain (compact public suffix list)', () => {
  it('is generated from the installed tldts (run `npm run data:psl` after updating tldts)', () => {
    const committed = readFileSync(new URL('../../../utils/outlets/public-suffix-data.ts', import.meta.url), 'utf8');
    expect(committed).toBe(dataModule());
  });

  it.each([
    ['ICANN', ICANN],
    ['private', PRIVATE],
  ])('agrees with tldts around every %s rule and exception', (_, section) => {
    const { rules, exceptions } = suffixRules(section);
    expect(rules.length).toBeGreaterThan(1000);
    const hosts = [...rules, ...exceptions].flatMap(hostsAround);
    const differing = hosts.filter((host) => {
      const ours = parseDomain(host);
      const theirs = reference(host);
      return ours.domain !== theirs.domain || ours.isIp !== theirs.isIp;
    });
    expect(differing).toEqual([]);
  });

  it.each([
    'https://www.bbc.co.uk/news/uk-12345',
    'news.bbc.co.uk',
    'bbc.co.uk',
    'co.uk',
    'uk',
    'https://edition.cnn.com/2026/11/28/',
    'EXAMPLE.COM',
    'example.com.',
    'foo.blogspot.com',
    'user.github.io',
    'city.kawasaki.jp',
    'a.city.kawasaki.jp',
    'x.y.kawasaki.jp',
    'www.ck',
    'a.b.ck',
    'a.b.c.d.aisai.aichi.jp',
    'bücher.de',
    'xn--bcher-kva.de',
    'localhost',
    'http://localhost:8080/x',
    '127.0.0.1',
    'http://192.168.1.20/feed',
    'http://[::1]:3000/',
    '[2001:db8::1]',
    'example.unknowntld',
    'a..b.com',
    '-bad-.com',
    '',
    'http://',
    'not a url',
    'mailto:someone@example.org',
  ])('agrees with tldts on %j', (input) => {
    expect(parseDomain(input)).toEqual(reference(input));
  });

  it('agrees with tldts on random hosts built from real suffix labels', () => {
    const labels = [
      ...new Set(
        suffixRules(ICANN)
          .rules.flatMap((rule) => rule.split('.'))
          .filter((l) => l !== '*'),
      ),
    ];
    const label = fc.oneof(fc.constantFrom(...labels), fc.constantFrom('a', 'www', 'city', 'x-y', ''));
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 6 }), (parts) => {
        const host = parts.join('.');
        expect(parseDomain(host)).toEqual(reference(host));
      }),
      { numRuns: 20_000, seed: 20261128 },
    );
  });

  it('keeps outlet keys and registrable domains as before', () => {
    expect(outletKeys('https://www.bbc.co.uk/news/world')).toEqual([
      'bbc.co.uk/news/world',
      'bbc.co.uk/news',
      'bbc.co.uk',
    ]);
    expect(outletKeys('https://news.bbc.co.uk/')).toEqual(['news.bbc.co.uk', 'bbc.co.uk']);
    expect(outletKeys('http://127.0.0.1/x')).toBeNull();
    expect(registrableDomain('feeds.washingtonpost.com')).toBe('washingtonpost.com');
    expect(registrableDomain('203.0.113.9')).toBeNull();
  });
});
