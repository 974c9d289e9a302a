#!/usr/bin/env bash
# Every test Parallax has: types, unit tests (Node), then the built extension in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck" && npx tsc --noEmit
echo "== unit tests" && npx vitest run
echo "== Firefox build passes web-ext lint" && npm run -s lint:firefox
echo "== browser tests (builds the extension)" && npx vitest run --config vitest.browser.config.ts
