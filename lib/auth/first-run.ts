import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { getAuth } from './auth';

export async function isFirstRun(): Promise<boolean> {
  return (await (await getDb()).user.count()) === 0;
}

export function workspaceSlug(name: string): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'workspace';
  return `${base}-${randomBytes(3).toString('hex')}`;
}

/** Creates the install's first account and its workspace, with that account as owner, and signs it in. */
export async function createFirstAccount(
  input: { name: string; email: string; password: string; workspaceName: string },
  requestHeaders: Headers,
): Promise<'created' | 'already-set-up'> {
  if (!(await isFirstRun())) return 'already-set-up';
  const auth = await getAuth();
  const { user } = await auth.api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.password },
    headers: requestHeaders,
  });
  const db = await getDb();
  try {
    const workspace = await auth.api.createOrganization({
      body: { name: input.workspaceName, slug: workspaceSlug(input.workspaceName), userId: user.id },
    });
    await db.session.updateMany({ where: { userId: user.id }, data: { activeOrganizationId: workspace?.id ?? null } });
    return 'created';
  } catch (error) {
    // An owner without a workspace would lock the install: undo the account so setup can run again.
    await db.user.delete({ where: { id: user.id } });
    throw error;
  }
}
