const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * The time left until `endsAt` as "HH:MM:SS" when the promotion ends within 24 hours (a tag shows a live
 * countdown only then), or null when it ends later, has ended, or there is no end. Whole seconds, rounded
 * up so the display reaches 00:00:00 only at the end instant itself.
 */
export function countdownText(endsAt: string | null, now: Date): string | null {
  if (!endsAt) return null;
  const left = new Date(endsAt).getTime() - now.getTime();
  if (!Number.isFinite(left) || left <= 0 || left > dayMs) return null;
  const seconds = Math.ceil(left / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
