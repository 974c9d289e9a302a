import { afterEach, describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { messagesFromJson, setMessageSource, t } from '../../utils/i18n';

describe('i18n', () => {
  afterEach(() => setMessageSource(() => ''));

  it('fills $1…$9 from the English bundle', () => {
    setMessageSource(messagesFromJson(messages));
    expect(t('coveredByMany', 7)).toBe('Covered by 7 outlets');
    expect(t('popupIndexing', 37, 120)).toBe('Indexing 37 of 120 sources…');
  });

  it('resolves named placeholders the way Chrome does', () => {
    const get = messagesFromJson({ hi: { message: 'Hi $WHO$, $$5', placeholders: { who: { content: '$1' } } } });
    expect(get('hi', ['Ada'])).toBe('Hi Ada, $5');
    expect(get('missing')).toBe('');
  });

  it('shows the key rather than nothing when a string is missing', () => {
    expect(t('coveredByOne')).toBe('coveredByOne');
  });

  it('has no message with more than nine substitutions (Chrome returns undefined then)', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.match(/\$\d/g)?.length ?? 0, key).toBeLessThanOrEqual(9);
    }
  });
});
