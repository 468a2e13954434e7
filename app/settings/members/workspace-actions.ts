'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { getAuth } from '@/lib/auth/auth';
import { workspaceSlug } from '@/lib/auth/first-run';
import { newWorkspaceSchema } from './schemas';

/** Creates another workspace owned by the signed-in person and switches to it. */
export async function createWorkspace(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = newWorkspaceSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await actorOrThrow();
    const name = parsed.data.workspaceName;
    await (await getAuth()).api.createOrganization({ body: { name, slug: workspaceSlug(name) }, headers: await headers() });
  } catch (error) {
    if (error instanceof NotSignedInError) return formError(error.message);
    if (isAPIError(error)) return formError(error.message || 'Could not create the workspace.');
    throw error;
  }
  redirect('/');
}
