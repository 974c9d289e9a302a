// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ParallaxDB } from '../../../utils/db/parallax-db';
import { prepareWhileCommitting, withStoryIndex } from '../../../utils/story/store/story-session';

const opened: ParallaxDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
async function fresh(): Promise<ParallaxDB> {
  const db = new ParallaxDB(`story-session-${Math.random()}`);
  opened.push(db);
  await db.open();
  return db;
}

describe('story sessions: work prepared while the session before commits', () => {
  it("runs a queued session's preparation during the running session's commit, and hands it the result", async () => {
    const db = await fresh();
    const order: string[] = [];
    let calls = 0;
    const first = withStoryIndex(db, async (index) => (index.runInBackground(), void order.push('first runs')));
    const prepare = prepareWhileCommitting(db, () => (order.push('prepared'), ++calls, 'tokens'));
    const second = withStoryIndex(db, async () => (order.push('second runs'), prepare()));
    void first.then(() => order.push('first committed'));
    expect(await second).toBe('tokens');
    expect(order).toEqual(['first runs', 'prepared', 'first committed', 'second runs']);
    expect(calls).toBe(1);
  });

  it('runs nothing else during the commit of a session a reader waits on (a lookup)', async () => {
    const db = await fresh();
    const order: string[] = [];
    const lookup = withStoryIndex(db, async () => void order.push('lookup runs'));
    const prepare = prepareWhileCommitting(db, () => void order.push('prepared'));
    const batch = withStoryIndex(db, async () => (order.push('batch runs'), prepare()));
    void lookup.then(() => order.push('lookup answered'));
    await batch;
    expect(order).toEqual(['lookup runs', 'lookup answered', 'batch runs', 'prepared']);
  });

  it('does the work in the session itself when nothing ran before it, once', async () => {
    const db = await fresh();
    let calls = 0;
    const prepare = prepareWhileCommitting(db, () => ++calls);
    expect(await withStoryIndex(db, async () => prepare() + prepare())).toBe(2);
    expect(calls).toBe(1);
    // Its job left the queue: the next commit does not run it again.
    await withStoryIndex(db, async () => undefined);
    expect(calls).toBe(1);
  });

  it('leaves a failing preparation to its own session: the one committing is not affected', async () => {
    const db = await fresh();
    let calls = 0;
    const first = withStoryIndex(db, async (index) => (index.runInBackground(), 'committed'));
    const prepare = prepareWhileCommitting(db, () => {
      calls++;
      throw new Error('unreadable item');
    });
    const second = withStoryIndex(db, async () => prepare());
    expect(await first).toBe('committed');
    await expect(second).rejects.toThrow('unreadable item');
    expect(calls).toBe(2);
  });
});
