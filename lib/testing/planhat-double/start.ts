// The double's HTTP server: routes `/<cluster>/<model>` to the API handler, `/__control/*` to the
// control API, and adds latency per response so benchmarks see realistic round trips.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, handleApiRequest, type DoubleResponse } from './api-handler';
import { isDoubleCluster, isDoubleModel } from './catalogue';
import { CONTROL_PREFIX, handleControlRequest } from './control-api';
import { loadConfig, type TokenScenario } from './scenarios';
import { DoubleState, type RequestLogEntry } from './state';

export type StartOptions = {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Global latency on every API response; defaults to PLANHAT_DOUBLE_LATENCY_MS or 0. */
  latencyMs?: number;
  /** Replaces the configured tokens (PLANHAT_DOUBLE_CONFIG, or the built-in ones). */
  tokens?: TokenScenario[];
};

export type PlanhatDouble = {
  url: string;
  /** Point PLANHAT_API_URL_TEMPLATE (or the checker's urlTemplate) here. */
  urlTemplate: string;
  port: number;
  /** Adds or replaces a token; returns its label in the request log. */
  addToken(scenario: TokenScenario): string;
  revoke(token: string): boolean;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
};

const MAX_CONTROL_BODY = 64 * 1024;

export async function startPlanhatDouble(options: StartOptions = {}): Promise<PlanhatDouble> {
  const config = options.tokens ? { tokens: options.tokens } : loadConfig();
  const envLatency = Number(process.env.PLANHAT_DOUBLE_LATENCY_MS ?? 0);
  const latency = options.latencyMs ?? config.latencyMs ?? (Number.isFinite(envLatency) && envLatency > 0 ? envLatency : 0);
  const state = new DoubleState(config, latency);
  const timers = new Set<NodeJS.Timeout>();

  function send(res: http.ServerResponse, response: DoubleResponse, entry?: RequestLogEntry): void {
    const write = () => {
      if (res.destroyed) return;
      if (entry) entry.status = response.status;
      res.writeHead(response.status, response.headers).end(response.body);
    };
    if (response.delayMs <= 0) return write();
    const timer = setTimeout(() => {
      timers.delete(timer);
      write();
    }, response.delayMs);
    timers.add(timer);
    // A client that gave up (timeout, abort) should not keep a timer alive.
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://double.invalid');
    const method = req.method ?? 'GET';
    if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
      readBody(req).then(
        (body) => send(res, handleControlRequest(state, method, url.pathname, body)),
        () => send(res, { status: 413, headers: {}, body: '', delayMs: 0 }),
      );
      return;
    }
    const [cluster, model, ...rest] = url.pathname.split('/').filter(Boolean);
    const token = bearerToken(req.headers.authorization);
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      cluster: cluster ?? null,
      model: model ?? null,
      tokenLabel: token === undefined ? null : state.labelFor(token),
      status: null,
      time: new Date().toISOString(),
      receivedAt: Date.now(),
    };
    state.log.push(entry);
    req.resume();
    if (!isDoubleCluster(cluster) || !isDoubleModel(model) || rest.length > 0) {
      return send(res, { status: 404, headers: { 'content-type': 'application/json' }, body: '{"message":"Not found"}', delayMs: state.latencyMs }, entry);
    }
    const query = { limit: url.searchParams.get('limit') ?? undefined, offset: url.searchParams.get('offset') ?? undefined, sort: url.searchParams.get('sort') ?? undefined, select: url.searchParams.get('select') ?? undefined };
    send(res, handleApiRequest(state, { method, cluster, model, token, query }), entry);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  return {
    url,
    urlTemplate: `${url}/{cluster}`,
    port: address.port,
    addToken: (scenario) => state.add(scenario),
    revoke: (token) => state.revoke(token),
    requests: () => state.log.map((entry) => ({ ...entry, query: { ...entry.query } })),
    clearRequests: () => {
      state.log.length = 0;
    },
    setLatency: (ms) => {
      state.latencyMs = ms;
    },
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CONTROL_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
