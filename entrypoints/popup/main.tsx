import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { setMessageSource } from '../../utils/i18n';
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

render(<PopupApp tabId={targetTabId()} />, document.getElementById('app')!);
