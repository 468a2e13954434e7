import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { noteRequestActor } from '@/lib/observability/request-context.js';
import { getAuth } from './auth';

export type WorkspaceRole = 'owner' | 'admin' | 'member';

export interface WorkspaceMembership {
  id: string;
  name: string;
  role: WorkspaceRole;
}

/** The signed-in person acting in their active workspace: what every authorization decision takes. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
  workspaces: WorkspaceMembership[];
  /** Set for a person signed in through a session (not for API keys or request links). */
  twoFactorEnabled?: boolean;
  /** The active workspace requires two-factor and this person has not set it up: only Account is open to them. */
  mustSetUpTwoFactor?: boolean;
}

export class NotSignedInError extends Error {
  override name = 'NotSignedInError';
  constructor() {
    super('Your session has ended. Sign in again to continue.');
  }
}

const asRole = (role: string): WorkspaceRole => (role === 'owner' || role === 'admin' ? role : 'member');

/**
 * The request's headers with its cookies as they are now: a server action that replaced the
 * session (turning two-factor on, changing the password) re-renders the page in the same request,
 * and that render must read the new session cookie, not the one the request came with.
 */
export async function headersWithCurrentCookies(): Promise<Headers> {
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  const current = new Headers(requestHeaders);
  const cookieHeader = cookieStore.toString();
  if (cookieHeader) current.set('cookie', cookieHeader);
  else current.delete('cookie');
  return current;
}

const currentSession = cache(async () => {
  return (await getAuth()).api.getSession({ headers: await headersWithCurrentCookies() });
});

/** The signed-in user, whether or not they belong to a workspace. */
export async function currentUser() {
  return (await currentSession())?.user ?? null;
}

/** Reads the session from the request cookies; null when signed out or in no workspace. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession();
  if (!session) return null;
  const db = await getDb();
  const memberships = await db.member.findMany({
    where: { userId: session.user.id },
    select: { role: true, organization: { select: { id: true, name: true, settings: { select: { requireTwoFactor: true } } } } },
    orderBy: { createdAt: 'asc' },
  });
  const workspaces = memberships.map((m) => ({ id: m.organization.id, name: m.organization.name, role: asRole(m.role) }));
  const requiring = new Set(memberships.filter((m) => m.organization.settings?.requireTwoFactor).map((m) => m.organization.id));
  // The session's active workspace, unless the person has left it since; else their first one.
  const active = workspaces.find((w) => w.id === session.session.activeOrganizationId) ?? workspaces[0];
  if (!active) return null;
  noteRequestActor({ workspaceId: active.id, actorId: session.user.id });
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    workspaceId: active.id,
    workspaceName: active.name,
    role: active.role,
    workspaces,
    twoFactorEnabled: session.user.twoFactorEnabled === true,
    mustSetUpTwoFactor: requiring.has(active.id) && session.user.twoFactorEnabled !== true,
  };
});

export const TWO_FACTOR_SETUP_PATH = '/account/two-factor';

/**
 * For pages: the actor, or a redirect to sign in that comes back to `returnTo` afterwards. A
 * member whose workspace requires two-factor and who has not set it up is sent to set it up first
 * (`allowWithoutTwoFactor` is for the Account pages where they do that).
 */
export async function requireActor(returnTo: string, { allowWithoutTwoFactor = false } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (actor.mustSetUpTwoFactor && !allowWithoutTwoFactor) redirect(`${TWO_FACTOR_SETUP_PATH}?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** A workspace requires two-factor of its members and this one has not set it up yet. */
export class TwoFactorRequiredError extends NotSignedInError {
  override name = 'TwoFactorRequiredError';
  constructor(workspaceName: string) {
    super();
    this.message = `${workspaceName} requires two-factor authentication. Set it up under Account → Two-factor authentication, then try again.`;
  }
}

/** For server actions and route handlers: the actor, or NotSignedInError (TwoFactorRequiredError before setup). */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new NotSignedInError();
  if (actor.mustSetUpTwoFactor) throw new TwoFactorRequiredError(actor.workspaceName);
  return actor;
}
