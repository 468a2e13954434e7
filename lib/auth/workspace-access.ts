import 'server-only';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements, memberAc, ownerAc } from 'better-auth/plugins/organization/access';

/**
 * Better Auth's own permission table for workspaces: its defaults, plus API keys, which owners and
 * admins manage (what a member may do with credentials is decided in lib/credentials/authz.ts).
 */
export const workspaceAccessControl = createAccessControl({ ...defaultStatements, apiKey: ['create', 'read', 'update', 'delete'] } as const);

export const workspaceRoles = {
  owner: workspaceAccessControl.newRole({ ...ownerAc.statements, apiKey: ['create', 'read', 'delete'] }),
  admin: workspaceAccessControl.newRole({ ...adminAc.statements, apiKey: ['create', 'read', 'delete'] }),
  member: workspaceAccessControl.newRole({ ...memberAc.statements }),
};
