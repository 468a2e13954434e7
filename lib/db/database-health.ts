import 'server-only';
import { log } from '@/lib/log';
import { getDb, sqlOf } from './client';
import { databaseFailureCause } from './database-failure';

/** Load balancers give up on a probe after a few seconds: answer within 2 s, up or down, with room to spare. */
export const HEALTH_DEADLINE_MS = 1_500;

const ping = { name: 'health_ping', text: 'SELECT 1', timeoutMs: HEALTH_DEADLINE_MS };

// Probes come every few seconds: the log says when the database goes away and when it is back.
let failing = false;

class NoAnswer extends Error {
  override name = 'NoAnswer';
}

/** Whether the database answers a trivial statement within HEALTH_DEADLINE_MS. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer()), HEALTH_DEADLINE_MS);
  });
  try {
    await Promise.race([(async () => sqlOf(await getDb()).query(ping, []))(), deadline]);
    if (failing) log.info('health check: the database answers again');
    failing = false;
    return true;
  } catch (error) {
    const cause = error instanceof NoAnswer ? `no answer within ${HEALTH_DEADLINE_MS} ms` : (databaseFailureCause(error) ?? (error as Error).name);
    if (!failing) log.error(`health check: the database is unavailable (${cause})`);
    failing = true;
    return false;
  } finally {
    clearTimeout(timer);
  }
}
