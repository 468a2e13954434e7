import 'server-only';
import type { Actor, WorkspaceRole } from '@/lib/auth/actor';
import { getEnv } from '@/lib/env';
import { noteRequestActor } from '@/lib/observability/request-context.js';
import { claimApiKeyUse } from './api-key-use';
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
 * Checks a key made by Better Auth's API key plugin, counts it against the key's rate limit (in
 * the database, so the limit holds across instances) and acts as the person who created it, with
 * their role in the key's workspace as it is now: a key never outranks its creator, and stops
 * working when they leave.
 */
export async function authenticateApiKey(request: Request): Promise<Authentication> {
  const key = bearerKey(request);
  if (!key) return { ok: false, response: notAuthenticated('Send an API key in the Authorization header: `Authorization: Bearer phcm_...`. Create one under Settings > API keys.') };
  if (!KEY_SHAPE.test(key)) return { ok: false, response: notAuthenticated('This API key is not valid. Check that you copied all of it.') };

  const use = await claimApiKeyUse(key);
  if (!use.found) {
    if (use.expired) return { ok: false, response: notAuthenticated('This API key has expired. Create a new one under Settings > API keys.') };
    return { ok: false, response: notAuthenticated('This API key is not valid or was revoked. Create a new one under Settings > API keys.') };
  }
  if (use.requestCount > getEnv().API_RATE_LIMIT_PER_MINUTE) {
    const seconds = Math.max(1, use.windowEndsInSeconds);
    return { ok: false, response: problem('rate-limited', `This API key made too many requests. Try again in ${seconds} seconds.`, {}, { 'Retry-After': String(seconds) }) };
  }
  const member = use.creator;
  if (!member) {
    return { ok: false, response: notAuthenticated('The person who created this API key is no longer a member of its workspace, so the key no longer works. Create a new one.') };
  }
  noteRequestActor({ workspaceId: member.workspaceId, actorId: member.userId, apiKeyId: use.keyId });
  const role = asRole(member.role);
  const workspace = { id: member.workspaceId, name: member.workspaceName, role };
  return {
    ok: true,
    keyId: use.keyId,
    actor: { userId: member.userId, name: member.name, email: member.email, workspaceId: workspace.id, workspaceName: workspace.name, role, workspaces: [workspace] },
  };
}
