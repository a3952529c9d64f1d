import type { PaidOrder } from '../domain/order/order-csv';

const logKey = 'shelfsight.counter.orders';
const maxOrders = 2000;

function isPaidOrder(value: unknown): value is PaidOrder {
  const order = value as PaidOrder;
  return (
    typeof order === 'object' &&
    order !== null &&
    typeof order.shortCode === 'string' &&
    typeof order.code === 'string' &&
    typeof order.paidAt === 'string' &&
    Number.isSafeInteger(order.totalFen) &&
    Array.isArray(order.lines)
  );
}

/** The counter's local log of paid orders (this device only). Damaged storage reads as an empty log. */
export function readOrderLog(storage: Storage | undefined = globalThis.localStorage): PaidOrder[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(logKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isPaidOrder) : [];
  } catch {
    return [];
  }
}

export function writeOrderLog(
  orders: readonly PaidOrder[],
  storage: Storage | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(logKey, JSON.stringify(orders.slice(-maxOrders)));
    return true;
  } catch {
    return false;
  }
}
