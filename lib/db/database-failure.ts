import 'server-only';

/*
 * Tells a database that is down, unreachable, restarting or too slow apart from every other
 * error, and names the cause in words safe to log: fixed phrases keyed by error codes, never a
 * driver message that could quote a statement or its values.
 */

// Node's socket errors: the server could not be reached, or the connection broke.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

// SQLSTATEs of a server going away, starting up or full, or of a statement it stopped for taking too long.
const SQLSTATES: Record<string, string> = {
  '57P01': 'terminating connection (server shut down or connection ended by an administrator)',
  '57P02': 'terminating connection (server crashed)',
  '57P03': 'the database system is starting up or shutting down',
  '53300': 'too many connections',
  '57014': 'statement cancelled (statement timeout, or cancelled by an administrator)',
  '25P03': 'idle in transaction timeout',
};

// What pg and pg-pool say, without a code, when a connection cannot be made, breaks or stays silent.
const DRIVER_MESSAGES: Record<string, string> = {
  'Connection terminated unexpectedly': 'connection lost',
  'Connection terminated due to connection timeout': 'no connection within the connect timeout',
  'timeout exceeded when trying to connect': 'no free connection within the connect timeout',
  'Query read timeout': 'no answer within the statement timeout',
  'Client has encountered a connection error and is not queryable': 'connection lost',
};

// How Prisma and its driver adapter report the same.
const PRISMA_CODES: Record<string, string> = {
  P1001: "can't reach the database server",
  P1002: 'database server timed out',
  P1008: 'operation timed out',
  P1017: 'server closed the connection',
  P2024: 'timed out waiting for a connection',
  P2028: 'transaction timed out',
};
const ADAPTER_KINDS: Record<string, string> = {
  DatabaseNotReachable: "can't reach the database server",
  ConnectionClosed: 'connection closed',
  SocketTimeout: 'socket timeout',
  TooManyConnections: 'too many connections',
};

type Node = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };

function causeOf(node: Node): string | null {
  const code = typeof node.code === 'string' ? node.code : undefined;
  if (code && SOCKET_CODES.has(code)) return code;
  if (code && SQLSTATES[code]) return `${code} ${SQLSTATES[code]}`;
  if (code && /^08[0-9A-Z]{3}$/.test(code)) return `${code} connection failure`;
  if (typeof node.kind === 'string' && ADAPTER_KINDS[node.kind]) return ADAPTER_KINDS[node.kind]!;
  if (typeof node.message === 'string' && DRIVER_MESSAGES[node.message]) return DRIVER_MESSAGES[node.message]!;
  return null;
}

/**
 * Why the database could not serve a request, e.g. "ECONNREFUSED" or "57P01 terminating
 * connection (...)", looking through wrappers (Prisma, its driver adapter, Better Auth); null
 * when the error is anything else (a bug, a constraint, a validation error).
 */
export function databaseFailureCause(error: unknown): string | null {
  // Prisma's own code ("P1001") is the fallback: the driver's error inside it names the cause better.
  let prismaCause: string | null = null;
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const node = queue.shift() as Node | undefined;
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const cause = causeOf(node);
    if (cause) return cause;
    if (typeof node.code === 'string' && PRISMA_CODES[node.code]) prismaCause ??= `${node.code} ${PRISMA_CODES[node.code]}`;
    queue.push(node.cause, node.meta?.driverAdapterError, ...(Array.isArray(node.errors) ? node.errors : []));
  }
  return prismaCause;
}
