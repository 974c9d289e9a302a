import { render } from 'preact';
import { WelcomeApp, type WelcomeEnv } from '../../components/welcome/WelcomeApp';
import { sendMessage } from '../../utils/messages/client';
import '../../components/theme.css';
import './style.css';

// The first-run page (opened by the background on install): wiring only.
const env: WelcomeEnv = {
  getSettings: () => sendMessage({ type: 'GetSettings' }),
  setProvider: (key, on) => sendMessage({ type: 'UpdateSettings', patch: { providers: { [key]: on } } }),
};

render(<WelcomeApp env={env} />, document.getElementById('app')!);
