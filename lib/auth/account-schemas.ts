// Client-safe: the setup, invitation and workspace forms validate with these, the server actions
// again, and Better Auth's database hooks once more for whatever reaches it another way.
import { z } from 'zod';
import { displayNameSchema } from '@/lib/text/text-schemas';

export const PERSON_NAME_MAX = 100;

export const personNameSchema = displayNameSchema({ required: 'Enter your name.', max: PERSON_NAME_MAX, tooLong: `Use at most ${PERSON_NAME_MAX} characters.` });

export const emailSchema = (example: string) => z.string().trim().toLowerCase().pipe(z.email(`Enter a valid email address, like ${example}.`));

export const passwordSchema = z.string().min(10, 'Use at least 10 characters.').max(128, 'Use at most 128 characters.');

export const workspaceNameSchema = (required: string) =>
  displayNameSchema({ required, min: 2, max: 80, tooShort: required, tooLong: 'Use at most 80 characters.' });

// Better Auth's ids (users, members, invitations, keys) are short letters and digits; anything else
// is not worth a database lookup.
export const authIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'This link or form is not valid. Open it again.');
