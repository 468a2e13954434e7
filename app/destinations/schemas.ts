import { z } from 'zod';
import { connectionNameSchema, planhatModelSchema, writeModeSchema } from '@/lib/sources/schemas';

/** The Configure step's form for a new destination. */
export const createDestinationSchema = z.object({
  credentialId: z.string().min(1, 'Choose a credential first.'),
  name: connectionNameSchema('destination'),
  model: planhatModelSchema('Choose the data model to write to.'),
  writeMode: writeModeSchema,
});

export const destinationConfigureParamsSchema = z.object({ credential: z.string().catch('') });
