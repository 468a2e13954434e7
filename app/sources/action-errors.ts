import 'server-only';
import { actionErrorMessage } from '@/app/credentials/action-errors';
import type { FormFailure } from '@/lib/action-result';
import { SourceError } from '@/lib/sources/errors';

/**
 * A refusal of the sources service keeps its message (beside the model field when it is about the
 * model); anything else goes through the credentials' rule: expected message, or one generic sentence.
 */
export function sourceActionFailure(error: unknown, action: string): FormFailure {
  if (error instanceof SourceError) {
    return error.code === 'not-readable' ? { ok: false, fieldErrors: { model: [error.message] } } : { ok: false, formError: error.message };
  }
  return { ok: false, formError: actionErrorMessage(error, action) };
}
