/**
 * How long the next sign-in must wait after failures, growing with each one: a few mistakes cost
 * nothing, guessing costs more and more time, and nothing is ever locked for good. Two counts
 * apply: one per (account, client address), so someone failing on a colleague's account never
 * slows the colleague down from their own address, and one per address, across accounts.
 */
export interface DelayRule {
  /** Failures allowed without any wait. */
  freeFailures: number;
  maxDelaySeconds: number;
  /** One failure is forgiven per this many seconds without another, so honest mistakes fade. */
  forgiveOneEverySeconds: number;
}

export const ACCOUNT_ADDRESS_RULE: DelayRule = { freeFailures: 5, maxDelaySeconds: 15 * 60, forgiveOneEverySeconds: 15 * 60 };
// An office behind one address makes honest mistakes for many people: up to 20 an hour cost nothing.
export const ADDRESS_RULE: DelayRule = { freeFailures: 20, maxDelaySeconds: 15 * 60, forgiveOneEverySeconds: 3 * 60 };

/** Counts whose last failure is older than this are deleted (long forgiven by then). */
export const FORGET_COUNTS_AFTER_MS = 24 * 60 * 60 * 1000;

/** The failures that still count `elapsedMs` after the last one. */
export const failuresStillCounting = (failures: number, elapsedMs: number, rule: DelayRule) =>
  Math.max(0, failures - Math.floor(elapsedMs / 1000 / rule.forgiveOneEverySeconds));

/** Seconds to wait after the last of `failures`: 0 within the allowance, then 1, 2, 4... up to the cap. */
export function delayAfter(failures: number, rule: DelayRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** (failures - rule.freeFailures));
}

/** "3 seconds", "2 minutes": how long to wait, in words for the sign-in form. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
