// Client-safe: the Create API key form validates with this, and the server action again.
import { z } from 'zod';

// Better Auth's API key plugin stores names of at most 32 characters.
export const apiKeyNameSchema = z
  .string({ error: 'Name the key after what will use it, e.g. “Nightly sync”.' })
  .trim()
  .min(1, 'Name the key after what will use it, e.g. “Nightly sync”.')
  .max(32, 'Use at most 32 characters for the name.')
  .regex(/^[^\p{Cc}]*$/u, 'The name cannot contain line breaks or control characters.');

export const createApiKeySchema = z.object({ name: apiKeyNameSchema });
export const revokeApiKeySchema = z.object({ keyId: z.string().min(1).max(200) });
