/** Why the store server refused to reserve an order (nothing was reserved). */
export type OrderRefusalCode = 'out-of-stock' | 'flash-sold-out' | 'shopper-limit' | 'price-changed';

export interface OrderRefusal {
  code: OrderRefusalCode;
  productId?: string;
  promotionId?: string;
  message: { 'zh-CN': string; en: string };
}

/**
 * The shopper-facing reason for a refusal, in both languages, naming the product or promotion (by its
 * catalog name, passed in, so the server and the cart say the same thing).
 */
export function describeOrderRefusal(
  code: OrderRefusalCode,
  name?: { 'zh-CN': string; en: string },
): OrderRefusal['message'] {
  const zh = name?.['zh-CN'] ?? '';
  const en = name?.en ?? '';
  switch (code) {
    case 'out-of-stock':
      return {
        'zh-CN': `${zh}库存不足，已被其他顾客买走`,
        en: `${en || 'This product'} has sold out: other shoppers took the last units`,
      };
    case 'flash-sold-out':
      return {
        'zh-CN': `${zh}秒杀已抢光，剩余件数按非秒杀价计算`,
        en: `${en || 'The flash sale'} is sold out: the remaining units are at the regular price`,
      };
    case 'shopper-limit':
      return {
        'zh-CN': `${zh}每人限购，已达上限`,
        en: `${en || 'This deal'} has a per-shopper limit, and you have reached it`,
      };
    case 'price-changed':
      return {
        'zh-CN': '价格已变化，请确认新的合计',
        en: 'The price has changed: please confirm the new total',
      };
  }
}
