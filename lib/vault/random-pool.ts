import 'server-only';
import { randomFillSync } from 'node:crypto';

// Salts and nonces are public, so pre-drawing them in bulk from the CSPRNG costs no secrecy
// and saves a system call per seal. Each byte is handed out once, then the pool is refilled.
const POOL_BYTES = 16 * 1024;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/** `size` fresh random bytes (a copy, so later refills cannot change them). */
export function randomBytesFromPool(size: number): Buffer {
  if (size > POOL_BYTES) throw new RangeError(`At most ${POOL_BYTES} random bytes at a time`);
  if (offset + size > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return bytes;
}
