import 'server-only';
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Db } from '@/lib/db/client';
import { recordSecurityEvent } from '@/lib/audit/security-events';
import { ACCOUNT_ADDRESS_RULE, ADDRESS_RULE, delayAfter, failuresStillCounting, FORGET_COUNTS_AFTER_MS, type DelayRule } from './sign-in-delay';

export interface SignInAttempt {
  email: string;
  /** The client's address (lib/http/client-address.ts); null when unknown. */
  address: string | null;
}

type Scope = 'account-address' | 'address';
interface Counter {
  key: string;
  scope: Scope;
  rule: DelayRule;
}

// An IPv6 client usually holds a whole /64, so it counts as one address.
function addressPart(address: string | null): string {
  if (!address) return 'unknown';
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.padStart(4, '0')).join(':')}::/64`;
}

// The email is hashed: people type their password into the email field by mistake.
function countersFor({ email, address }: SignInAttempt): Counter[] {
  const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  const where = addressPart(address);
  // In key order, so that concurrent attempts lock the rows in the same order.
  return [
    { key: `account-address:${account}|${where}`, scope: 'account-address', rule: ACCOUNT_ADDRESS_RULE },
    { key: `address:${where}`, scope: 'address', rule: ADDRESS_RULE },
  ];
}

type Row = { key: string; failures: number; lastFailureAt: Date };
const counting = (row: Row, rule: DelayRule, now: Date) => failuresStillCounting(row.failures, now.getTime() - row.lastFailureAt.getTime(), rule);
function secondsLeft(row: Row, rule: DelayRule, now: Date) {
  const delay = delayAfter(counting(row, rule, now), rule);
  return delay === 0 ? 0 : Math.max(0, Math.ceil((row.lastFailureAt.getTime() + delay * 1000 - now.getTime()) / 1000));
}

/** Each count as this attempt left it, itself included. */
export type ClaimedCounts = Record<Scope, number>;
export type Claim = { allowed: true; counts: ClaimedCounts } | { allowed: false; retryAfterSeconds: number; scope: Scope };

/**
 * Says whether a sign-in attempt may check its password now and, if so, counts it as a failure
 * until recordSignInOutcome says otherwise. Counting first, under row locks, is what keeps a burst
 * of parallel guesses from all passing before any of them has failed.
 */
export async function claimSignInAttempt(db: Db, attempt: SignInAttempt): Promise<Claim> {
  const counters = countersFor(attempt);
  return db.$transaction(async (tx) => {
    for (const { key } of counters) {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 0, now() AT TIME ZONE 'UTC') ON CONFLICT ("key") DO NOTHING`;
    }
    // The database's clock, read once the rows are locked: every instance and every waiter agrees on it.
    const rows = await tx.$queryRaw<(Row & { now: Date })[]>`
      SELECT "key", "failures", "lastFailureAt", clock_timestamp() AT TIME ZONE 'UTC' AS "now"
      FROM "SignInThrottle" WHERE "key" IN (${counters[0]!.key}, ${counters[1]!.key}) ORDER BY "key" FOR UPDATE`;
    const now = rows[0]!.now;
    const waits = counters.map((counter) => {
      const row = rows.find((candidate) => candidate.key === counter.key)!;
      return { counter, row, seconds: secondsLeft(row, counter.rule, now) };
    });
    const longest = waits.reduce((a, b) => (b.seconds > a.seconds ? b : a));
    if (longest.seconds > 0) return { allowed: false, retryAfterSeconds: longest.seconds, scope: longest.counter.scope };
    const counts = {} as ClaimedCounts;
    for (const { counter, row } of waits) {
      counts[counter.scope] = counting(row, counter.rule, now) + 1;
      await tx.signInThrottle.update({ where: { key: row.key }, data: { failures: counts[counter.scope], lastFailureAt: now } });
    }
    return { allowed: true, counts };
  });
}

/**
 * Settles a claimed attempt: a right password clears the (account, address) count and takes the
 * attempt back from the address count; a wrong one stays counted and, when it makes the next
 * attempt wait, is recorded as a security event (at most one per failure, and failures past the
 * allowance are themselves spaced out by the delay); one whose password was never checked is taken back.
 */
export async function recordSignInOutcome(db: Db, attempt: SignInAttempt, counts: ClaimedCounts, outcome: 'succeeded' | 'failed' | 'not-checked', now = new Date()) {
  const counters = countersFor(attempt);
  // A count that only held this attempt goes, so requests that never fail leave no rows behind.
  const takeBack = async (key: string) => {
    await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${key} AND "failures" <= 1`;
    await db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = "failures" - 1 WHERE "key" = ${key}`;
  };
  if (outcome !== 'failed') {
    for (const { key, scope } of counters) {
      if (outcome === 'succeeded' && scope === 'account-address') await db.signInThrottle.deleteMany({ where: { key } });
      else await takeBack(key);
    }
    return;
  }
  const slowed = counters.flatMap(({ scope, rule }) => {
    const waitSeconds = delayAfter(counts[scope], rule);
    return waitSeconds > 0 ? [{ scope, failures: counts[scope], waitSeconds }] : [];
  });
  if (slowed.length > 0) await recordThrottling(db, attempt, slowed);
  // Now and then, delete long-forgiven counts; each failure is a real request, so this keeps pace.
  if (Math.random() < 0.02) await db.signInThrottle.deleteMany({ where: { lastFailureAt: { lt: new Date(now.getTime() - FORGET_COUNTS_AFTER_MS) } } });
}

async function recordThrottling(db: Db, attempt: SignInAttempt, slowed: { scope: Scope; failures: number; waitSeconds: number }[]) {
  // The email only when it names an account: a mistyped one may be someone's password.
  const user = await db.user.findFirst({ where: { email: { equals: attempt.email.trim(), mode: 'insensitive' } }, select: { id: true, email: true } });
  await recordSecurityEvent(db, {
    type: 'sign-in-throttled',
    userId: user?.id ?? null,
    email: user?.email ?? null,
    clientAddress: attempt.address,
    detail: { slowed, accountExists: user !== null },
  });
}
