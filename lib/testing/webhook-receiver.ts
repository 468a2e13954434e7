// A webhook receiver run by a test: records every request it gets and answers with the statuses
// it is told to (then 200), so tests can check what arrived and how failures are retried.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  path: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The statuses of the next answers to requests for `path`, in order; after them every answer is 200. */
  answerWith(path: string, ...statuses: number[]): void;
  /** Resolves once `count` requests arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** `delayMs`: how long each answer takes (a slow endpoint keeps deliveries in flight). */
export async function startWebhookReceiver({ delayMs = 0 }: { delayMs?: number } = {}): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const statuses = new Map<string, number[]>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      const path = request.url ?? '/';
      const status = statuses.get(path)?.shift() ?? 200;
      setTimeout(() => {
        received.push({ headers, body: Buffer.concat(chunks).toString('utf8'), path });
        response.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerWith: (path, ...next) => void statuses.set(path, [...(statuses.get(path) ?? []), ...next]),
    async waitFor(count, timeoutMs = 20_000) {
      const giveUpAt = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > giveUpAt) throw new Error(`expected ${count} webhook requests, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
