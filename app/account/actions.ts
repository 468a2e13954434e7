'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, type FormResult } from '@/lib/action-result';
import { getAuth } from '@/lib/auth/auth';
import { switchActiveWorkspace, WORKSPACE_NOT_FOUND } from '@/lib/auth/switch-workspace';

/** Ends the session in the database (not just the cookie), then goes to the sign-in page. */
export async function signOut() {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect('/sign-in');
}

/** Makes another of the person's workspaces the active one for this session. */
export async function switchWorkspace(workspaceId: string): Promise<FormResult> {
  const outcome = await switchActiveWorkspace(await headers(), workspaceId);
  if (outcome === 'signed-out') redirect('/sign-in');
  if (outcome === 'not-found') return formError(WORKSPACE_NOT_FOUND);
  redirect('/');
}
