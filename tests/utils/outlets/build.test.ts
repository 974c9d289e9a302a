// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildOutlets, serializeDataset, type OutletSources } from '../../../scripts/outlets/build';
import { siteKey } from '../../../scripts/outlets/site-key';

const ALLSIDES_2023 = `news_source,rating,url,allsides_url
Karol Markowicz,right,https://www.foxnews.com/person/m/karol-markowicz,x
Fox News (Online News),right,http://www.foxnews.com/,x
Fox News (Opinion),right,http://www.foxnews.com/opinion.html,x
Howard Kurtz,center,http://www.foxnews.com/person/k/howard-kurtz.html,x
Daily Gazette,lean-left,https://dailygazette.example.com/,x
Daily Gazette Fact Check,center,https://dailygazette.example.com,x
Heritage Foundation,right,https://www.heritage.org/,x
Old Times,not-rated,https://oldtimes.example.com/,x
Nobody Rates Me,not-rated,https://unrated.example.com/,x
"""Quoted"" Contributor",lean-left,https://quoted.example.com/us/team,x
`;
const ALLSIDES_2019 = `news_source,rating,rating_num,type
Heritage Foundation,right,5,Think Tank / Policy Group
Old Times,right-center,4,News Media
`;
const QUALITY = `domain,pc1\nfoxnews.com,0.5341\ndailygazette.example.com,0.9\n`;
const LOCAL = `name,state,website,domain,twitter,youtube,facebook,owner,medium,source,collection_date
Gazette Local,OH,http://dailygazette.example.com/,dailygazette.example.com,,,,Gazette Group,Newspapers,usnpl,x
Small Town Post,IA,http://www.smalltown.example.com/,smalltown.example.com,,,,,Newspapers,usnpl,x
Small Town Post Duplicate,IA,http://smalltown.example.com/,smalltown.example.com,,,,,Newspapers,usnpl,x
No Site,TX,,,,,,,Newspapers,usnpl,x
`;
const curated = (outlets: unknown[]) => ({ ignoreAllSides: {}, outlets });
const sources = (over: Partial<OutletSources> = {}): OutletSources => ({
  allsides2023: ALLSIDES_2023,
  allsides2019: ALLSIDES_2019,
  quality: QUALITY,
  local: LOCAL,
  curated: curated([
    { id: 'fox-news', name: 'Fox News', allsides: 'Fox News (Online News)', domains: ['foxnews.com'], feeds: [] },
  ]),
  ...over,
});

describe('buildOutlets', () => {
  const { outlets, report } = buildOutlets(sources());
  const byKey = (key: string) => outlets.find((o) => o.domains.includes(key));

  it('gives an outlet the rating AllSides gives its site, never an author page under it', () => {
    expect(byKey('foxnews.com')).toMatchObject({ id: 'fox-news', name: 'Fox News', bias: 'right', quality: 0.534 });
    expect(outlets.find((o) => /Markowicz|Kurtz/.test(o.name))).toBeUndefined();
    expect(report.skipped['allsides: author']).toBe(3); // Markowicz, Kurtz, the /us/team page
  });

  it('keeps a rated section of a site as a path-scoped outlet', () => {
    expect(byKey('foxnews.com/opinion')).toMatchObject({ name: 'Fox News (Opinion)', bias: 'right' });
  });

  it('lets the publication win a site over its fact-check section, and counts the conflict', () => {
    expect(byKey('dailygazette.example.com')).toMatchObject({ name: 'Daily Gazette', bias: 'lean-left' });
    expect(report.conflicts['allsides site rated twice']).toBe(1);
  });

  it('leaves out think tanks and unrated entries, and falls back to the 2019 rating', () => {
    expect(byKey('heritage.org')).toBeUndefined();
    expect(byKey('unrated.example.com')).toBeUndefined();
    expect(byKey('oldtimes.example.com')).toMatchObject({ bias: 'lean-right', biasSource: 'allsides-2019' });
  });

  it('adds local outlets as known but unrated, once per domain, and locates a rated one', () => {
    expect(byKey('smalltown.example.com')).toMatchObject({
      name: 'Small Town Post',
      bias: 'unrated',
      biasSource: null,
      region: 'IA',
      country: 'US',
      medium: 'Newspapers',
    });
    expect(outlets.filter((o) => o.name.startsWith('Small Town Post'))).toHaveLength(1);
    expect(byKey('dailygazette.example.com')).toMatchObject({ region: 'OH', owner: 'Gazette Group' });
    expect(report.skipped['local: no usable domain']).toBe(1);
  });

  it('lets a curated outlet take a site from AllSides and keep its own identity', () => {
    const built = buildOutlets(
      sources({
        curated: curated([
          {
            id: 'gazette',
            name: 'The Gazette',
            allsides: 'Daily Gazette',
            domains: ['dailygazette.example.com', 'gazette.example.co.uk'],
            feeds: ['https://dailygazette.example.com/feed'],
            owner: 'Curated Owner',
          },
        ]),
      }),
    );
    const gazette = built.outlets.find((o) => o.id === 'gazette');
    expect(gazette).toMatchObject({
      name: 'The Gazette',
      bias: 'lean-left',
      owner: 'Curated Owner',
      region: undefined,
    });
    expect(built.outlets.filter((o) => o.domains.includes('dailygazette.example.com'))).toHaveLength(1);
  });

  it('rejects a curated file that lists one domain twice or names an unknown AllSides entry', () => {
    const twice = curated([
      { id: 'a', name: 'A', domains: ['a.example.com'], feeds: [] },
      { id: 'b', name: 'B', domains: ['a.example.com'], feeds: [] },
    ]);
    expect(() => buildOutlets(sources({ curated: twice }))).toThrow(/a\.example\.com is listed by a and b/);
    const unknown = curated([{ id: 'a', name: 'A', allsides: 'Nope', domains: ['a.example.com'], feeds: [] }]);
    expect(() => buildOutlets(sources({ curated: unknown }))).toThrow(/unknown AllSides entry "Nope"/);
    expect(() =>
      buildOutlets(sources({ curated: curated([{ id: 'Bad Id', name: 'A', domains: ['a.example.com'], feeds: [] }]) })),
    ).toThrow(/outlets\.0\.id/);
  });

  it('serializes the same input to the same bytes, leaving out empty fields', () => {
    const again = buildOutlets(sources());
    const a = serializeDataset(outlets);
    expect(serializeDataset(again.outlets)).toEqual(a);
    expect(a.json).not.toMatch(/null|"feeds":\[\]|"unrated"/);
  });
});

describe('siteKey: what a rating URL names', () => {
  it.each([
    ['http://www.reuters.com/', 'site', 'reuters.com'],
    ['https://www.france24.com/en/', 'site', 'france24.com'],
    ['https://www.cnn.com/opinions', 'site', 'cnn.com/opinions'],
    ['http://www.foxnews.com/opinion.html', 'site', 'foxnews.com/opinion'],
    ['http://latino.foxnews.com/index.html', 'site', 'latino.foxnews.com'],
    ['https://www.desertsun.com/news', 'site', 'desertsun.com'],
    ['http://wsj.com/', 'site', 'wsj.com'],
    ['https://www.foxnews.com/person/m/karol-markowicz', 'author', null],
    ['https://www.nationalreview.com/author/philip-klein/', 'author', null],
    ['https://www.nytimes.com/by/farhad-manjoo', 'author', null],
    ['https://www.nytimes.com/column/paul-krugman', 'author', null],
    ['https://www.forbes.com/sites/steveforbes/', 'author', null],
    ['https://medium.com/@someone', 'platform', null],
    ['https://twitter.com/KatieHill4CA', 'platform', null],
    ['https://www.cnn.com/specials/politics/fact-check-politics', 'deep', null],
    ['not a url at all', 'invalid', null],
  ])('%s → %s %s', (url, kind, key) => {
    expect(siteKey(url)).toMatchObject({ kind, key });
  });
});
