import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { platformMatchPatterns } from './utils/article/platforms';

// Explicit imports everywhere (imports: false) so every file shows what it depends on.
export default defineConfig({
  imports: false,
  // Parallel test runs (and helpers) can build into their own folder.
  outDir: process.env.PARALLAX_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Rolldown's default constant inlining copies an imported string constant into every place that reads
    // it: tldts's 68 KB public-suffix label string ended up three times in background.js (+65 KB gzipped,
    // the copies lie too far apart for gzip to share them). References are as fast and far smaller.
    build: { rolldownOptions: { optimization: { inlineConst: false } } },
  }),
  hooks: {
    // Content scripts run on every page, so every kilobyte counts: they use the browser's own
    // promise-based `browser`/`chrome` API (what `wxt/browser` gives without the alias) instead of
    // webextension-polyfill (~3 KB gzipped). Listeners there answer with sendResponse, which works
    // with or without the polyfill. Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // The article detector does not run on sites where anyone posts (utils/article/platforms.ts). Added
    // here rather than in the entrypoint's options, which would ship the list inside content.js as well.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? [])
        if (script.js?.some((file) => file.endsWith('/content.js'))) script.exclude_matches = platformMatchPatterns();
    },
  },
  // `wxt zip -b firefox` also writes the sources archive Firefox review rebuilds from. A list of what the
  // build reads (not "everything minus some") so test fixtures, screenshots, benchmark and build output
  // can never slip in. README.md ("Building from the sources archive") tells the reviewer the commands.
  zip: {
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      'data/**',
      'scripts/build-outlets.ts',
      'scripts/outlets/**',
      'scripts/build-public-suffixes.ts',
      'scripts/public-suffixes/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in README.md ("Permissions").
    permissions: ['alarms', 'scripting'],
    // Feeds live on hundreds of hosts; the background must fetch them without CORS
    // trouble. Nothing is fetched from a host unless it is the feed of an enabled outlet.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax-news.org',
              // 140 is the first Firefox with data_collection_permissions (ESR since mid-2025).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
