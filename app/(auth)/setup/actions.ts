'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { createFirstAccount } from '@/lib/auth/first-run';
import { setupSchema } from './schemas';

export async function setUpFirstAccount(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = setupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await createFirstAccount(parsed.data, await headers());
  if (outcome === 'already-set-up') return formError('This workspace is already set up. Sign in, or ask an owner for an invitation.');
  redirect('/');
}
