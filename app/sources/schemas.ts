import { z } from 'zod';
import { connectionNameSchema, planhatModelSchema } from '@/lib/sources/schemas';

/** The Configure step's form for a new source. */
export const createSourceSchema = z.object({
  credentialId: z.string().min(1, 'Choose a credential first.'),
  name: connectionNameSchema('source'),
  model: planhatModelSchema('Choose the data model to read.'),
});

export const changeCredentialSchema = z.object({
  sourceId: z.string().min(1),
  credentialId: z.string().min(1, 'Choose a credential first.'),
});

// Query parameters are whatever someone typed: anything odd means "the first page" / "nothing chosen".
const text = z.string().catch('');
export const previewOffsetSchema = z.coerce.number().int().min(0).max(1_000_000).catch(0);

export const configureParamsSchema = z.object({ credential: text, model: text, offset: previewOffsetSchema });
export const sourcePageParamsSchema = z.object({ offset: previewOffsetSchema, created: text, changed: text });
