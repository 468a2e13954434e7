import 'server-only';
import { NotSignedInError } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import { log } from '@/lib/log';

/**
 * Expected refusals keep their message; anything else is logged (by type only, never with
 * request data) and answered with one generic sentence.
 */
export function actionErrorMessage(error: unknown, action: string): string {
  if (error instanceof NotSignedInError || error instanceof CredentialError) return error.message;
  log.error(`${action} failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
  return 'Something went wrong on our side and nothing was saved. Try again in a moment.';
}
