// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../utils/story/eval/dataset';
import { fixtureDataset } from './fixtures';

const line = (id: string, story: string, url: string) =>
  JSON.stringify({ id, title: `headline ${id}`, url, story_id: story });

describe('loadDataset', () => {
  it('keeps each URL once and makes the story ids that share an article one story', () => {
    const items = loadDataset(
      [
        line('r1', 'rss-7', 'https://a.test/1'),
        line('r2', 'rss-7', 'https://b.test/2'),
        line('x1', 'rss-8', 'https://c.test/3'),
        line('a1', 'atom-7', 'https://a.test/1'), // the Atom copy of r1: dropped, its label joins rss-7
        line('a2', 'atom-7', 'https://d.test/4'), // only in the Atom copy: a member of rss-7
        line('b1', 'atom-9', 'https://e.test/5'), // shares nothing: stays its own story
      ].join('\n'),
    );
    expect(items.map((i) => [i.id, i.storyId])).toEqual([
      ['r1', 'rss-7'],
      ['r2', 'rss-7'],
      ['x1', 'rss-8'],
      ['a2', 'rss-7'],
      ['b1', 'atom-9'],
    ]);
  });

  it('Google News: an Atom-only headline belongs to the RSS story it was listed with', () => {
    const items = fixtureDataset('googlenews_rss_story_clusters');
    const wral = items.find((i) => i.url?.includes('wral.com/fed-unleashes-another-big-rate-hike'));
    const ap = items.find((i) => i.url?.startsWith('https://apnews.com/') && i.title.startsWith('Fed unleashes'));
    expect(wral?.storyId).toBe(ap?.storyId);
    expect(items.every((i) => i.storyId?.startsWith('rss-') || i.storyId?.startsWith('atom-'))).toBe(true);
    // Atom stories with no article in the RSS file stay stories of their own (the CHIPS Act vote).
    expect(items.some((i) => i.storyId?.startsWith('atom-'))).toBe(true);
  });
});
