import { execFileSync } from 'node:child_process';
import { chromiumPath } from './chromium';

/** Builds the extension once for the whole browser suite and checks the browser is there. */
export default function setup() {
  chromiumPath();
  if (process.env.PARALLAX_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
}
