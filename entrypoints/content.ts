import { defineContentScript } from 'wxt/utils/define-content-script';

// Article detection arrives with issue 3; the foundation only declares where it runs.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {},
});
