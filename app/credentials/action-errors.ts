import 'server-only';
import { NotSignedInError } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import { actionFailureMessage } from '@/lib/report-failure';

/**
 * Expected refusals keep their message; anything else is logged (by type or database cause, never
 * with request data) and answered with one sentence that says what happened and what to do.
 */
export function actionErrorMessage(error: unknown, action: string): string {
  if (error instanceof NotSignedInError || error instanceof CredentialError) return error.message;
  return actionFailureMessage(error, action);
}
