import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv, unguard } from '../../../utils/portability/csv';

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks and reads them back', () => {
    const rows = [
      ['a,b', 'say "hi"', 'line\nbreak'],
      ['plain', '', 'x'],
    ];
    const text = toCsv(rows);
    expect(text).toBe('"a,b","say ""hi""","line\nbreak"\r\nplain,,x\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each(['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)'])('neutralises the formula %s', (cell) => {
    const out = csvCell(cell);
    expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
    expect(unguard(parseCsv(`${out}\r\n`)![0]![0]!)).toBe(cell);
  });

  it('reports an unterminated quote', () => {
    expect(parseCsv('id,name\r\n"x,unfinished')).toBeNull();
  });
});
