// The load of scripts/bench-api.ts: N clients creating credentials over HTTP as fast as the app
// answers, each waiting for its answer before sending the next request.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';

type Answer = { status: number; contentType: string; body: string };

/** node:http with kept-alive sockets: fetch costs the load generator several times more CPU per request. */
function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

export type LoadResult = { created: number; seconds: number; latencies: number[]; failures: Map<string, number> };

export type LoadOptions = {
  url: string;
  /** Client i uses key i modulo their number. */
  apiKeys: string[];
  clients: number;
  seconds: number;
  verify: boolean;
  label: string;
  double: PlanhatDouble;
  /** Every token sent, by the id of the credential it became: checked against the database afterwards. */
  tokens: Map<string, string>;
};

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let created = 0;
  const started = performance.now();
  const end = started + options.seconds * 1000;

  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const target = new URL('/api/v1/credentials', options.url);

  async function client(index: number) {
    const headers = { authorization: `Bearer ${options.apiKeys[index % options.apiKeys.length]}`, 'content-type': 'application/json' };
    for (let sequence = 0; performance.now() < end; sequence++) {
      const token = `phbench_${randomBytes(18).toString('hex')}`;
      if (options.verify) options.double.addToken({ token });
      const body = JSON.stringify({ name: `${options.label} ${index}-${sequence}`, apiAccessToken: token, verify: options.verify });
      const sentAt = performance.now();
      try {
        const answer = await post(agent, target, headers, body);
        latencies.push(performance.now() - sentAt);
        if (answer.status === 201) {
          options.tokens.set((JSON.parse(answer.body) as { id: string }).id, token);
          created++;
        } else {
          const type = answer.contentType.includes('problem') ? (JSON.parse(answer.body) as { type?: string }).type : '';
          const reason = `${answer.status} ${type ?? ''}`.trim();
          failures.set(reason, (failures.get(reason) ?? 0) + 1);
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        failures.set(reason, (failures.get(reason) ?? 0) + 1);
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  agent.destroy();
  return { created, seconds: (performance.now() - started) / 1000, latencies, failures };
}

export function percentile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}
