import type { ProviderId } from '../../story/story';

/**
 * What each provider sends off the reader's machine, in plain words. One text, shown on the
 * first-run page, in the options and by the providers themselves (`CoverageProvider.sends`).
 */
export interface Disclosure {
  id: ProviderId;
  name: string;
  /** Who receives the search, with their address. */
  recipient: string | null;
  sends: string;
  never: string;
}

const NEVER = 'Never the address of the page you are reading, your cookies, your accounts or your browsing history.';

export const DISCLOSURES: Record<ProviderId, Disclosure> = {
  local: {
    id: 'local',
    name: 'Your sources',
    recipient: null,
    sends: 'Nothing. It looks through the articles your enabled sources published, stored on this device.',
    never: 'Nothing leaves your machine.',
  },
  gdelt: {
    id: 'gdelt',
    name: 'GDELT',
    recipient: 'The GDELT Project (api.gdeltproject.org)',
    sends: 'A few words from the headline (names and key terms) and the dates around the article.',
    never: NEVER,
  },
  'google-news': {
    id: 'google-news',
    name: 'Google News',
    recipient: 'Google (news.google.com), without your Google cookies',
    sends: 'A few words from the headline (names and key terms) and how recent the story is.',
    never: NEVER,
  },
};

export const disclosureText = (d: Disclosure) => `${d.sends} ${d.never}`;
