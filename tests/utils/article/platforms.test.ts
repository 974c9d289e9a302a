// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PLATFORM_SITES, platformMatchPatterns, platformOf } from '../../../utils/article/platforms';

describe('platforms where anyone posts', () => {
  it('knows a post on a platform by its site, subdomains included', () => {
    expect(platformOf('https://old.reddit.com/r/news/comments/abc123/storm_hits_the_coast/')).toBe('reddit.com');
    expect(platformOf('https://www.linkedin.com/pulse/storm-hits-the-coast-jane-doe')).toBe('linkedin.com');
    expect(platformOf('https://en.wikipedia.org/wiki/2024_storm')).toBe('wikipedia.org');
    expect(platformOf('http://x.com/someone/status/1')).toBe('x.com');
  });

  it('leaves news sites alone, including ones whose names merely end like a platform', () => {
    expect(platformOf('https://www.reuters.com/world/storm-hits-the-coast-2024-01-01/')).toBeNull();
    expect(platformOf('https://notreddit.com/2024/01/01/storm')).toBeNull();
    expect(platformOf('https://fox.com/news/storm')).toBeNull();
    expect(platformOf('not a url')).toBeNull();
  });

  it('gives the manifest one exclude pattern per site, covering the site and its subdomains', () => {
    const patterns = platformMatchPatterns();
    expect(patterns).toHaveLength(PLATFORM_SITES.length);
    expect(patterns).toContain('*://*.reddit.com/*');
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
  });
});
