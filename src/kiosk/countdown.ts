/** What the kiosk's big countdown counts down to. */
export interface KioskCountdown {
  /** `festival`: to 11.11 00:00 in the store's zone; `promotion`: to the end of the product's promotion. */
  kind: 'festival' | 'promotion';
  target: string;
  days: number;
  /** "HH:MM:SS" of the part below a whole day. */
  clock: string;
}

const shanghaiOffsetMs = 8 * 3_600_000;

/** 11 November 00:00 Asia/Shanghai (UTC+8, no daylight saving) of the store-local year of `now`. */
export function festivalStart(now: Date): Date {
  const year = new Date(now.getTime() + shanghaiOffsetMs).getUTCFullYear();
  return new Date(Date.UTC(year, 10, 11) - shanghaiOffsetMs);
}

/**
 * Before the festival the kiosk counts down to 11.11 00:00 Asia/Shanghai; from then on to the end of the
 * promotion that sets the product's price (`endsAt` from the pricing engine). Null when neither applies.
 * Seconds round up so the display reaches 00:00:00 only at the target instant itself.
 */
export function kioskCountdown(now: Date, promotionEndsAt: string | null): KioskCountdown | null {
  const start = festivalStart(now);
  let kind: KioskCountdown['kind'];
  let target: Date;
  if (now < start) {
    kind = 'festival';
    target = start;
  } else if (promotionEndsAt && new Date(promotionEndsAt) > now) {
    kind = 'promotion';
    target = new Date(promotionEndsAt);
  } else return null;
  const total = Math.ceil((target.getTime() - now.getTime()) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const rest = total % 86_400;
  return {
    kind,
    target: target.toISOString(),
    days: Math.floor(total / 86_400),
    clock: `${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}`,
  };
}
