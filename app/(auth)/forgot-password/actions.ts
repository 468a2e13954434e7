'use server';

import { headers } from 'next/headers';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { requestPasswordReset } from '@/lib/account/request-password-reset';
import { actionFailureMessage } from '@/lib/report-failure';
import { forgotPasswordSchema } from './schemas';

/** Answers the same whether or not an account has that email: the form tells nobody who has one. */
export async function requestPasswordResetAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const parsed = forgotPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let outcome;
  try {
    outcome = await requestPasswordReset(await headers(), parsed.data.email);
  } catch (error) {
    return formError(actionFailureMessage(error, 'Requesting a password reset'));
  }
  if (outcome === 'email-off') return formError('This server does not send email, so it cannot send a reset link. Ask a workspace owner for help.');
  if (typeof outcome === 'object') {
    return formError(`Too many reset requests. Wait ${outcome.retryAfterSeconds} second${outcome.retryAfterSeconds === 1 ? '' : 's'} and try again.`);
  }
  return { ok: true };
}
