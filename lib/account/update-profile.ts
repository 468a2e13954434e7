import 'server-only';
import { getAuth } from '@/lib/auth/auth';

/** Renames the signed-in person (Better Auth's user hook checks the name once more). */
export async function updateAccountName(requestHeaders: Headers, name: string): Promise<'updated' | 'signed-out'> {
  const auth = await getAuth();
  if (!(await auth.api.getSession({ headers: requestHeaders }))) return 'signed-out';
  await auth.api.updateUser({ body: { name }, headers: requestHeaders });
  return 'updated';
}
