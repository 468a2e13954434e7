import { z } from 'zod';
import { planhatCredentialSchema } from '@/lib/connectors/planhat/spec';
import { credentialDetailsSchema, newCredentialSchema } from '@/lib/credentials/schemas';

const flag = z.preprocess((value) => value === 'true' || value === 'on', z.boolean());

/** The overlay's fields plus the person's answers to the questions a save can raise. */
export const createCredentialFormSchema = newCredentialSchema('planhat').extend({
  verify: z.preprocess((value) => value !== 'false', z.boolean()),
  confirmDuplicateToken: flag.optional(),
  confirmNoReadAccess: flag.optional(),
  /** The overlay's id for this save, so that Cancel can stop it. */
  attemptId: z.uuid().optional(),
});

const version = z.coerce.number().int().min(1);
const credentialId = z.string().uuid({ message: 'Unknown credential.' });

export const updateDetailsFormSchema = credentialDetailsSchema.extend({ id: credentialId, version });

export const replaceTokenFormSchema = planhatCredentialSchema.extend({
  id: credentialId,
  version,
  verify: z.preprocess((value) => value !== 'false', z.boolean()),
  confirmDuplicateToken: flag.optional(),
  confirmNoReadAccess: flag.optional(),
});

export const deleteFormSchema = z.object({ id: credentialId, confirmName: z.string().max(200) });
