import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { TabCoverage } from '../utils/coverage/coverage-protocol';
import type { CoverageArticle } from '../utils/coverage/coverage-view';
import { t } from '../utils/i18n';
import { sendMessage } from '../utils/messages/client';
import type { TabView } from '../utils/messages/protocol';
import { CoveragePopup } from './popup/CoveragePopup';

type Loaded = { view: TabView; tab: TabCoverage };
type State = { status: 'loading' } | { status: 'ready'; data: Loaded } | { status: 'error'; message: string };

/** States in which the background is still working: the popup asks again shortly. */
const TRANSIENT = new Set(['reading', 'indexing', 'looking-up']);
const POLL_MS = 1000;

async function load(tabId: number): Promise<Loaded> {
  const [view, tab] = await Promise.all([
    sendMessage({ type: 'GetTabView', tabId }),
    sendMessage({ type: 'GetCoverage', tabId }),
  ]);
  return { view, tab };
}

/** Talks to the background for one tab; CoveragePopup draws whatever it answered. */
interface Props {
  tabId: Promise<number | null>;
  /** Registers or removes the in-page pill's script (needs the browser's scripting API). */
  onPillChanged?(enabled: boolean, tabId: number): Promise<unknown>;
}

export function PopupApp({ tabId, onPillChanged }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [id, setId] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const fail = (error: unknown) => setState({ status: 'error', message: String((error as Error).message ?? error) });

  // Asked during the first render, not in an effect: effects wait for a frame, and the popup
  // should be talking to the background from its first millisecond (see BENCHMARKS.md, Popup).
  const [first] = useState(() =>
    tabId.then(async (tab) => {
      if (tab === null) throw new Error('No tab to describe.');
      return { tab, data: await load(tab) };
    }),
  );
  useEffect(() => {
    first.then(({ tab, data }) => {
      setId(tab);
      setState({ status: 'ready', data });
    }, fail);
  }, [first]);

  const tab = state.status === 'ready' ? state.data.tab : null;
  // Layout effect: runs right after the DOM holds the coverage (useEffect would wait for a frame).
  useLayoutEffect(() => {
    if (tab?.state === 'coverage') performance.mark('parallax:coverage-rendered');
  }, [tab]);
  useEffect(() => {
    if (!tab || id === null || !TRANSIENT.has(tab.state)) return;
    const timer = setTimeout(() => load(id).then((data) => setState({ status: 'ready', data }), fail), POLL_MS);
    return () => clearTimeout(timer);
  }, [tab, id]);

  if (state.status !== 'ready' || id === null) {
    return (
      <div class="popup" data-state={state.status}>
        <header class="popup-header">
          <h1>Parallax</h1>
        </header>
        {state.status === 'loading' && <p role="status">{t('popupReading')}</p>}
        {state.status === 'error' && <p role="alert">{t('popupLoadError', state.message)}</p>}
      </div>
    );
  }

  const { view } = state.data;
  const update = (next: Partial<TabCoverage>) =>
    setState((s) =>
      s.status === 'ready' ? { status: 'ready', data: { ...s.data, tab: { ...s.data.tab, ...next } } } : s,
    );

  const onNotSameStory = (article: CoverageArticle) => {
    // Optimistic: the article disappears at once; the background's answer brings the new counts.
    const current = state.data.tab.coverage;
    if (current) update({ coverage: { ...current, articles: current.articles.filter((a) => a.id !== article.id) } });
    sendMessage({ type: 'NotSameStory', storyId: article.storyId, articleId: article.id })
      .then(() => sendMessage({ type: 'GetCoverage', tabId: id }))
      .then((fresh) => update(fresh), fail);
  };
  const unknownSite = view.outlet?.domain && !view.outlet.outlet;
  const onAddSource = unknownSite
    ? () =>
        sendMessage({ type: 'AddCurrentSite', tabId: id }).then(
          (r) => setNote(r.ok ? t('addSourceDone') : r.message),
          (e: unknown) => setNote(String((e as Error).message ?? e)),
        )
    : null;

  return (
    <CoveragePopup
      outlet={view.outlet}
      tab={state.data.tab}
      now={Date.now()}
      onNotSameStory={onNotSameStory}
      onRetry={() => sendMessage({ type: 'RetryLookup', tabId: id }).then((fresh) => update(fresh), fail)}
      onPill={(enabled) =>
        sendMessage({ type: 'SetPill', enabled })
          .then(async (r) => {
            update({ pill: r.pill });
            await onPillChanged?.(r.pill, id);
          })
          .catch(fail)
      }
      onAddSource={onAddSource}
      addSourceNote={note}
    />
  );
}
