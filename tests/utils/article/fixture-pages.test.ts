// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, judgePages, type Field } from './fixture-results';

/**
 * Table-driven over the 326 saved pages: one test per field. The pages we knowingly get wrong are
 * listed in accepted-failures.json with the reason, so a page that starts failing (a regression) and a
 * listed page that now passes (an improvement: take it off the list) both fail this test.
 */

const accepted = JSON.parse(readFileSync(new URL('./accepted-failures.json', import.meta.url), 'utf8')) as Record<
  Field,
  Record<string, string>
>;
const outcomes = judgePages('tests/fixtures/pages');

describe('article extraction over the saved pages', () => {
  it('judges a real number of pages for every field', () => {
    for (const field of FIELDS) expect(outcomes.filter((o) => o.field === field).length, field).toBeGreaterThan(100);
  });

  it.each(FIELDS)('%s: no page fails unless listed, and every listed page still fails', (field) => {
    const mine = outcomes.filter((o) => o.field === field);
    const list = accepted[field] ?? {};
    const regressions = mine
      .filter((o) => !o.ok && !(o.id in list))
      .map((o) => `${o.id}: ours ${JSON.stringify(o.ours)}, truth ${JSON.stringify(o.truth)}`);
    const improvements = mine
      .filter((o) => o.ok && o.id in list)
      .map((o) => `${o.id} now passes: remove it from the list`);
    const unknown = Object.keys(list).filter((id) => !mine.some((o) => o.id === id));
    expect(regressions, 'newly failing pages').toEqual([]);
    expect(improvements, 'accepted failures that now pass').toEqual([]);
    expect(unknown, 'listed pages with no ground truth for this field').toEqual([]);
  });
});
