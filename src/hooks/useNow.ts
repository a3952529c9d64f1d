import { useEffect, useState } from 'react';

/**
 * The current instant, refreshed every `periodMs` (default one second). Prices depend on time (promotion
 * windows open and close), so price views re-read it instead of caching a price.
 */
export function useNow(periodMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), periodMs);
    return () => window.clearInterval(timer);
  }, [periodMs]);
  return now;
}
