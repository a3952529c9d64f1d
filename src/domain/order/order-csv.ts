/** One order marked as paid at the counter. */
export interface PaidOrder {
  shortCode: string;
  code: string;
  paidAt: string;
  quotedAt: string;
  totalFen: number;
  lines: { productId: string; qty: number; payFen: number }[];
  coupons: string[];
}

/** Quotes a CSV field when needed, and defuses spreadsheet formulas (`=`, `+`, `-`, `@` at the start). */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The counter's order log as CSV for the merchant's records: one row per order line, amounts in yuan with
 * two decimals written from integer fen (no float arithmetic), times as ISO instants.
 */
export function ordersToCsv(orders: readonly PaidOrder[]): string {
  const yuan = (fen: number) => `${Math.trunc(fen / 100)}.${String(Math.abs(fen % 100)).padStart(2, '0')}`;
  const rows = [
    ['order', 'paid_at', 'quoted_at', 'product_id', 'qty', 'line_cny', 'order_total_cny', 'coupons'],
  ];
  for (const order of orders) {
    for (const line of order.lines) {
      rows.push([
        order.shortCode,
        order.paidAt,
        order.quotedAt,
        line.productId,
        String(line.qty),
        yuan(line.payFen),
        yuan(order.totalFen),
        order.coupons.join(' '),
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
