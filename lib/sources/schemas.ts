// Client-safe: the configure forms validate with these, and the server again.
import { z } from 'zod';
import { PLANHAT_MODEL_IDS } from '@/lib/connectors/planhat/models';
import { displayNameSchema } from '@/lib/text/text-schemas';

export const connectionNameSchema = (noun: 'source' | 'destination') =>
  displayNameSchema({ required: `Enter a name for the ${noun}.`, max: 80, tooLong: 'Use at most 80 characters for the name.' });

export const planhatModelSchema = (message: string) => z.enum(PLANHAT_MODEL_IDS, { error: message });

export const WRITE_MODES = [
  { id: 'create', label: 'Create', description: 'Every record is sent as a new Planhat record.' },
  {
    id: 'upsert',
    label: 'Upsert',
    description: 'Records that match an existing one on Planhat ID, external ID or source ID update it; the rest are created.',
  },
] as const;

export type WriteMode = (typeof WRITE_MODES)[number]['id'];

export const writeModeSchema = z.enum(['create', 'upsert'], { error: 'Choose a write mode: Create or Upsert.' });

export const writeModeLabel = (mode: string) => WRITE_MODES.find((entry) => entry.id === mode)?.label ?? mode;
