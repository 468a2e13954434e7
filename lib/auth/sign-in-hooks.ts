import 'server-only';
import { APIError } from 'better-auth/api';
import { recordSignIn } from '@/lib/audit/sign-in-audit';
import type { Db } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { waitInWords } from './sign-in-delay';
import { claimSignInAttempt, recordSignInOutcome, type ClaimedCounts, type SignInAttempt } from './sign-in-throttle';

/** What Better Auth's hooks pass that sign-in throttling reads. */
interface HookContext {
  path?: string;
  body?: { email?: unknown };
  headers?: Headers;
  request?: Request;
  context: { newSession?: unknown; returned?: unknown };
}

// From the before hook that counted an attempt to the after hook that settles it, per request.
const claimed = new WeakMap<object, ClaimedCounts>();
const requestOf = (ctx: HookContext): object => ctx.request ?? ctx.headers ?? ctx;

function attemptOf(ctx: HookContext): SignInAttempt | null {
  if (ctx.path !== '/sign-in/email' || typeof ctx.body?.email !== 'string' || !ctx.body.email) return null;
  return { email: ctx.body.email, address: clientAddress(ctx.headers) };
}

/** Before Better Auth checks a password: refuses with 429 and Retry-After while the attempt must wait. */
export async function throttleSignIn(db: Db, ctx: HookContext) {
  const attempt = attemptOf(ctx);
  if (!attempt) return;
  const claim = await claimSignInAttempt(db, attempt);
  if (claim.allowed) {
    claimed.set(requestOf(ctx), claim.counts);
    return;
  }
  const where = claim.scope === 'address' ? 'from your network' : 'for this account from your network';
  throw new APIError(
    'TOO_MANY_REQUESTS',
    { message: `Too many failed sign-in attempts ${where}. Wait ${waitInWords(claim.retryAfterSeconds)} and try again.` },
    { 'Retry-After': String(claim.retryAfterSeconds) },
  );
}

/** After Better Auth answered: a session means the right password, 401 a wrong one, anything else no check. */
export async function settleSignIn(db: Db, ctx: HookContext) {
  const attempt = attemptOf(ctx);
  const counts = claimed.get(requestOf(ctx));
  if (!attempt || !counts) return;
  const { returned, newSession } = ctx.context;
  const outcome = newSession ? 'succeeded' : returned instanceof APIError && returned.status === 'UNAUTHORIZED' ? 'failed' : 'not-checked';
  await recordSignInOutcome(db, attempt, counts, outcome);
  if (outcome !== 'not-checked') await recordSignIn(db, { email: attempt.email, outcome, userId: sessionUserId(newSession), headers: ctx.headers });
}

const sessionUserId = (newSession: unknown) => (newSession as { user?: { id?: string } } | undefined)?.user?.id;
