// Every /api/v1 operation, fed odd text (NUL, lone surrogates, bidi overrides, zero-width names),
// wrong types, huge bodies and odd headers: none may answer 5xx. Prints what it sent and saw.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiKeyFor, apiRequest, noParams, routeParams, startApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { authRequest } from '@/lib/testing/auth-requests';
import { createTestActor, saveTestCredential } from '@/lib/testing/service-test-env';
import { POST as checkRoute } from './credentials/[id]/check/route';
import { GET as eventsRoute } from './credentials/[id]/events/route';
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from './credentials/[id]/route';
import { PUT as tokenRoute } from './credentials/[id]/token/route';
import { GET as listRoute, POST as createRoute } from './credentials/route';
import { DELETE as revokeRequestRoute, GET as getRequestRoute } from './credential-requests/[id]/route';
import { GET as listRequestsRoute, POST as createRequestRoute } from './credential-requests/route';
import { GET as listAuditEventsRoute } from './audit-events/route';
import { openRequestLink } from '@/lib/credential-requests/open-link';

let env: ApiTestEnv;
beforeAll(async () => {
  env = await startApiTestEnv();
});
afterAll(async () => {
  await env?.close();
});

const ODD_TEXT = [
  '\u0000', 'Prod\u0000uction', '\ud800', '\ud800x', 'x\udfff', '\udc00\ud800', '\u202egnp.exe', 'a\u202ebc', '\u2066x\u2069',
  '\u200b', '\u200b\u200c\u200d', '\ufeff', '\u2060', '\u3164', ' \t ', '', 'e\u0301', '\uffff', '\u{10ffff}', '\u0085', '\u2028',
  '%', '_', '\\', "'; DROP TABLE \"Credential\"; --", '<script>alert(1)</script>', 'a'.repeat(100_001), '😀'.repeat(60),
];
const ODD_VALUES: unknown[] = [...ODD_TEXT, null, 0, -1, 1e308, true, [], ['a'], {}, { $ne: null }];

it('answers every odd request to every operation without a 5xx', async () => {
  const owner = await createTestActor(env.db);
  const key = await apiKeyFor(owner);
  const { credential } = await saveTestCredential(owner, env.double);
  const id = credential.id;
  let sent = 0;
  const serverErrors: string[] = [];

  async function send(label: string, call: () => Promise<Response>) {
    sent++;
    const response = await call();
    if (response.status >= 500) serverErrors.push(`${label}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    else if (response.status >= 400 && !label.startsWith('sign-in')) expect(response.headers.get('content-type'), label).toBe('application/problem+json');
  }
  const body = (method: string, path: string, payload: unknown, headers: Record<string, string> = {}) =>
    apiRequest(path, { method, key, body: payload, headers: { 'if-match': '*', ...headers } });

  for (const value of ODD_VALUES) {
    const text = JSON.stringify(value)?.slice(0, 40);
    for (const field of ['name', 'description', 'apiAccessToken', 'region', 'connector', 'verify', 'acceptDuplicateToken']) {
      const payload = { name: `Fuzz ${randomUUID().slice(0, 8)}`, apiAccessToken: `phtest_${randomUUID()}`, verify: false, [field]: value };
      await send(`POST ${field}=${text}`, () => createRoute(body('POST', '/credentials', payload), noParams));
    }
    for (const field of ['name', 'description']) {
      await send(`PATCH ${field}=${text}`, () => patchRoute(body('PATCH', `/credentials/${id}`, { [field]: value }), routeParams({ id })));
    }
    for (const field of ['apiAccessToken', 'region', 'verify']) {
      const payload = { apiAccessToken: `phtest_${randomUUID()}`, verify: false, [field]: value };
      await send(`PUT token ${field}=${text}`, () => tokenRoute(body('PUT', `/credentials/${id}/token`, payload), routeParams({ id })));
    }
    for (const field of ['name', 'note', 'recipientEmail', 'expiresIn', 'url']) {
      await send(`POST request ${field}=${text}`, () => createRequestRoute(body('POST', '/credential-requests', { [field]: value }), noParams));
    }
    if (typeof value === 'string') {
      const link = await openRequestLink(value.slice(0, 2000), { address: '192.0.2.1' }).catch((error: unknown) => error);
      sent++;
      if (link instanceof Error) serverErrors.push(`open link secret=${text}: ${link.message}`);
    }
    if (typeof value === 'string') {
      // A URL cannot carry a lone surrogate: it arrives as the bytes a client would send for it.
      const query = encodeURIComponent(value.slice(0, 2000).toWellFormed()).replaceAll('%EF%BF%BD', '%ED%A0%80');
      for (const parameter of ['search', 'status', 'connector', 'limit', 'cursor']) {
        await send(`GET list ${parameter}=${text}`, () => listRoute(apiRequest(`/credentials?${parameter}=${query}`, { key }), noParams));
      }
      await send(`GET events limit=${text}`, () => eventsRoute(apiRequest(`/credentials/${id}/events?limit=${query}`, { key }), routeParams({ id })));
      const oddId = value.slice(0, 200);
      await send(`GET id=${text}`, () => getRoute(apiRequest(`/credentials/x`, { key }), routeParams({ id: oddId })));
      await send(`POST check id=${text}`, () => checkRoute(apiRequest(`/credentials/x/check`, { method: 'POST', key }), routeParams({ id: oddId })));
      await send(`DELETE id=${text}`, () => deleteRoute(apiRequest(`/credentials/x`, { method: 'DELETE', key }), routeParams({ id: oddId })));
      await send(`GET events id=${text}`, () => eventsRoute(apiRequest(`/credentials/x/events`, { key }), routeParams({ id: oddId })));
      await send(`GET request id=${text}`, () => getRequestRoute(apiRequest(`/credential-requests/x`, { key }), routeParams({ id: oddId })));
      await send(`DELETE request id=${text}`, () => revokeRequestRoute(apiRequest(`/credential-requests/x`, { method: 'DELETE', key }), routeParams({ id: oddId })));
      for (const parameter of ['limit', 'cursor']) {
        await send(`GET requests ${parameter}=${text}`, () => listRequestsRoute(apiRequest(`/credential-requests?${parameter}=${query}`, { key }), noParams));
      }
      for (const parameter of ['action', 'actor', 'since', 'until', 'limit', 'cursor']) {
        await send(`GET audit events ${parameter}=${text}`, () => listAuditEventsRoute(apiRequest(`/audit-events?${parameter}=${query}`, { key }), noParams));
      }
    }
  }

  // Bodies that are not what they claim to be, and headers nobody should send.
  const rawBodies = ['', 'null', '[]', '"text"', '{', '{"name":', '{"name":"a"}'.repeat(3), `{"name":"${'a'.repeat(40_000)}"}`, '[' .repeat(5_000) + ']'.repeat(5_000), '{"__proto__":{"admin":true},"name":"x","apiAccessToken":"phtest_0123456789abcdef","verify":false}'];
  for (const raw of rawBodies) {
    await send(`POST raw ${raw.slice(0, 20)}`, () => createRoute(apiRequest('/credentials', { method: 'POST', key, body: raw }), noParams));
    await send(`POST request raw ${raw.slice(0, 20)}`, () => createRequestRoute(apiRequest('/credential-requests', { method: 'POST', key, body: raw }), noParams));
    await send(`PATCH raw ${raw.slice(0, 20)}`, () => patchRoute(apiRequest(`/credentials/${id}`, { method: 'PATCH', key, body: raw, headers: { 'if-match': '*' } }), routeParams({ id })));
  }
  const oddHeaders: Record<string, string>[] = [
    { 'content-type': 'text/plain' }, { 'content-type': 'application/json; charset=utf-16' }, { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-length': '999999999' }, { 'content-length': '-1' }, { 'content-length': 'abc' },
    { 'if-match': 'W/"1"' }, { 'if-match': '"1", "2"' }, { 'if-match': '"99999999999999999999"' }, { 'if-match': '' }, { 'if-match': '"-1"' },
    { authorization: 'Bearer' }, { authorization: `Bearer ${key} ${key}` }, { authorization: 'Bearer phcm_' + 'A'.repeat(10_000) }, { authorization: 'Bearer \u00ff' },
  ];
  for (const headers of oddHeaders) {
    const label = JSON.stringify(headers).slice(0, 60);
    const payload = { name: `Fuzz ${randomUUID().slice(0, 8)}`, apiAccessToken: `phtest_${randomUUID()}`, verify: false };
    await send(`POST ${label}`, () => createRoute(apiRequest('/credentials', { method: 'POST', key, body: payload, headers }), noParams));
    await send(`PATCH ${label}`, () => patchRoute(apiRequest(`/credentials/${id}`, { method: 'PATCH', key, body: { description: 'x' }, headers: { 'if-match': '*', ...headers } }), routeParams({ id })));
    await send(`GET ${label}`, () => listRoute(apiRequest('/credentials', { key, headers }), noParams));
  }

  // Better Auth's one open endpoint, sign-in, with odd emails and bodies (no password is ever right here).
  for (const value of [...ODD_VALUES, 'a@b', `${'a'.repeat(10_000)}@example.com`, 'x@example.com\u0000']) {
    await send(`sign-in email=${JSON.stringify(value)?.slice(0, 40)}`, () => authRequest('/sign-in/email', { body: { email: value, password: 'wrong' } }));
    await send(`sign-in password=${JSON.stringify(value)?.slice(0, 40)}`, () => authRequest('/sign-in/email', { body: { email: 'nobody@example.com', password: value } }));
  }
  for (const raw of rawBodies) await send(`sign-in raw ${raw.slice(0, 20)}`, () => authRequest('/sign-in/email', { body: raw }));

  console.log(`API fuzz: ${sent} requests sent, ${serverErrors.length} answered 5xx`);
  expect(serverErrors).toEqual([]);
}, 120_000);
