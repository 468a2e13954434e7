import 'server-only';
import { APIError, getSessionFromCtx } from 'better-auth/api';
import { symmetricDecrypt } from 'better-auth/crypto';
import type { Db } from '@/lib/db/client';
import { decodeBase32 } from './base32';
import { matchingStep } from './totp-step';

export type AuthHookContext = Parameters<typeof getSessionFromCtx>[0];

/** The person a two-factor check is for: the session's, or the one whose password sign-in is waiting for a code. */
export async function twoFactorUserId(ctx: AuthHookContext): Promise<{ userId: string; signingIn: boolean } | null> {
  const session = await getSessionFromCtx(ctx);
  if (session) return { userId: session.user.id, signingIn: false };
  const cookie = ctx.context.createAuthCookie('two_factor');
  const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!identifier) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return verification ? { userId: verification.value, signingIn: true } : null;
}

async function totpKey(ctx: AuthHookContext, sealedSecret: string): Promise<Uint8Array> {
  const secret = await symmetricDecrypt({ key: ctx.context.secretConfig, data: sealedSecret });
  return secret.startsWith('base32:') ? decodeBase32(secret.slice(7)) : Buffer.from(secret, 'utf8');
}

const USES_KEPT_MS = 10 * 60_000;

/** Remembers that `userId` used `step`; false when it was used already (the code is being replayed). */
export async function claimTotpStep(db: Pick<Db, 'totpCodeUse'>, userId: string, step: number, now = new Date()): Promise<boolean> {
  await db.totpCodeUse.deleteMany({ where: { userId, usedAt: { lt: new Date(now.getTime() - USES_KEPT_MS) } } });
  const { count } = await db.totpCodeUse.createMany({ data: [{ userId, step, usedAt: now }], skipDuplicates: true });
  return count === 1;
}

export const CODE_REUSED = 'That code was used already. Wait for the next code from your authenticator app.';

export const codeReusedError = () => new APIError('UNAUTHORIZED', { message: CODE_REUSED, code: 'TOTP_CODE_REUSED' });

/**
 * Before Better Auth checks a TOTP code: true when the code is right but was used before, so that
 * a code seen over someone's shoulder (or replayed from a log) cannot sign in a second time.
 * A wrong code is left to the plugin, which refuses it and counts the failure.
 */
export async function isReusedTotp(db: Pick<Db, 'totpCodeUse' | 'twoFactor'>, ctx: AuthHookContext, who: { userId: string }): Promise<boolean> {
  const code = typeof ctx.body?.code === 'string' ? ctx.body.code : '';
  const row = await db.twoFactor.findFirst({ where: { userId: who.userId }, select: { secret: true } });
  if (!row) return false;
  const step = matchingStep(await totpKey(ctx, row.secret), code);
  return step !== null && !(await claimTotpStep(db, who.userId, step));
}
