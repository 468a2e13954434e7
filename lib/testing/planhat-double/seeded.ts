import { createHash } from 'node:crypto';

/** A small deterministic PRNG (mulberry32): same seed, same data, on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Picker = {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

export function picker(seed: number): Picker {
  const random = seededRandom(seed);
  return {
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (items) => items[Math.floor(random() * items.length)] as (typeof items)[number],
    chance: (probability) => random() < probability,
  };
}

// Mongo ObjectIds start with a creation time in seconds; ours are spread from 2023 on so they sort sensibly.
const EPOCH_2023 = Date.UTC(2023, 0, 1) / 1000;

/** A 24-hex ObjectId derived from the model and the record's index: stable across runs. */
export function objectId(model: string, index: number): string {
  const seconds = (EPOCH_2023 + index * 3607).toString(16).padStart(8, '0');
  const rest = createHash('sha256').update(`${model}:${index}`).digest('hex').slice(0, 16);
  return seconds + rest;
}

/** An ISO date `days` after 2023-01-01, at a fixed time of day. */
export function isoDay(days: number, hour = 9): string {
  return new Date(Date.UTC(2023, 0, 1 + days, hour)).toISOString();
}
