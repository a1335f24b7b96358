import { generateMersenne53Randomizer } from '@faker-js/faker';

/** A weighted choice prepared once: cumulative weights for a binary search per draw. */
export type Weighted<T> = { items: readonly T[]; cumulative: Float64Array; total: number };

export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], i) => {
    total += weight;
    cumulative[i] = total;
  });
  return { items: entries.map(([item]) => item), cumulative, total };
}

/** Seeded randomness (faker's Mersenne Twister): the same seed gives the same sequence. */
export class Random {
  private readonly randomizer = generateMersenne53Randomizer();

  constructor(seed: number) {
    this.randomizer.seed(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.randomizer.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.randomizer.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.randomizer.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.randomizer.next() * items.length)];
  }

  /** Earlier items are likelier (index ∝ u^1.6): a cheap Zipf-like skew for lists ordered by frequency. */
  pickSkewed<T>(items: readonly T[]): T {
    return items[Math.floor(this.randomizer.next() ** 1.6 * items.length)];
  }

  choose<T>(table: Weighted<T>): T {
    const target = this.randomizer.next() * table.total;
    const { cumulative } = table;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo];
  }

  /** Approximately normal (Irwin–Hall of 4), enough for heights and jitter. */
  normal(mean: number, sd: number): number {
    const r = this.randomizer;
    return mean + (r.next() + r.next() + r.next() + r.next() - 2) * sd * Math.sqrt(3);
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += Math.floor(this.randomizer.next() * 10);
    return out;
  }

  letters(count: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < count; i++) out += alphabet[Math.floor(this.randomizer.next() * alphabet.length)];
    return out;
  }
}
