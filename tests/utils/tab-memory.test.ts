// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TabMemory } from '../../utils/tab-memory';

describe('TabMemory', () => {
  it('keeps at most maxTabs tabs, dropping the one set least recently', () => {
    const memory = new TabMemory<string>(2);
    memory.set(1, 'a');
    memory.set(2, 'b');
    memory.set(1, 'a2'); // tab 1 reported again: now the most recent
    memory.set(3, 'c');
    expect(memory.get(2)).toBeUndefined();
    expect(memory.entries()).toEqual([
      [1, 'a2'],
      [3, 'c'],
    ]);
  });

  it('forgets a tab on request and leaves the others', () => {
    const memory = new TabMemory<number>(10);
    memory.set(7, 70);
    memory.set(8, 80);
    memory.forget(7);
    expect(memory.get(7)).toBeUndefined();
    expect(memory.get(8)).toBe(80);
  });
});
