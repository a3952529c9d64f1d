/** One Server-Sent Event as a test reads it. */
export interface ReceivedEvent {
  event: string;
  data: string;
}

/**
 * Reads an event stream from a fetch Response, event by event: `next()` resolves with the next event (or
 * rejects after `timeoutMs`), `close()` cancels the stream.
 */
export function readEvents(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const pending: ReceivedEvent[] = [];
  let buffer = '';
  let waiter = null as (() => void) | null;
  let done = false;
  let comments = 0;
  void (async () => {
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim();
          const data = lines
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (event) pending.push({ event, data });
          else if (block.startsWith(':')) comments += 1;
        }
        waiter?.();
      }
    } catch {
      // cancelled
    } finally {
      done = true;
      waiter?.();
    }
  })();
  return {
    /** The next event of `type` (others are skipped). */
    async nextOf(type: string, timeoutMs = 5000): Promise<ReceivedEvent> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const event = await this.next(Math.max(1, deadline - Date.now()));
        if (event.event === type) return event;
      }
    },
    async next(timeoutMs = 5000): Promise<ReceivedEvent> {
      const deadline = Date.now() + timeoutMs;
      while (pending.length === 0) {
        if (done) throw new Error('event stream ended');
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiter = resolve;
          setTimeout(resolve, left);
        });
        waiter = null;
      }
      return pending.shift()!;
    },
    /** Keep-alive comment blocks received. */
    comments: () => comments,
    /** Events received but not yet taken. */
    queued: () => pending.length,
    ended: () => done,
    close: () => reader.cancel().catch(() => {}),
  };
}
