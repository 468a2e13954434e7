import 'server-only';
import { APIError } from 'better-auth/api';
import { personNameSchema } from './account-schemas';

/**
 * Better Auth's endpoints take any name and any image string; wherever a user row is written, it
 * must meet the app's own rules (the forms' schema). The app shows no profile images, so none is
 * stored: a `javascript:` URL has nowhere to end up.
 */
export function checkUserFields<User extends { name?: unknown; image?: unknown }>(user: User): User {
  if (user.image !== undefined && user.image !== null) {
    throw new APIError('BAD_REQUEST', { message: 'This app does not use profile images; leave image out.' });
  }
  if (user.name === undefined) return user;
  const name = personNameSchema.safeParse(user.name);
  if (!name.success) throw new APIError('BAD_REQUEST', { message: `Name: ${name.error.issues[0]?.message ?? 'not valid.'}` });
  return { ...user, name: name.data };
}
