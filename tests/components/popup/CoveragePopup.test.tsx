import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { CoveragePopup, type CoveragePopupProps } from '../../../components/popup/CoveragePopup';
import { messagesFromJson, setMessageSource } from '../../../utils/i18n';
import { NOW, blindspotView, roundupView, tabOf } from '../../fixtures/coverage/views';

const cnbc = { url: 'https://www.cnbc.com/x', domain: 'cnbc.com', outlet: null };

function show(over: Partial<CoveragePopupProps>) {
  const props: CoveragePopupProps = {
    outlet: cnbc,
    tab: tabOf({}),
    now: NOW,
    onNotSameStory: vi.fn(),
    onRetry: vi.fn(),
    onPill: vi.fn(),
    onAddSource: null,
    addSourceNote: null,
    ...over,
  };
  const { container } = render(<CoveragePopup {...props} />);
  return { root: container.querySelector('.popup')!, props };
}

describe('CoveragePopup', () => {
  beforeAll(() => setMessageSource(messagesFromJson(messages)));
  afterEach(cleanup);

  it('shows the count, the spread in words, and the articles grouped by leaning', () => {
    const { root } = show({ tab: tabOf({ coverage: roundupView() }) });
    expect(root.getAttribute('data-state')).toBe('coverage');
    expect(screen.getByTestId('covered-by').textContent).toBe('Covered by 3 outlets');
    const legend = screen.getByRole('list', { name: 'Bias of the outlets covering this story' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Left: 1 (34%)', 'Center: 1 (33%)', 'Right: 1 (33%)', 'Not rated: 0 (0%)']);
    const groups = screen.getAllByTestId('article-group');
    expect(groups.map((g) => g.getAttribute('data-leaning'))).toEqual(['left', 'right']);
    expect(groups[0]!.textContent).toContain(
      'Supreme Court sides with police officers in two qualified immunity cases',
    );
    expect(screen.getByTestId('first-reported').textContent).toContain('CNBC');
    expect(screen.getByTestId('timeline').getAttribute('data-unit')).toBe('hour');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Articles per hour, oldest first: 1, 0, 1, 0, 1');
  });

  it('opens only http(s) links, in a new tab without opener', () => {
    const view = roundupView();
    view.articles[0]!.url = 'javascript:alert(document.cookie)';
    show({ tab: tabOf({ coverage: view }) });
    const links = screen.getAllByTestId('article-link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toMatch(/^https:\/\//);
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByTestId('article-unlinked').closest('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('renders headlines as text, never as HTML', () => {
    const view = roundupView();
    view.articles[0]!.title = '<img src=x onerror=alert(1)>Bold claim';
    show({ tab: tabOf({ coverage: view }) });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>Bold claim/)).toBeTruthy();
  });

  it('explains why each article matched', () => {
    show({ tab: tabOf({ coverage: roundupView() }) });
    const why = screen.getAllByTestId('why-matched')[0]!;
    expect(why.textContent).toContain('Similarity: 62%');
    expect(why.textContent).toContain('Shared terms: supreme, court, immunity');
    expect(why.textContent).toContain('Found by: your local index');
  });

  it('asks to remove an article that is not the same story', () => {
    const { props } = show({ tab: tabOf({ coverage: roundupView() }) });
    fireEvent.click(screen.getAllByRole('button', { name: /^Not the same story: remove/ })[0]!);
    expect(props.onNotSameStory).toHaveBeenCalledWith(expect.objectContaining({ domain: 'cnn.com' }));
  });

  it('shows the blindspot banner for the right-heavy fixture', () => {
    show({ tab: tabOf({ coverage: blindspotView() }) });
    expect(screen.getByTestId('blindspot').getAttribute('data-side')).toBe('left');
    expect(screen.getByRole('note').textContent).toBe(
      'Blindspot: only 1 of 7 rated outlets covering this are left-leaning; 5 are right-leaning.',
    );
  });

  it.each([
    ['not-article', tabOf({ state: 'not-article' }), "doesn't look like a news article"],
    ['reading', tabOf({ state: 'reading' }), 'Reading this page'],
    ['looking-up', tabOf({ state: 'looking-up' }), 'Looking for other coverage'],
    ['indexing', tabOf({ state: 'indexing', indexing: { done: 37, total: 120 } }), 'Indexing 37 of 120 sources'],
    [
      'no-coverage',
      tabOf({
        state: 'no-coverage',
        searched: { headline: 'Supreme Court sides with police', terms: ['qualified', 'immunity'] },
      }),
      'Searched for: Supreme Court sides with police',
    ],
  ] as const)('has a distinct %s state that says what is happening', (state, tab, text) => {
    const { root } = show({ tab });
    expect(root.getAttribute('data-state')).toBe(state);
    expect(root.textContent).toContain(text);
    expect(screen.queryByTestId('covered-by')).toBeNull();
  });

  it('offers to look again when nothing was found', () => {
    const { props } = show({ tab: tabOf({ state: 'no-coverage', searched: { headline: 'x', terms: [] } }) });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps local results on screen when a provider failed or the reader is offline, with a retry', () => {
    const providers = [{ provider: 'gdelt' as const, state: 'error' as const, message: 'GDELT answered 503' }];
    const { root, props } = show({ tab: tabOf({ coverage: roundupView(), providers }) });
    expect(root.getAttribute('data-state')).toBe('provider-error');
    expect(screen.getByTestId('covered-by')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('GDELT answered 503');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalled();
    cleanup();
    const offline = show({
      tab: tabOf({
        coverage: roundupView(),
        providers: [{ provider: 'gdelt', state: 'offline', message: 'No network' }],
      }),
    });
    expect(offline.root.getAttribute('data-state')).toBe('offline');
  });

  it('switches the pill and offers to add an unknown site', () => {
    const onAddSource = vi.fn();
    const { props } = show({ tab: tabOf({ state: 'no-coverage' }), onAddSource });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show coverage on article pages' }));
    expect(props.onPill).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add this site as a source' }));
    expect(onAddSource).toHaveBeenCalled();
  });
});
