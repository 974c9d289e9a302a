import { describe, expect, it } from 'vitest';
import { safeHref } from '../../utils/safe-href';

describe('safeHref', () => {
  it.each([
    ['https://www.reuters.com/world/a-story', 'https://www.reuters.com/world/a-story'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['\u0000https://example.com/a', 'https://example.com/a'],
  ])('keeps the http(s) link %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/popup.html',
    '//evil.example/path',
    '/relative/path',
    '',
    'not a url',
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(safeHref(null)).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});
