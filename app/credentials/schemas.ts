import { z } from 'zod';
import { newCredentialSchema } from '@/lib/credentials/schemas';

const flag = z.preprocess((value) => value === 'true' || value === 'on', z.boolean());

/** The overlay's fields plus the person's answers to the questions a save can raise. */
export const createCredentialFormSchema = newCredentialSchema('planhat').extend({
  verify: z.preprocess((value) => value !== 'false', z.boolean()),
  confirmDuplicateToken: flag.optional(),
  confirmNoReadAccess: flag.optional(),
});
