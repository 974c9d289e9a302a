import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformMatchPatterns } from '../../utils/article/platforms';
import { EXTENSION_DIR } from './extension';

/**
 * Least privilege over what ships: the built manifest (the global setup builds it) asks for exactly
 * the permissions README's "Permissions" table justifies, keeps the default MV3 content security
 * policy, exposes nothing to other extensions or pages, and the bundled code holds no eval or
 * `new Function`. The sources never write HTML from strings.
 */

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** The permissions README's table names: API permissions in the first column, hosts in backticks. */
function readmePermissions(): { permissions: string[]; hosts: string[] } {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'));
  const rows = section
    .slice(0, section.indexOf('\n## ', 4))
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| permission') && !line.startsWith('|---'));
  const firstCells = rows.map((row) => row.split('|')[1]!.trim());
  const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return {
    permissions: firstCells.filter((c) => !c.startsWith('host')).flatMap(ticked),
    hosts: firstCells.filter((c) => c.startsWith('host')).flatMap(ticked),
  };
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

describe('least privilege of the built extension', () => {
  it('asks for exactly the permissions README justifies', () => {
    const justified = readmePermissions();
    expect(justified.permissions.length).toBeGreaterThan(0);
    expect([...(manifest.permissions as string[])].sort()).toEqual([...justified.permissions].sort());
    expect([...(manifest.host_permissions as string[])].sort()).toEqual([...justified.hosts].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('keeps the default CSP and exposes nothing to other extensions or pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // The pill is injected with scripting.executeScript into its own shadow root: no page can load our files.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('keeps the article detector off sites where anyone posts (social networks, code hosts, wikis)', () => {
    const [content] = manifest.content_scripts as { js: string[]; exclude_matches?: string[] }[];
    expect(content!.js).toContain('content-scripts/content.js');
    expect(content!.exclude_matches).toEqual(platformMatchPatterns());
    expect(content!.exclude_matches).toContain('*://*.reddit.com/*');
  });

  it('bundles no eval or new Function, and innerHTML only inside Preact’s dangerouslySetInnerHTML path', () => {
    const bundles = files(EXTENSION_DIR, /\.js$/);
    expect(bundles.length).toBeGreaterThan(3);
    for (const file of bundles) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/insertAdjacentHTML|document\.write|outerHTML\s*=/);
      // Preact's renderer handles a `dangerouslySetInnerHTML` prop ({__html}); no component passes one
      // (checked in the sources below), so that branch never runs.
      for (const m of code.matchAll(/.{0,60}innerHTML.{0,60}/g)) expect(m[0], file).toMatch(/__html/);
    }
  });

  it('the sources never write HTML from strings', () => {
    const sources = ['components', 'entrypoints', 'utils'].flatMap((dir) => files(dir, /\.(ts|tsx)$/));
    expect(sources.length).toBeGreaterThan(50);
    const offenders = sources.filter((file) =>
      /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('the Firefox build asks for the same, with the same defaults (web-ext lint runs in scripts/test-all.sh)', () => {
    // Built here (a few seconds) into the same output folder: the suite's global setup builds Chrome only.
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      stdio: 'ignore',
      env: { ...process.env, PARALLAX_OUT_DIR: join(EXTENSION_DIR, '..') },
    });
    const firefox = join(EXTENSION_DIR, '..', 'firefox-mv2', 'manifest.json');
    const ff = JSON.parse(readFileSync(firefox, 'utf8')) as Record<string, unknown>;
    const justified = readmePermissions();
    // MV2 lists hosts among the permissions.
    expect([...(ff.permissions as string[])].sort()).toEqual([...justified.permissions, ...justified.hosts].sort());
    expect(ff.content_security_policy).toBeUndefined();
    expect(ff.externally_connectable).toBeUndefined();
    expect(ff.web_accessible_resources).toBeUndefined();
  }, 120_000);
});
