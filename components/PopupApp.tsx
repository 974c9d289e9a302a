import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../utils/messages/client';
import type { TabView } from '../utils/messages/protocol';
import { OutletCard } from './OutletCard';

type State = { status: 'loading' } | { status: 'ready'; view: TabView } | { status: 'error'; message: string };

export function PopupApp({ tabId }: { tabId: Promise<number | null> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    tabId
      .then((id) => {
        if (id === null) throw new Error('No tab to describe.');
        return sendMessage({ type: 'GetTabView', tabId: id });
      })
      .then((view) => setState({ status: 'ready', view }))
      .catch((error: unknown) => setState({ status: 'error', message: String((error as Error).message ?? error) }));
  }, [tabId]);

  return (
    <div class="popup" data-state={state.status}>
      <header class="popup-header">
        <h1>Parallax</h1>
      </header>
      {state.status === 'loading' && <p role="status">Reading this page…</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && <OutletCard answer={state.view.outlet} />}
    </div>
  );
}
