import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DemoError } from './output';

/**
 * `wxt build` into PARALLAX_OUT_DIR (default .output), unless skipped (the browser suite has built already).
 * With --json the build's own output goes to stderr, so stdout stays one JSON document.
 */
export function buildExtension(extensionDir: string, options: { skip: boolean; json: boolean }): number {
  const started = Date.now();
  if (!options.skip) {
    const run = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', options.json ? 2 : 1, 2] });
    if (run.error) throw new DemoError(`Could not run wxt build (${run.error.message}). Run \`npm ci\` first.`);
    if (run.status !== 0) {
      throw new DemoError(`wxt build failed (exit code ${run.status}); its output is above. Fix the build and rerun.`);
    }
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new DemoError(
      options.skip
        ? `No built extension at ${extensionDir} (build skipped). Run \`npm run build\` or drop --no-build.`
        : `wxt build succeeded but left no manifest at ${extensionDir}.`,
    );
  }
  return Date.now() - started;
}
