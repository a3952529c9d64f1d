import { selectKth } from './select';

/**
 * Splits `totalFen` over lines in proportion to `weights` by the largest-remainder method: each line gets
 * the floor of its exact share, and the fen left over go one each to the largest remainders (ties: lower
 * index, i.e. product id order). The shares sum to `totalFen` exactly, and no share exceeds its weight as
 * long as `totalFen <= sum(weights)` (the caller caps reductions to guarantee that). Exact for any safe
 * integers: falls back to BigInt only when a product would pass 2^53.
 */
export function apportion(totalFen: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (totalFen <= 0 || sum <= 0) return weights.map(() => 0);
  const maxWeight = weights.reduce((acc, weight) => Math.max(acc, weight), 0);
  const shares: number[] = [];
  const remainders: number[] = [];
  if (totalFen * maxWeight <= Number.MAX_SAFE_INTEGER) {
    for (const weight of weights) {
      const product = totalFen * weight;
      let share = Math.floor(product / sum);
      let remainder = product - share * sum;
      // Float division can land one off next to an integer; the remainder tells, and fixes it.
      if (remainder < 0) [share, remainder] = [share - 1, remainder + sum];
      else if (remainder >= sum) [share, remainder] = [share + 1, remainder - sum];
      shares.push(share);
      remainders.push(remainder);
    }
  } else {
    const bigTotal = BigInt(totalFen);
    const bigSum = BigInt(sum);
    for (const weight of weights) {
      const product = bigTotal * BigInt(weight);
      shares.push(Number(product / bigSum));
      // Remainders are below `sum`, a safe integer, so comparing them as numbers is exact.
      remainders.push(Number(product % bigSum));
    }
  }
  const left = totalFen - shares.reduce((acc, share) => acc + share, 0);
  if (left > 0) distributeLeftover(shares, remainders, left);
  return shares;
}

/**
 * Adds one fen to each of the `left` largest remainders, lowest index first among equals. Finds the
 * cut-off remainder by quickselect instead of sorting: this runs for every order-level reduction over
 * every eligible line, so it is on the hot path of a large cart.
 */
function distributeLeftover(shares: number[], remainders: readonly number[], left: number): void {
  const n = remainders.length;
  const cutoff = selectKth(Float64Array.from(remainders), n - left);
  let aboveCutoff = 0;
  for (let i = 0; i < n; i++) if ((remainders[i] ?? 0) > cutoff) aboveCutoff += 1;
  let tiesLeft = left - aboveCutoff;
  for (let i = 0; i < n; i++) {
    const remainder = remainders[i] ?? 0;
    if (remainder > cutoff || (remainder === cutoff && tiesLeft-- > 0)) shares[i] = (shares[i] ?? 0) + 1;
  }
}
