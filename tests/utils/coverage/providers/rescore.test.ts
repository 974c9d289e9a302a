import { describe, expect, it } from 'vitest';
import { rescoreCandidates, type StoryArticle } from '../../../../utils/coverage/providers/rescore';
import type { Candidate } from '../../../../utils/coverage/providers/provider';

// One NeuS story (allsides-5626) as the reader would meet it: the CBS page, the Axios article the
// local index already has in the story, and Fox's headline as a search service returns it.
const AT = Date.parse('2021-10-12T17:15:00Z');
const page = {
  headline: 'Biden administration ends mass immigration arrests at work sites',
  description:
    'The Biden administration on Tuesday announced U.S. immigration authorities will no longer carry out mass arrests of unauthorized immigrants at work sites, saying law enforcement efforts should focus on holding exploitative employers accountable.',
  publishedAt: new Date(AT).toISOString(),
};
const story: StoryArticle[] = [
  {
    title: 'DHS secretary orders ICE to halt mass workplace raids',
    description:
      'Homeland Security Secretary Alejandro Mayorkas on Tuesday issued a memo ordering U.S. Immigration and Customs Enforcement to stop mass worksite raids.',
    publishedAt: AT,
  },
];
const candidate = (title: string, domain: string): Candidate => ({
  url: `https://${domain}/a`,
  title,
  description: null,
  domain,
  outletName: null,
  publishedAt: AT,
  provider: 'gdelt',
});
const fox = candidate(
  'Mayorkas orders ICE to stop worksite raids, in latest limits on immigration enforcement',
  'foxnews.com',
);
// A same-day headline about another story (allsides-5627) that a keyword search for "Biden" returns.
const unrelated = candidate('Biden Approval Ratings in Decline', 'voanews.com');

describe('rescoreCandidates', () => {
  it('keeps a headline that shares few words with the page but many with its local story', () => {
    expect(rescoreCandidates(page, [fox, unrelated], AT).map((c) => c.domain)).toEqual([]);
    const kept = rescoreCandidates(page, [fox, unrelated], AT, { story });
    expect(kept.map((c) => c.domain)).toEqual(['foxnews.com']);
    expect(kept[0]!.match.sharedTerms).toEqual(expect.arrayContaining(['ice']));
  });

  it('never lets the local story stand in for a missing page headline', () => {
    expect(rescoreCandidates({ ...page, headline: '  ' }, [fox], AT, { story })).toEqual([]);
  });
});
