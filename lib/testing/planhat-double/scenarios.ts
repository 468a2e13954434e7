// Tokens the double knows and how each one behaves. Validated by hand: the double has no dependencies.
import fs from 'node:fs';
import { DOUBLE_MODELS, isDoubleCluster, isDoubleModel, type DoubleCluster, type DoubleModel } from './catalogue';

export const BEHAVIOURS = ['ok', 'rate-limit', 'rate-limit-no-retry-after', 'slow', 'server-error', 'text-error', 'non-array'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export type TokenScenario = {
  token: string;
  /** The one cluster where the token works; every other cluster answers 401. Default `api`. */
  cluster?: DoubleCluster;
  /** Shown in the request log instead of a hash, so tests can tell callers apart. */
  label?: string;
  /** Models the token may read; the rest answer 403. Default 'all'. */
  readable?: readonly DoubleModel[] | 'all';
  /** Readable models that answer `[]`. */
  empty?: readonly DoubleModel[];
  /** Extra latency for this token's responses, on top of the global latency. */
  latencyMs?: number;
  behaviour?: Behaviour;
  /** Models the behaviour applies to. Default: all. */
  behaviourModels?: readonly DoubleModel[];
  /** rate-limit*: only the first N requests are throttled. Default: all of them. */
  rateLimitFirst?: number;
  /** rate-limit: value of Retry-After in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** slow: how long to stall before answering normally. Default 10 000 ms. */
  slowMs?: number;
};

export type DoubleConfig = { latencyMs?: number; tokens: TokenScenario[] };

/** Built-in tokens for manual runs and the Playwright suite. Fake, and only ever valid here. */
export const DEFAULT_TOKENS: readonly TokenScenario[] = [
  { token: 'phdouble-full-access-0000000000000001', label: 'full-access' },
  { token: 'phdouble-read-some-00000000000000002', label: 'read-some', readable: ['companies', 'endusers', 'licenses', 'nps'] },
  { token: 'phdouble-no-read-000000000000000003', label: 'no-read', readable: [] },
  { token: 'phdouble-empty-churn-00000000000004', label: 'empty-models', empty: ['churn', 'issues'] },
  { token: 'phdouble-eu-full-access-00000000005', label: 'eu-full-access', cluster: 'api-eu' },
  { token: 'phdouble-rate-limited-0000000000006', label: 'rate-limited', behaviour: 'rate-limit', retryAfterSeconds: 1 },
  { token: 'phdouble-server-error-0000000000007', label: 'server-error', behaviour: 'server-error' },
  { token: 'phdouble-slow-0000000000000000000008', label: 'slow', behaviour: 'slow', slowMs: 30_000 },
];

/** Reads PLANHAT_DOUBLE_CONFIG (a JSON file) when set; otherwise the built-in tokens. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): DoubleConfig {
  const file = env.PLANHAT_DOUBLE_CONFIG;
  if (!file) return { tokens: [...DEFAULT_TOKENS] };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { latencyMs?: unknown; tokens?: unknown; includeDefaults?: unknown };
  if (!Array.isArray(raw.tokens)) throw new Error(`${file}: expected { "tokens": [...] }`);
  const tokens = raw.tokens.map((entry, index) => parseScenario(entry, `${file}: tokens[${index}]`));
  return {
    latencyMs: raw.latencyMs === undefined ? undefined : nonNegative(raw.latencyMs, `${file}: latencyMs`),
    tokens: raw.includeDefaults === true ? [...DEFAULT_TOKENS, ...tokens] : tokens,
  };
}

/** Validates a scenario from JSON; throws with a message naming the bad field. */
export function parseScenario(input: unknown, where = 'scenario'): TokenScenario {
  if (typeof input !== 'object' || input === null) throw new Error(`${where}: expected an object`);
  const value = input as Record<string, unknown>;
  if (typeof value.token !== 'string' || value.token.trim() === '' || /\s/.test(value.token)) {
    throw new Error(`${where}: token must be a non-empty string without whitespace`);
  }
  if (value.cluster !== undefined && !isDoubleCluster(value.cluster)) throw new Error(`${where}: unknown cluster`);
  if (value.behaviour !== undefined && !(BEHAVIOURS as readonly unknown[]).includes(value.behaviour)) {
    throw new Error(`${where}: behaviour must be one of ${BEHAVIOURS.join(', ')}`);
  }
  if (value.label !== undefined && typeof value.label !== 'string') throw new Error(`${where}: label must be a string`);
  return {
    token: value.token,
    cluster: value.cluster as DoubleCluster | undefined,
    label: value.label as string | undefined,
    readable: value.readable === undefined || value.readable === 'all' ? 'all' : models(value.readable, `${where}: readable`),
    empty: value.empty === undefined ? [] : models(value.empty, `${where}: empty`),
    behaviour: value.behaviour as Behaviour | undefined,
    behaviourModels: value.behaviourModels === undefined ? undefined : models(value.behaviourModels, `${where}: behaviourModels`),
    latencyMs: optionalNumber(value.latencyMs, `${where}: latencyMs`),
    rateLimitFirst: optionalNumber(value.rateLimitFirst, `${where}: rateLimitFirst`),
    retryAfterSeconds: optionalNumber(value.retryAfterSeconds, `${where}: retryAfterSeconds`),
    slowMs: optionalNumber(value.slowMs, `${where}: slowMs`),
  };
}

function models(value: unknown, where: string): DoubleModel[] {
  if (!Array.isArray(value) || !value.every(isDoubleModel)) {
    throw new Error(`${where}: expected 'all' or a list of models from ${DOUBLE_MODELS.join(', ')}`);
  }
  return value;
}

function optionalNumber(value: unknown, where: string): number | undefined {
  return value === undefined ? undefined : nonNegative(value, where);
}

function nonNegative(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${where}: expected a number >= 0`);
  return value;
}
