export interface IdleTimer {
  /** Input happened: start the wait again. */
  poke(): void;
  stop(): void;
}

export interface IdleTimerOptions {
  timeoutMs: number;
  onIdle: () => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Calls `onIdle` once after `timeoutMs` without a poke. Timers are injectable so tests drive it with a fake
 * clock; the kiosk pokes it on every pointer, key and wheel event while in touch mode.
 */
export function createIdleTimer({
  timeoutMs,
  onIdle,
  setTimer = (callback, ms) => setTimeout(callback, ms),
  clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}: IdleTimerOptions): IdleTimer {
  let handle: unknown = null;
  const arm = () => {
    if (handle !== null) clearTimer(handle);
    handle = setTimer(() => {
      handle = null;
      onIdle();
    }, timeoutMs);
  };
  arm();
  return {
    poke: arm,
    stop: () => {
      if (handle !== null) clearTimer(handle);
      handle = null;
    },
  };
}
