import { existsSync } from 'node:fs';

/** The system Chromium (Debian's package). Tests never download a browser. */
export function chromiumPath(): string {
  const path = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    // A missing browser is a failure, never a silent skip (on CI and everywhere else).
    throw new Error(
      `Chromium not found at ${path}. Install it with: sudo apt-get install -y chromium ` +
        '(or set PARALLAX_CHROMIUM to a Chromium binary).',
    );
  }
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // The loopback news web serves https with a self-signed certificate.
  '--ignore-certificate-errors',
];
