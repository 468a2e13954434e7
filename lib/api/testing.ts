// Test support for /api/v1: a migrated database, the Planhat double, real API keys from the real
// plugin, and Requests shaped like the ones Next hands to route handlers.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { startPlanhatDouble, type PlanhatDouble, type TokenScenario } from '@/lib/testing/planhat-double/server';
import type { Actor } from '@/lib/auth/actor';
import { startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { createApiKey } from './api-keys/manage-api-keys';
import { problemSchema } from './openapi/components';

export interface ApiTestEnv extends ServiceTestEnv {
  double: PlanhatDouble;
}

/** Call in beforeAll, before anything reads getEnv(): set any other variables before it too. */
export async function startApiTestEnv({ throughProxy = false }: { throughProxy?: boolean } = {}): Promise<ApiTestEnv> {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  const double = await startPlanhatDouble({ port: 0 });
  const env = await startServiceTestEnv({ planhatUrlTemplate: double.urlTemplate, throughProxy });
  return {
    ...env,
    double,
    close: async () => {
      await env.close();
      await double.close();
    },
  };
}

/** A real key made by the plugin, acting as `actor` (create it while they are an owner or admin). */
export async function apiKeyFor(actor: Actor): Promise<string> {
  return (await createApiKey(actor, `Test key ${randomBytes(6).toString('hex')}`)).key;
}

export interface CallOptions {
  method?: string;
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

export function apiRequest(path: string, { method = 'GET', key, body, headers = {} }: CallOptions = {}): Request {
  const all: Record<string, string> = { ...headers };
  if (key) all.authorization = `Bearer ${key}`;
  if (body !== undefined) all['content-type'] ??= 'application/json';
  return new Request(`http://localhost/api/v1${path}`, { method, headers: all, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
}

/** The second argument Next 16 passes to a route handler. */
export const routeParams = <Params extends Record<string, string>>(params: Params) => ({ params: Promise.resolve(params) });
export const noParams = routeParams({} as Record<string, never>);

/** A fresh token the Planhat double accepts. */
export function plantToken(double: PlanhatDouble, scenario: Omit<TokenScenario, 'token'> = {}): string {
  const token = `phtest_${randomBytes(16).toString('hex')}`;
  double.addToken({ token, ...scenario });
  return token;
}

/** Asserts an RFC 9457 answer of the given status and type, and returns its body, parsed by the documented schema. */
export async function expectProblem(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = problemSchema.parse(await response.json());
  expect(body).toMatchObject({ status, type: `/api/v1/problems/${type}` });
  return body;
}

/** A person with a key acting as them (made while they are an owner, as only owners and admins make keys). */
export async function withApiKey(actor: Actor): Promise<{ actor: Actor; key: string }> {
  return { actor, key: await apiKeyFor(actor) };
}

/** Registers beforeAll/afterAll for an API test file; `onStart` receives the environment. */
export function withApiTestEnv(onStart: (env: ApiTestEnv) => void) {
  let env: ApiTestEnv | undefined;
  beforeAll(async () => {
    env = await startApiTestEnv();
    onStart(env);
  });
  afterAll(async () => {
    await env?.close();
  });
}

export type ApiCall = { key: string; body?: unknown; ifMatch?: string; query?: string };

/** A request to a credential route with an API key, a JSON body and an optional If-Match. */
export const credentialRequest = (method: string, path: string, { key, body, ifMatch }: ApiCall) =>
  apiRequest(path, { method, key, body, headers: ifMatch ? { 'if-match': ifMatch } : {} });
