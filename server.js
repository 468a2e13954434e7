// `npm start`: Next's production server behind a front door that decides which forwarding headers
// to believe. Next itself keeps whatever X-Forwarded-For and X-Forwarded-Host a client sends, and
// route handlers never see the socket, so only here can a made-up address or host be told apart.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { FRONT_DOOR, readProxyTrust, rewriteForwardingHeaders } from './lib/http/forwarded-headers.js';

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

// Read after prepare(), which loads .env files into process.env.
const proxyTrust = readProxyTrust(process.env);
if (!proxyTrust.ok) {
  console.error(`[credentials] error: Invalid configuration:\n${proxyTrust.problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}

const server = createServer((request, response) => {
  rewriteForwardingHeaders(request.headers, request.socket.remoteAddress, proxyTrust.trust);
  handle(request, response).catch((error) => {
    console.error(`[credentials] error: request failed: ${error instanceof Error ? error.name : typeof error}`);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.listen(port, hostname, () => console.log(`[credentials] ready on http://${hostname ?? 'localhost'}:${port}`));

// Stop taking connections, let requests in flight finish, then exit as `next start` does.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
