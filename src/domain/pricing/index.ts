/**
 * The Shelfsight pricing engine: pure functions from a validated catalog, a cart and an instant to a
 * quote that is exact to the fen and explains itself. See `quote.ts` for the stacking rules.
 */
export { quote } from './quote';
export { unitPrice } from './unit-price';
export { apportion } from './apportion';
export { percentOffUnitFen, percentSaved, formatYuan } from './money';
export { parseInstant, isActive } from './window';
export type * from './types';
export type * from './unit-price-types';
