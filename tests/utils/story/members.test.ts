import { describe, expect, it } from 'vitest';
import { withMember } from '../../../utils/story/members';
import type { ArticleRecord } from '../../../utils/story/store/story-index';

const member = (id: string, publishedAt: number): ArticleRecord => ({
  id,
  url: `https://${id}.test/`,
  title: id,
  description: null,
  outletId: id,
  domain: `${id}.test`,
  publishedAt,
  storyId: 's',
  match: { score: 1, sharedTerms: [], method: 'seed', provider: 'local' },
  bands: [],
});
const ids = (list: readonly ArticleRecord[]) => list.map((m) => m.id);

describe('a story member added to the members already read', () => {
  const read = [member('a', 1), member('b', 2), member('c', 3)]; // oldest first, as newestMembers returns them

  it('is placed by date, ties by id, within the same bound as the read', () => {
    expect(ids(withMember(read, member('page', 2)))).toEqual(['a', 'b', 'page', 'c']);
    expect(ids(withMember(read, member('page', 9), 3))).toEqual(['b', 'c', 'page']);
    expect(ids(withMember(read, member('aa', 1), 4))).toEqual(['a', 'aa', 'b', 'c']);
  });

  it('is left out when the bound is full of newer members, and never listed twice', () => {
    expect(ids(withMember(read, member('old', 0), 3))).toEqual(['a', 'b', 'c']);
    expect(ids(withMember(read, member('b', 2)))).toEqual(['a', 'b', 'c']);
  });
});
