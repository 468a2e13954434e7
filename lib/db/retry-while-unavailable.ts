import 'server-only';
import { log } from '@/lib/log';
import { databaseFailureCause } from './database-failure';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Runs `attempt` until it succeeds, waiting longer after each failure (0.5 s, 1 s, 2 s ... at most
 * 10 s) while the database is down, unreachable or starting up, for at most `timeoutMs`
 * (DB_CONNECT_TIMEOUT); then throws the last error. Anything else (a wrong password, a missing
 * database, a failed migration, a locked data folder) is thrown at once: waiting would not fix it.
 */
export async function retryWhileUnavailable<T>(attempt: () => Promise<T>, { timeoutMs, label }: { timeoutMs: number; label: string }): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt();
    } catch (error) {
      const cause = databaseFailureCause(error);
      const left = giveUpAt - Date.now();
      if (!cause || left <= 0) throw error;
      const delay = Math.min(FIRST_DELAY_MS * 2 ** (attempts - 1), MAX_DELAY_MS, left);
      log.warn(`${label} is not reachable yet (${cause}); attempt ${attempts} failed, trying again in ${seconds(delay)} (giving up in ${seconds(left)}: DB_CONNECT_TIMEOUT)`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
