import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { setMessageSource } from '../../utils/i18n';
import { syncPillRegistration, type PillScripting } from '../../utils/coverage/pill-registration';
import '../../components/theme.css';
import './style.css';

// The benchmark (scripts/bench-popup.ts) measures from here to 'parallax:coverage-rendered'.
performance.mark('parallax:popup-start');
setMessageSource((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));

/** Tests and the demo open popup.html?tab=ID as a page; the real popup describes the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// `scripting` is absent without the manifest's "scripting" permission; the pill then stays off-page.
const onPillChanged = (enabled: boolean, tabId: number) =>
  syncPillRegistration(browser.scripting as unknown as PillScripting | undefined, enabled, tabId);

render(<PopupApp tabId={targetTabId()} onPillChanged={onPillChanged} />, document.getElementById('app')!);
