// Client-safe: the Health checks form validates with this, and the server action again.
import { z } from 'zod';
import { WORKSPACE_CYCLES } from '@/lib/health/cycles';

export const MAX_ROTATE_AFTER_DAYS = 3650;

export const healthSettingsSchema = z
  .object({
    cycle: z.enum(['default', ...WORKSPACE_CYCLES], { error: 'Choose how often credentials are checked.' }),
    remindRotation: z.enum(['on']).optional(),
    rotateAfterDays: z.string().trim().optional(),
  })
  .transform((input, context) => {
    const cycle = input.cycle === 'default' ? null : input.cycle;
    if (!input.remindRotation) return { cycle, rotateAfterDays: null };
    const days = Number(input.rotateAfterDays);
    if (!input.rotateAfterDays || !Number.isInteger(days) || days < 1 || days > MAX_ROTATE_AFTER_DAYS) {
      context.addIssue({ code: 'custom', path: ['rotateAfterDays'], message: `Enter a whole number of days from 1 to ${MAX_ROTATE_AFTER_DAYS}, e.g. 90.` });
      return z.NEVER;
    }
    return { cycle, rotateAfterDays: days };
  });
