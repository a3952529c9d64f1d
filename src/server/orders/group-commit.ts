/**
 * Group commit: requests that arrive while a batch is being written wait and go together in the next one,
 * so under a burst there is one transaction per batch instead of one per request, and an idle server still
 * writes a lone request at once. Each caller's promise settles only when its batch's write has finished (for
 * the reservations: after PostgreSQL committed it). A failed write rejects every request of that batch.
 */
export function createGroupCommit<T, R>(write: (batch: T[]) => Promise<R[]>, { maxBatch = 500 } = {}) {
  const queue: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;
  let batches = 0;

  async function drain() {
    writing = true;
    // One turn of the event loop before each batch: requests whose bytes have already arrived get parsed and
    // join it. Needed for PGlite, whose queries run on this thread and block the loop while they run: without
    // the turn every order found the queue empty and went alone (7,000 orders, 7,000 transactions).
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      batches += 1;
      try {
        const results = await write(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => entry.resolve(results[index]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    writing = false;
  }

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!writing) void drain();
      });
    },
    /** Batches written so far (tests and the bench read it). */
    batches: () => batches,
  };
}
