import 'server-only';
import pg from 'pg';
import { log } from '@/lib/log';
import { databaseFailureCause } from './database-failure';

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
/** For a new connection, or for a free one when all are busy (shorter if the statement timeout is). */
export const CONNECT_TIMEOUT_MS = 5_000;
// The server cancels a statement at the statement timeout; the client waits this much longer for
// that answer before it gives up on a server that answers nothing at all (frozen, or cut off).
const SILENCE_MARGIN_MS = 1_000;

/**
 * The connection pool of one app instance. Every wait is bounded, because a frozen database
 * (SIGSTOP, a network partition) otherwise holds each request, and the health check, until it
 * comes back: connecting and waiting for a free connection (CONNECT_TIMEOUT_MS), a statement on
 * the server (statement_timeout), and silence from the server (query_timeout). A connection that
 * timed out is dropped by the pool, not reused.
 */
export function createPostgresPool(url: string, statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: Math.min(CONNECT_TIMEOUT_MS, statementTimeoutMs),
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + SILENCE_MARGIN_MS,
    // Notices a peer that vanished while a connection sat idle.
    keepAlive: true,
  });
  // An idle connection the server ended (a restart, an administrator) is an 'error' event: without
  // a listener it would stop the whole process. The pool drops it and opens another when needed.
  pool.on('error', (error) => log.warn(`an idle database connection was lost (${databaseFailureCause(error) ?? error.name}); the next request opens a new one`));
  return pool;
}
