import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/credentials/authz';
import { getDb } from '@/lib/db/client';
import { countAttempt } from '@/lib/rate-limit/fixed-window';
import { linkSecretHash } from '@/lib/vault';
import { LINK_SECRET_PATTERN } from './link-path';
import type { LinkClient, LinkRefusal } from './link-outcomes';
import { isUsable, stateOf } from './request-row';

/** Per minute: everything one address does with links (so unknown secrets cannot be tried fast), and per link. */
export const LIMITS = { perAddress: 30, opensPerLink: 30, savesPerLink: 10 } as const;

export const INVALID_LINK: LinkRefusal = { ok: false, problem: 'invalid-link' };

const linkSelect = {
  id: true,
  workspaceId: true,
  purpose: true,
  name: true,
  note: true,
  flowKind: true,
  flowModels: true,
  status: true,
  expiresAt: true,
  failedAttempts: true,
  workspace: { select: { name: true } },
  requestedBy: { select: { id: true, name: true, email: true } },
  target: { select: { id: true, name: true, createdById: true } },
} as const;

export interface FoundLink {
  id: string;
  purpose: 'new' | 'replace';
  name: string;
  note: string;
  flowKind: string | null;
  flowModels: string[];
  expiresAt: Date;
  status: string;
  target: { id: string; name: string; createdById: string | null } | null;
  /** The requester acting in the request's workspace, with their role today. */
  requester: Actor;
}

/**
 * The request a secret opens, if it can still be used, after counting the attempt against the
 * address's and the link's limits. Unknown, expired, revoked, spent and locked links, and links
 * whose requester has left or may no longer do what was asked, are all the same "invalid-link".
 */
export async function findUsableLink(secret: string, client: LinkClient, use: 'open' | 'save'): Promise<{ ok: true; link: FoundLink } | LinkRefusal> {
  const db = await getDb();
  const byAddress = await countAttempt(db, `request-link:address:${client.address ?? 'unknown'}`, LIMITS.perAddress);
  if (!byAddress.allowed) return { ok: false, problem: 'rate-limited', retryAfterSeconds: byAddress.retryAfterSeconds };
  if (!LINK_SECRET_PATTERN.test(secret)) return { ok: false, problem: 'malformed-link' };
  const row = await db.credentialRequest.findUnique({ where: { secretHash: linkSecretHash(secret) }, select: linkSelect });
  if (!row || !isUsable(stateOf(row))) return INVALID_LINK;
  const perLink = await countAttempt(db, `request-link:${use}:${row.id}`, use === 'open' ? LIMITS.opensPerLink : LIMITS.savesPerLink);
  if (!perLink.allowed) return { ok: false, problem: 'rate-limited', retryAfterSeconds: perLink.retryAfterSeconds };

  const member = await db.member.findFirst({ where: { userId: row.requestedBy.id, organizationId: row.workspaceId }, select: { role: true } });
  if (!member) return INVALID_LINK;
  const role = member.role === 'owner' || member.role === 'admin' ? member.role : 'member';
  const requester: Actor = { userId: row.requestedBy.id, name: row.requestedBy.name, email: row.requestedBy.email, workspaceId: row.workspaceId, workspaceName: row.workspace.name, role, workspaces: [] };
  const purpose = row.purpose === 'replace' ? 'replace' : 'new';
  const allowed = purpose === 'replace' ? row.target !== null && can(requester, 'replace-token', row.target) : can(requester, 'create');
  if (!allowed) return INVALID_LINK;
  return { ok: true, link: { id: row.id, purpose, name: row.name, note: row.note, flowKind: row.flowKind, flowModels: row.flowModels, expiresAt: row.expiresAt, status: row.status, target: row.target, requester } };
}
