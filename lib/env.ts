import 'server-only';
import { z } from 'zod';
import { parseInternalIssuers } from './auth/sso/internal-issuers';

/** Thrown when configuration is wrong; its message names each variable and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// Empty strings (common in .env files) mean "not set".
const optional = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().optional());

const UNIT_MS = { ms: 1, s: 1000, min: 60_000 } as const;

/** A duration with its unit, as Postgres writes them (500ms, 10s, 2min), in milliseconds; a bare number is refused as ambiguous. */
const duration = (fallback: string) =>
  optional
    .transform((value) => {
      const match = /^(\d+(?:\.\d+)?)\s*(ms|s|min)$/.exec(value ?? fallback);
      return match ? Math.round(Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]) : NaN;
    })
    .refine((ms) => Number.isFinite(ms) && ms > 0, { message: `must be a duration with its unit (ms, s or min), e.g. ${fallback}` });

// Checked without ever putting the value in a message: it holds the SMTP password.
function isSmtpUrl(url: string | undefined): boolean {
  if (url === undefined) return true;
  const parsed = URL.parse(url);
  return parsed !== null && (parsed.protocol === 'smtp:' || parsed.protocol === 'smtps:') && parsed.hostname !== '';
}

const CYCLE_UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** How often credentials are checked: a whole number with s, m, h or d (30s, 15m, 6h), at least 10 seconds. */
const cycle = (fallback: string) =>
  optional
    .transform((value) => {
      const match = /^(\d+)(s|m|h|d)$/.exec(value ?? fallback);
      return match ? Number(match[1]) * CYCLE_UNIT_MS[match[2] as keyof typeof CYCLE_UNIT_MS] : NaN;
    })
    .refine((ms) => Number.isFinite(ms) && ms >= 10_000, { message: `must be a duration of at least 10s written as a whole number and s, m, h or d, e.g. 30s, 15m or ${fallback}` });

const wholeNumber = (fallback: number, example: string, max: number) =>
  optional
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .refine((value) => Number.isInteger(value) && value > 0 && value <= max, { message: `must be a whole number from 1 to ${max}, e.g. ${example}` });

const envSchema = z.object({
  DATABASE_URL: optional.refine((url) => url === undefined || /^postgres(ql)?:\/\/./.test(url), {
    message:
      'must be a Postgres connection string starting with postgres:// or postgresql:// (or leave it unset to use the embedded database)',
  }),
  DATA_DIR: optional.transform((dir) => dir ?? '.data'),
  CREDENTIAL_KEYS: optional,
  PLANHAT_API_URL_TEMPLATE: optional
    .transform((template) => template ?? 'https://{cluster}.planhat.com')
    .refine((template) => /^https?:\/\/[^\s]*\{cluster\}/.test(template), {
      message: 'must be an http(s) URL containing {cluster}, e.g. https://{cluster}.planhat.com',
    }),
  BETTER_AUTH_SECRET: optional.refine((secret) => secret === undefined || secret.length >= 32, {
    message: 'must be at least 32 characters; generate one with: openssl rand -base64 32',
  }),
  API_RATE_LIMIT_PER_MINUTE: optional
    .transform((value) => (value === undefined ? 600 : Number(value)))
    .refine((value) => Number.isInteger(value) && value > 0, { message: 'must be a whole number of requests per minute, e.g. 600' }),
  BETTER_AUTH_URL: optional.refine((url) => url === undefined || URL.canParse(url), {
    message: 'must be the absolute URL people use to reach the app, e.g. https://credentials.example.com',
  }),
  SMTP_URL: optional.refine(isSmtpUrl, {
    message: 'must be an SMTP server URL such as smtp://user:password@mail.example.com:587 or smtps://user:password@mail.example.com:465 (or leave it unset: no email is sent)',
  }),
  EMAIL_FROM: optional.refine((from) => from === undefined || /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(from), {
    message: 'must be the sender address of emails, e.g. Credential Manager <credentials@example.com>',
  }),
  DB_STATEMENT_TIMEOUT: duration('10s'),
  DB_CONNECT_TIMEOUT: duration('60s'),
  HEALTH_CHECK_EVERY: cycle('6h'),
  HEALTH_CHECK_CONCURRENCY: wholeNumber(8, '8', 50),
  // Off by default: webhook URLs must be https:// and public (lib/webhooks/address-guard.ts).
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: optional
    .refine((value) => value === undefined || value === 'true' || value === 'false', {
      message: 'must be true or false (true lets webhooks use http:// and private or loopback addresses: for self-hosting and tests only)',
    })
    .transform((value) => value === 'true'),
  // Off by default: a connector's host (a PostgreSQL server, say) must resolve to public addresses only (lib/net/host-guard.ts).
  CONNECTOR_ALLOW_PRIVATE_NETWORKS: optional
    .refine((value) => value === undefined || value === 'true' || value === 'false', {
      message: 'must be true or false (true lets connectors reach hosts on private or loopback addresses: for self-hosting and tests only)',
    })
    .transform((value) => value === 'true'),
  // Off by default: identity providers must be https:// on a public address (lib/auth/sso/internal-issuers.ts).
  SSO_INTERNAL_ISSUERS: optional.refine((value) => value === undefined || parseInternalIssuers(value) !== null, {
    message: 'must be a comma-separated list of identity provider origins on your own network, e.g. https://idp.corp.internal (http:// only for localhost or 127.0.0.1)',
  }),
}).refine((env) => !env.SMTP_URL || env.EMAIL_FROM, {
  path: ['EMAIL_FROM'],
  message: 'is required with SMTP_URL: the sender address of emails, e.g. Credential Manager <credentials@example.com>',
});

export type Env = z.infer<typeof envSchema>;

/** Parses configuration; never echoes a value, since several of them are secrets. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `- ${issue.path.join('.')} ${issue.message}`);
  throw new ConfigError(
    `Invalid configuration:\n${problems.join('\n')}\nSet it in the environment or in .env.local, then start the app again.`,
  );
}

let cached: Env | undefined;

/** The configuration, read from process.env once per process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
