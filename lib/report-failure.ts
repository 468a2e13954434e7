import 'server-only';
import { databaseFailureCause } from '@/lib/db/database-failure';
import { log } from '@/lib/log';

/**
 * Logs a failure nobody expected in one line: a database outage by its cause (ECONNREFUSED,
 * "terminating connection", a timeout), anything else by its type only, since messages can quote
 * request data. Returns the database cause, or null when it was something else.
 */
export function reportFailure(error: unknown, what: string): string | null {
  const cause = databaseFailureCause(error);
  if (cause) log.error(`${what}: the database is unavailable (${cause})`);
  else log.error(`${what} failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
  return cause;
}

/**
 * For a server action that failed unexpectedly: reports it, and tells the person what happened
 * and what to do. A change may have gone through before the failure (its answer lost), so the
 * sentence never claims that nothing was saved.
 */
export function actionFailureMessage(error: unknown, action: string): string {
  if (reportFailure(error, action)) {
    return 'The database is not answering, so we could not tell whether your change went through. Reload the page in a minute to check before you try again.';
  }
  return 'Something went wrong on our side, and we could not tell whether your change went through. Reload the page to check before you try again.';
}
