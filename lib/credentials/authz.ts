import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { CredentialError } from './errors';

export type CredentialAction = 'view' | 'create' | 'use' | 'check' | 'rename' | 'replace-token' | 'delete';

const everyone: CredentialAction[] = ['view', 'create', 'use', 'check'];
const creatorOnly: CredentialAction[] = ['rename', 'replace-token', 'delete'];

/**
 * The one rule book for what a workspace member may do with a credential. Owners and admins may do
 * everything; members may create, use and re-check any credential of the workspace, and rename,
 * replace the token of, or delete only the ones they created.
 */
export function can(actor: Actor, action: CredentialAction, credential?: { createdById: string | null }): boolean {
  if (actor.role === 'owner' || actor.role === 'admin') return true;
  if (everyone.includes(action)) return true;
  return creatorOnly.includes(action) && credential?.createdById === actor.userId;
}

const refusals: Record<CredentialAction, string> = {
  view: 'You cannot view this credential.',
  create: 'You cannot create credentials in this workspace.',
  use: 'You cannot use this credential.',
  check: 'You cannot re-check this credential.',
  rename: 'Only the person who created this credential, or a workspace owner or admin, can edit it.',
  'replace-token': 'Only the person who created this credential, or a workspace owner or admin, can replace its token.',
  delete: 'Only the person who created this credential, or a workspace owner or admin, can delete it.',
};

export function authorize(actor: Actor, action: CredentialAction, credential?: { createdById: string | null }) {
  if (!can(actor, action, credential)) throw new CredentialError('forbidden', refusals[action]);
}

export function permissionsOf(actor: Actor, credential: { createdById: string | null }) {
  return {
    use: can(actor, 'use', credential),
    check: can(actor, 'check', credential),
    rename: can(actor, 'rename', credential),
    replaceToken: can(actor, 'replace-token', credential),
    delete: can(actor, 'delete', credential),
  };
}
