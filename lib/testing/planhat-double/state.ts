// Mutable state of one double: known tokens, throttling counters, latency, and the request log.
import { createHash } from 'node:crypto';
import type { DoubleConfig, TokenScenario } from './scenarios';

export type RequestLogEntry = {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  cluster: string | null;
  model: string | null;
  /** The scenario's label, or a hash: never the token, since test logs get shared. */
  tokenLabel: string | null;
  /** Filled in when the response is sent; null while pending or if the client went away first. */
  status: number | null;
  time: string;
  /** Date.now() at arrival, for timing assertions (e.g. Retry-After honoured). */
  receivedAt: number;
};

/** How the request log names a token the double has no label for. */
export function tokenFingerprint(token: string): string {
  return `sha256:${createHash('sha256').update(token).digest('hex').slice(0, 12)}`;
}

export class DoubleState {
  private readonly scenarios = new Map<string, TokenScenario>();
  private readonly throttled = new Map<string, number>();
  readonly log: RequestLogEntry[] = [];
  latencyMs: number;

  constructor(
    private readonly initial: DoubleConfig,
    private readonly initialLatencyMs: number,
  ) {
    this.latencyMs = initialLatencyMs;
    this.reset();
  }

  /** Back to the configured tokens and latency, with an empty log. */
  reset(): void {
    this.scenarios.clear();
    this.throttled.clear();
    this.log.length = 0;
    this.latencyMs = this.initialLatencyMs;
    for (const scenario of this.initial.tokens) this.add(scenario);
  }

  /** Adds or replaces a token; returns the label the request log will use for it. */
  add(scenario: TokenScenario): string {
    this.scenarios.set(scenario.token, scenario);
    this.throttled.delete(scenario.token);
    return this.labelFor(scenario.token);
  }

  revoke(token: string): boolean {
    return this.scenarios.delete(token);
  }

  find(token: string): TokenScenario | undefined {
    return this.scenarios.get(token);
  }

  labelFor(token: string): string {
    return this.scenarios.get(token)?.label ?? tokenFingerprint(token);
  }

  /** Counts a throttled request; true while the token is still within its first `limit` requests. */
  takeThrottle(token: string, limit: number | undefined): boolean {
    const count = this.throttled.get(token) ?? 0;
    if (limit !== undefined && count >= limit) return false;
    this.throttled.set(token, count + 1);
    return true;
  }
}
