import 'server-only';
import { APIError } from 'better-auth/api';
import type { AuditAction } from '@/lib/audit/audit-actions';
import { recordAccountAuditEvent } from '@/lib/audit/audit-log';
import type { Db } from '@/lib/db/client';
import { checkPasskeyName } from '../passkeys/passkeys';
import { codeReusedError, isReusedTotp, twoFactorUserId, type AuthHookContext } from './totp-replay';

interface Pending {
  userId: string;
  signingIn: boolean;
  enabling: boolean;
}

// From the before hook to the after hook of one request.
const pending = new WeakMap<object, Pending>();
const requestOf = (ctx: AuthHookContext): object => ctx.request ?? ctx.headers ?? ctx;
/** What the endpoint answered (after hooks only). */
const returnedOf = (ctx: AuthHookContext): unknown => (ctx.context as { returned?: unknown }).returned;

const SECOND_FACTOR_PATHS = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code']);

/** Before Better Auth: passkey names checked; who a second-factor check is for, and a reused TOTP code refused. */
export async function beforeAccountSecurity(db: Db, ctx: AuthHookContext) {
  checkPasskeyName(ctx);
  if (!SECOND_FACTOR_PATHS.has(ctx.path)) return;
  const who = await twoFactorUserId(ctx);
  if (!who) return;
  const row = await db.twoFactor.findFirst({ where: { userId: who.userId }, select: { verified: true } });
  const state = { ...who, enabling: !who.signingIn && row?.verified === false };
  pending.set(requestOf(ctx), state);
  if (ctx.path === '/two-factor/verify-totp' && (await isReusedTotp(db, ctx, who))) {
    // A refusal here skips the after hook: record it now.
    const refusal = codeReusedError();
    await record(db, ctx, who.userId, secondFactorOutcome(ctx.path, refusal, state));
    throw refusal;
  }
}

type Outcome = { action: AuditAction; detail?: Record<string, string> } | null;

function secondFactorOutcome(path: string, failed: APIError | null, who: Pending): Outcome[] {
  const method = path === '/two-factor/verify-totp' ? 'authenticator-app' : 'recovery-code';
  if (failed) return [{ action: 'two-factor.failed', detail: { method, reason: failed.body?.code ?? String(failed.status) } }];
  const used: Outcome = method === 'recovery-code' ? { action: 'two-factor.recovery-code-used' } : null;
  if (who.signingIn) return [used, { action: 'sign-in.succeeded', detail: { method: 'password', secondFactor: method } }];
  return [used, who.enabling ? { action: 'two-factor.enabled' } : null];
}

const SESSION_ACTIONS: Record<string, AuditAction> = {
  '/two-factor/disable': 'two-factor.disabled',
  '/two-factor/generate-backup-codes': 'two-factor.recovery-codes-regenerated',
  '/passkey/verify-registration': 'passkey.added',
  '/passkey/update-passkey': 'passkey.renamed',
  '/passkey/delete-passkey': 'passkey.removed',
};

interface PasskeyBody {
  id?: string;
  name?: string | null;
}

function passkeyTarget(ctx: AuthHookContext) {
  const returned = returnedOf(ctx) as ({ passkey?: PasskeyBody } & PasskeyBody) | undefined;
  const body = ctx.body as PasskeyBody | undefined;
  const id = returned?.passkey?.id ?? returned?.id ?? body?.id;
  if (!ctx.path.startsWith('/passkey/') || !id) return null;
  return { type: 'passkey', id, label: returned?.passkey?.name ?? returned?.name ?? body?.name ?? null };
}

async function record(db: Db, ctx: AuthHookContext, userId: string, outcomes: Outcome[]) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return;
  for (const outcome of outcomes) {
    if (!outcome) continue;
    const target = passkeyTarget(ctx) ?? { type: 'user', id: userId, label: user.email };
    const entry = { action: outcome.action, actor: { id: userId, email: user.email }, headers: ctx.headers, target, detail: outcome.detail };
    await recordAccountAuditEvent(db, userId, entry);
  }
}

/** After Better Auth: one audit entry per second-factor, passkey or passkey sign-in outcome. */
export async function afterAccountSecurity(db: Db, ctx: AuthHookContext) {
  const returned = returnedOf(ctx);
  const failed = returned instanceof APIError ? returned : null;
  const who = pending.get(requestOf(ctx));
  if (SECOND_FACTOR_PATHS.has(ctx.path)) {
    if (who) await record(db, ctx, who.userId, secondFactorOutcome(ctx.path, failed, who));
    return;
  }
  if (failed) return;
  if (ctx.path === '/passkey/verify-authentication') {
    const userId = ctx.context.newSession?.user.id;
    if (userId) await record(db, ctx, userId, [{ action: 'sign-in.succeeded', detail: { method: 'passkey' } }]);
    return;
  }
  const action = SESSION_ACTIONS[ctx.path];
  const userId = ctx.context.session?.user.id;
  if (action && userId) await record(db, ctx, userId, [{ action }]);
}
