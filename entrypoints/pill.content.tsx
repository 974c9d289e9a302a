import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Pill } from '../components/pill/Pill';
import { PILL_CSS } from '../components/pill/pill-css';
import { setMessageSource } from '../utils/i18n';
import { sendMessage } from '../utils/messages/client';

/** Coverage arrives a little after the page loads (feeds, clustering): ask a few times, then stop. */
const RETRY_DELAYS_MS = [0, 1000, 2000, 4000, 8000];

// Not in the manifest: registered by the popup (utils/coverage/pill-registration.ts) only while
// the reader has the pill switched on, so this code never loads otherwise.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  async main(ctx) {
    // Injected again into a page that already has it (the popup injects into the current tab).
    if (document.querySelector('parallax-pill')) return;
    setMessageSource((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), delay));
      if (ctx.isInvalid) return;
      const view = await sendMessage({ type: 'GetPillView' }).catch(() => null);
      if (!view?.show || !view.coverage) continue;
      const { coverage, site } = view;
      const ui = await createShadowRootUi(ctx, {
        name: 'parallax-pill',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        // PILL_CSS resets the host itself (all: initial) and makes it position: fixed, so the page's
        // layout never shifts; WXT's own reset would otherwise override the fixed position.
        inheritStyles: true,
        css: PILL_CSS,
        onMount(container) {
          const dismiss = () => {
            if (site) void sendMessage({ type: 'DismissPill', site }).catch(() => {});
            ui.remove();
          };
          render(<Pill coverage={coverage} onDismiss={dismiss} />, container);
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      ui.mount();
      return;
    }
  },
});
