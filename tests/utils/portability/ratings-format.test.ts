import { describe, expect, it } from 'vitest';
import {
  parseRatingsCsv,
  parseRatingsJson,
  ratingsToCsv,
  ratingsToJson,
  type RatingRecord,
} from '../../../utils/portability/ratings-format';

const records: RatingRecord[] = [
  { id: 'reuters', name: 'Reuters', domain: 'reuters.com', bias: 'center', quality: 0.91 },
  { id: 'custom-x.org', name: '=cmd|" /C calc"!A0, "Inc"', domain: 'x.org', bias: 'unrated', quality: null },
];

describe('ratings CSV and JSON', () => {
  it('round-trips through CSV, including formula-looking names', () => {
    const csv = ratingsToCsv(records);
    expect(csv).toContain(`"'=cmd|`);
    const back = parseRatingsCsv(csv);
    expect(back).toEqual({ ok: true, value: records });
  });

  it('round-trips through JSON', () => {
    expect(parseRatingsJson(ratingsToJson(records, '2026-01-01T00:00:00Z'))).toEqual({ ok: true, value: records });
  });

  it('rejects a CSV with another header, naming it', () => {
    const r = parseRatingsCsv('url,title\r\nhttps://a.com,A\r\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/header is “url,title”.*id,name,domain,bias,quality/);
  });

  it('rejects an unknown bias with its line number', () => {
    const r = parseRatingsCsv('id,name,domain,bias,quality\r\nx,X,x.com,center,0.5\r\ny,Y,y.com,far-left,\r\n');
    expect(!r.ok && r.message).toMatch(/^Line 3: bias “far-left”/);
  });

  it('rejects a quality outside 0..1', () => {
    const r = parseRatingsCsv('id,name,domain,bias,quality\r\nx,X,x.com,center,7\r\n');
    expect(!r.ok && r.message).toMatch(/quality “7”/);
  });

  it('rejects JSON of another app, a newer version and broken JSON', () => {
    const foreign = parseRatingsJson(JSON.stringify({ version: 1, items: [] }));
    expect(!foreign.ok && foreign.message).toMatch(/not a Parallax ratings file/);
    const newer = parseRatingsJson(JSON.stringify({ format: 'parallax-ratings', version: 9, ratings: [] }));
    expect(!newer.ok && newer.message).toMatch(/version 9/);
    const cut = parseRatingsJson(ratingsToJson(records, 'now').slice(0, 60));
    expect(!cut.ok && cut.message).toMatch(/not valid JSON/);
  });

  it('rejects oversized and empty input', () => {
    expect(parseRatingsCsv('x'.repeat(10_000_001)).ok).toBe(false);
    const empty = parseRatingsJson('  ');
    expect(!empty.ok && empty.message).toMatch(/empty/);
  });
});
