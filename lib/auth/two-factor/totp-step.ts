import { createHmac, timingSafeEqual } from 'node:crypto';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Better Auth accepts the codes of the step before and after the current one too. */
const WINDOW = 1;

/** RFC 4226 HOTP of one counter (SHA-1, 6 digits), the code an authenticator app shows. */
export function hotp(key: Uint8Array, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** DIGITS).padStart(DIGITS, '0');
}

export const stepAt = (nowMs: number) => Math.floor(nowMs / 1000 / PERIOD_SECONDS);

/**
 * The time step whose code `code` is (within the window Better Auth accepts), or null when the
 * code matches none: what a replay guard remembers so that each code signs in once.
 */
export function matchingStep(key: Uint8Array, code: string, nowMs = Date.now()): number | null {
  if (!/^\d{6}$/u.test(code)) return null;
  const current = stepAt(nowMs);
  let found: number | null = null;
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code)) && found === null) found = step;
  }
  return found;
}
