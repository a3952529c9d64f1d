import type { CouponRejectionReason, Localized, PricingErrorCode } from './types';
import { formatYuan } from './money';

/** Localized text for a coupon rejection; `shortFen` is what is missing for 'threshold-not-met'. */
export function couponMessage(reason: CouponRejectionReason, shortFen = 0): Localized {
  switch (reason) {
    case 'unknown':
      return { 'zh-CN': '优惠券码无效', en: 'Unknown coupon code' };
    case 'duplicate':
      return { 'zh-CN': '该优惠券已输入', en: 'This coupon was already entered' };
    case 'not-started':
      return { 'zh-CN': '优惠券尚未生效', en: 'This coupon is not valid yet' };
    case 'expired':
      return { 'zh-CN': '优惠券已过期', en: 'This coupon has expired' };
    case 'no-eligible-products':
      return {
        'zh-CN': '购物车中没有可用该券的商品',
        en: 'No product in the cart is eligible for this coupon',
      };
    case 'threshold-not-met':
      return {
        'zh-CN': `还差${formatYuan(shortFen)}可用此券`,
        en: `Add ${formatYuan(shortFen)} more of eligible products to use this coupon`,
      };
    case 'one-per-order':
      return { 'zh-CN': '每单仅限使用一张店铺优惠券', en: 'Only one store coupon per order' };
    case 'nothing-to-reduce':
      return { 'zh-CN': '订单已无可抵扣金额', en: 'Nothing left to pay for this coupon to take off' };
  }
}

/** Localized text for a pricing error. */
export function errorMessage(code: PricingErrorCode, detail = ''): Localized {
  switch (code) {
    case 'invalid-input':
      return { 'zh-CN': `报价请求无效：${detail}`, en: `Invalid quote request: ${detail}` };
    case 'invalid-at':
      return { 'zh-CN': '报价时间无效', en: 'The pricing time is not a valid instant' };
    case 'unknown-product':
      return { 'zh-CN': `商品不存在：${detail}`, en: `Unknown product "${detail}"` };
    case 'invalid-quantity':
      return { 'zh-CN': `数量必须是正整数：${detail}`, en: `Quantity must be a positive integer: ${detail}` };
    case 'exceeds-stock':
      return { 'zh-CN': `库存不足：${detail}`, en: `Not enough stock: ${detail}` };
    case 'amount-too-large':
      return { 'zh-CN': '订单金额过大', en: 'The order amount is too large to price exactly' };
    case 'internal-error':
      return { 'zh-CN': '价格计算出错', en: 'Pricing failed' };
  }
}
