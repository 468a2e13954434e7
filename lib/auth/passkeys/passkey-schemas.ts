import { z } from 'zod';
import { displayNameSchema } from '@/lib/text/text-schemas';

export const passkeyNameSchema = displayNameSchema({
  required: 'Name the passkey, e.g. “Work laptop” or “iPhone”.',
  max: 60,
  tooLong: 'Use at most 60 characters for the passkey name.',
});

export const renamePasskeySchema = z.object({ id: z.string().min(1).max(200), name: passkeyNameSchema });
