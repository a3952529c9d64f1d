import type { Badge } from '../domain/pricing';
import { formatFen } from './format';
import type { Locale } from './locale';

/**
 * The short text on a promotion badge ("-20%", "3 for 2", "Deposit ¥20 worth ¥50"), built from the pricing
 * engine's numbers so tags, cards and the kiosk all say the same thing.
 */
export function badgeText(badge: Badge, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (badge.kind) {
    case 'flash-price': {
      const left = badge.unitsLeft;
      if (left === 0) return zh ? '秒杀已抢光' : 'Flash deal sold out';
      const limit = badge.perOrderLimit
        ? zh
          ? ` · 每单限${badge.perOrderLimit}件`
          : ` · max ${badge.perOrderLimit}/order`
        : '';
      const stock = left !== null ? (zh ? ` · 仅剩${left}件` : ` · ${left} left`) : '';
      return `${zh ? '秒杀' : 'Flash deal'}${limit}${stock}`;
    }
    case 'percent-off':
      return zh ? `${(100 - badge.percent) / 10}折` : `-${badge.percent}%`;
    case 'multi-buy':
      return zh ? `买${badge.buy}付${badge.pay}` : `${badge.buy} for ${badge.pay}`;
    case 'pre-sale':
      return zh
        ? `定金${formatFen(badge.depositFen, locale)}抵${formatFen(badge.depositValueFen, locale)}`
        : `Deposit ${formatFen(badge.depositFen, locale)} worth ${formatFen(badge.depositValueFen, locale)}`;
  }
}
