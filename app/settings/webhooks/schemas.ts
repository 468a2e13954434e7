// Client-safe: the endpoint buttons send these, and the server actions check them again.
import { z } from 'zod';

export const endpointIdSchema = z.object({ endpointId: z.uuid() });
export const endpointSwitchSchema = endpointIdSchema.extend({ enabled: z.enum(['true', 'false']).transform((value) => value === 'true') });
