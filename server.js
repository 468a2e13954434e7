// `npm start`: Next's production server behind a front door that decides which forwarding headers
// to believe (Next keeps whatever X-Forwarded-For a client sends, and route handlers never see the
// socket), gives every request an id and one log line, times it for /api/metrics, and shuts down
// without dropping a request it accepted.
import { createServer } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FRONT_DOOR, readProxyTrust, rewriteForwardingHeaders } from './lib/http/forwarded-headers.js';
import { readObservabilityConfig } from './lib/observability/config.js';
import { isShuttingDown, markShuttingDown, runShutdownPhase } from './lib/observability/lifecycle.js';
import { getLogger } from './lib/observability/logger.js';
import { getMetrics } from './lib/observability/metrics.js';
import { requestIdFrom, runWithRequestContext } from './lib/observability/request-context.js';
import { loadRoutePatterns } from './lib/observability/route-patterns.js';

const { values: args } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname;

// As `next start` does; set before Next loads, since parts of it read NODE_ENV on import.
process.env.NODE_ENV ??= 'production';
globalThis[FRONT_DOOR] = true;
const { default: next } = await import('next');

const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Read after prepare(), which loads .env files into process.env (and boots the app, which checks the rest).
const proxyTrust = readProxyTrust(process.env);
const observability = readObservabilityConfig(process.env);
const problems = [...(proxyTrust.ok ? [] : proxyTrust.problems), ...(observability.ok ? [] : observability.problems)];
if (!proxyTrust.ok || !observability.ok) {
  console.error(`Invalid configuration:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
const { shutdownTimeoutMs, shutdownDelayMs } = observability.config;
const log = getLogger();
const metrics = getMetrics();
const routeOf = loadRoutePatterns(path.join(import.meta.dirname, process.env.NEXT_DIST_DIR || '.next'));

// Probes, scrapes and static files are logged at debug: at info they would drown the requests people make.
const QUIET_ROUTES = /^\/(?:_next\/|api\/health|api\/metrics|favicon)/;

/** Responses not yet finished, so a shutdown can wait for them and tell their connections to close. */
const inFlight = new Set();
/** Connections accepted whose first request has not arrived yet: a shutdown waits for it too. */
const unheard = new Set();
let drained = () => {};
const settled = () => {
  if (inFlight.size === 0 && unheard.size === 0) drained();
};

const server = createServer((request, response) => {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(request.headers['x-request-id']);
  request.headers['x-request-id'] = requestId;
  response.setHeader('X-Request-Id', requestId);
  if (isShuttingDown()) response.setHeader('Connection', 'close');
  inFlight.add(response);
  const context = { requestId };
  unheard.delete(request.socket);
  response.once('close', () => {
    inFlight.delete(response);
    settled();
    const route = routeOf(new URL(request.url ?? '/', 'http://x').pathname);
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const status = response.statusCode;
    if (metrics.enabled) metrics.httpDuration.observe({ method: request.method, route, status }, durationMs / 1000);
    const line = { ...context, method: request.method, route, status, durationMs: Math.round(durationMs * 10) / 10, ...(response.writableFinished ? {} : { aborted: true }) };
    if (QUIET_ROUTES.test(route)) log.debug(line, 'request');
    else log.info(line, 'request');
  });
  rewriteForwardingHeaders(request.headers, request.socket.remoteAddress, proxyTrust.trust);
  runWithRequestContext(context, () => handle(request, response)).catch((error) => {
    log.error({ requestId, err: error }, 'request failed');
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.on('connection', (socket) => {
  unheard.add(socket);
  socket.once('close', () => {
    unheard.delete(socket);
    settled();
  });
});
server.listen(port, hostname, () => log.info(`ready on http://${hostname ?? 'localhost'}:${port}`));

/**
 * SIGTERM: readiness says 503 at once; new requests are still served for SHUTDOWN_DELAY (while the
 * load balancer notices), then the server stops listening, lets every accepted request finish and
 * the job workers finish their jobs, up to SHUTDOWN_TIMEOUT, and closes the database.
 */
async function shutDown(signal) {
  markShuttingDown();
  log.info({ signal, inFlight: inFlight.size, shutdownDelayMs, shutdownTimeoutMs }, 'shutting down: finishing requests and jobs in flight');
  if (shutdownDelayMs) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
  const deadline = Date.now() + shutdownTimeoutMs;
  // Stop listening only: http.Server's close() would also cut idle connections, and a connection
  // just accepted counts as idle until its request is read. Requests still arriving on open
  // connections are served, and answered with Connection: close.
  net.Server.prototype.close.call(server);
  for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
  const requestsDone = new Promise((resolve) => {
    drained = resolve;
    settled();
  });
  const [work] = await Promise.all([
    runShutdownPhase('work', shutdownTimeoutMs),
    Promise.race([requestsDone, new Promise((resolve) => setTimeout(resolve, shutdownTimeoutMs).unref())]),
  ]);
  const unfinished = inFlight.size;
  server.closeAllConnections();
  const connections = await runShutdownPhase('connections', Math.max(1000, deadline - Date.now()));
  await app.close().catch(() => undefined);
  for (const { name, problem } of [...work, ...connections]) log.warn(`shutdown: ${name} ${problem}`);
  if (unfinished) log.warn({ unfinished }, `shutdown: ${unfinished} requests were still running after SHUTDOWN_TIMEOUT`);
  log.info('stopped');
  log.flush?.();
  process.exit(unfinished || work.length || connections.length ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void shutDown(signal);
    // A second signal, or a shutdown that hangs, ends the process at once.
    process.once(signal, () => process.exit(1));
    setTimeout(() => process.exit(1), shutdownDelayMs + shutdownTimeoutMs + 5000).unref();
  });
}
