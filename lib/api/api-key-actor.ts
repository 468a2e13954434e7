import 'server-only';
import type { Actor, WorkspaceRole } from '@/lib/auth/actor';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/db/client';
import { problem } from './problem';

export const API_KEY_PREFIX = 'phcm_';
// The plugin's keys are the prefix plus 64 letters; anything else is not worth a database lookup.
const KEY_SHAPE = /^phcm_[A-Za-z]{64}$/;

const UNAUTHENTICATED = { 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"' };
const notAuthenticated = (detail: string) => problem('unauthenticated', detail, {}, UNAUTHENTICATED);

export type Authentication = { ok: true; actor: Actor; keyId: string } | { ok: false; response: Response };

/** The key from `Authorization: Bearer <key>`. Cookies are never read: the API takes keys only. */
export function bearerKey(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

const asRole = (role: string): WorkspaceRole => (role === 'owner' || role === 'admin' ? role : 'member');

/**
 * Verifies the key with Better Auth's API key plugin (which also counts it against the key's rate
 * limit, in the database) and acts as the person who created it, with their role in the key's
 * workspace as it is now: a key never outranks its creator, and stops working when they leave.
 */
export async function authenticateApiKey(request: Request): Promise<Authentication> {
  const key = bearerKey(request);
  if (!key) return { ok: false, response: notAuthenticated('Send an API key in the Authorization header: `Authorization: Bearer phcm_...`. Create one under Settings > API keys.') };
  if (!KEY_SHAPE.test(key)) return { ok: false, response: notAuthenticated('This API key is not valid. Check that you copied all of it.') };

  const result = await (await getAuth()).api.verifyApiKey({ body: { key } });
  if (!result.valid || !result.key) {
    const error = result.error as { code?: string; details?: { tryAgainIn?: number } } | null;
    if (error?.code === 'RATE_LIMITED') {
      const seconds = Math.max(1, Math.ceil((error.details?.tryAgainIn ?? 60_000) / 1000));
      return { ok: false, response: problem('rate-limited', `This API key made too many requests. Try again in ${seconds} seconds.`, {}, { 'Retry-After': String(seconds) }) };
    }
    if (error?.code === 'KEY_EXPIRED') return { ok: false, response: notAuthenticated('This API key has expired. Create a new one under Settings > API keys.') };
    return { ok: false, response: notAuthenticated('This API key is not valid or was revoked. Create a new one under Settings > API keys.') };
  }

  const createdBy = (result.key.metadata as { createdBy?: unknown } | null)?.createdBy;
  const member = typeof createdBy === 'string' ? await currentMembership(createdBy, result.key.referenceId) : undefined;
  if (!member) {
    return { ok: false, response: notAuthenticated('The person who created this API key is no longer a member of its workspace, so the key no longer works. Create a new one.') };
  }
  const role = asRole(member.role);
  const workspace = { id: member.workspaceId, name: member.workspaceName, role };
  return {
    ok: true,
    keyId: result.key.id,
    actor: { userId: member.userId, name: member.name, email: member.email, workspaceId: workspace.id, workspaceName: workspace.name, role, workspaces: [workspace] },
  };
}

type Membership = { userId: string; name: string; email: string; role: string; workspaceId: string; workspaceName: string };

/** One round trip on every request (Prisma would make three of it: member, then user, then organization). */
async function currentMembership(userId: string, workspaceId: string): Promise<Membership | undefined> {
  const db = await getDb();
  const [member] = await db.$queryRaw<Membership[]>`
    SELECT u."id" AS "userId", u."name", u."email", m."role", o."id" AS "workspaceId", o."name" AS "workspaceName"
    FROM "member" m JOIN "user" u ON u."id" = m."userId" JOIN "organization" o ON o."id" = m."organizationId"
    WHERE m."userId" = ${userId} AND m."organizationId" = ${workspaceId}
    LIMIT 1`;
  return member;
}
