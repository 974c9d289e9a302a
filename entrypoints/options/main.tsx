import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { OptionsEnv } from '../../components/options/env';
import { sendMessage } from '../../utils/messages/client';
import { requestHostAccess } from '../../utils/sources/host-access';
import '../../components/theme.css';
import './style.css';

const env: OptionsEnv = {
  send: sendMessage,
  // Firefox and Chrome both have permissions.request; it is missing in some embedders.
  requestHostAccess: (urls) => requestHostAccess(browser.permissions, urls),
};

render(<OptionsApp env={env} />, document.getElementById('app')!);
