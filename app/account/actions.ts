'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '@/lib/auth/auth';

/** Ends the session in the database (not just the cookie), then goes to the sign-in page. */
export async function signOut() {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect('/sign-in');
}

/** Makes another of the person's workspaces the active one for this session. */
export async function switchWorkspace(workspaceId: string) {
  const auth = await getAuth();
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) redirect('/sign-in');
  // Better Auth refuses a workspace the person is not a member of.
  await auth.api.setActiveOrganization({ body: { organizationId: String(workspaceId) }, headers: requestHeaders });
  redirect('/');
}
