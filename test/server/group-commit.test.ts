import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/server/orders/group-commit';

/** Busy-waits, as a PGlite query does: its WebAssembly runs on this thread and blocks the event loop. */
function blockFor(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('group commit', () => {
  it('writes a lone request at once and settles it with its own result', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number, number>(async (batch) => {
      batches.push(batch);
      return batch.map((n) => n * 10);
    });
    expect(await group.submit(4)).toBe(40);
    expect(batches).toEqual([[4]]);
  });

  it('sends what arrives while a batch is written in the next batch, each caller getting its own answer', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const group = createGroupCommit<number, string>(async (batch) => {
      batches.push(batch);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return batch.map((n) => `r${n}`);
    });
    const first = group.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((n) => group.submit(n));
    release();
    expect(await Promise.all([first, ...later])).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    expect(group.batches()).toBe(2);
  });

  it('gathers requests that arrive on later I/O turns while a blocking write holds the thread', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number, number>(async (batch) => {
      batches.push(batch);
      blockFor(5);
      return batch;
    });
    // Each "request" arrives on its own macrotask, as HTTP requests parsed from sockets do.
    const answers = await Promise.all(
      Array.from(
        { length: 40 },
        (_, n) => new Promise<number>((resolve) => setTimeout(() => resolve(group.submit(n)), 0)),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 40 }, (_, n) => n));
    // One transaction per request would be 40 batches; a turn of the loop before each batch lets them join.
    expect(batches.length).toBeLessThan(10);
  });

  it('rejects every request of a failed batch and goes on with the next', async () => {
    let calls = 0;
    const group = createGroupCommit<number, number>(async (batch) => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
      return batch;
    });
    const a = group.submit(1);
    const b = group.submit(2);
    await expect(a).rejects.toThrow('connection lost');
    await expect(b).rejects.toThrow('connection lost');
    expect(await group.submit(3)).toBe(3);
  });

  it('caps a batch at maxBatch', async () => {
    const sizes: number[] = [];
    const group = createGroupCommit<number, number>(
      async (batch) => {
        sizes.push(batch.length);
        return batch;
      },
      { maxBatch: 3 },
    );
    await Promise.all(Array.from({ length: 7 }, (_, n) => group.submit(n)));
    expect(sizes).toEqual([3, 3, 1]);
  });
});
