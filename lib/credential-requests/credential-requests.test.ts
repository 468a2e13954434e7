import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import type { Actor } from '@/lib/auth/actor';
import { withOpenedToken } from '@/lib/credentials/opened-token';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { linkSecretHash } from '@/lib/vault';
import { listCredentialRequests, flowHandoff, getCredentialRequest } from './list-requests';
import type { LinkSubmission } from './link-outcomes';
import { createCredentialRequest, credentialRequestLink, revokeCredentialRequest } from './manage-requests';
import { openRequestLink } from './open-link';
import { MAX_FAILED_ATTEMPTS, submitRequestLink } from './submit-link';

let env: ServiceTestEnv;
let double: PlanhatDouble;
withServiceTestEnv((started) => ({ env, double } = started));
afterEach(() => vi.useRealTimers());

const client = (address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`) => ({ address });
const secretOf = (url: string) => new URL(url).hash.slice(1);

function goodToken(): string {
  const token = `phtest_${randomBytes(16).toString('hex')}`;
  double.addToken({ token });
  return token;
}
const submission = (token: string, name = `Handed over ${randomBytes(3).toString('hex')}`): LinkSubmission => ({
  name,
  description: 'From the Planhat admin',
  fields: { apiAccessToken: token, region: 'auto' },
  verify: true,
});

async function request(actor: Actor, extra: Parameters<typeof createCredentialRequest>[1] = { note: '', expiresIn: '24h' }) {
  const made = await createCredentialRequest(actor, extra);
  return { ...made, secret: secretOf(made.url) };
}

describe('a credential request link', () => {
  it('carries a 256-bit secret in its fragment, and the database keeps only its SHA-256', async () => {
    const owner = await createTestActor(env.db);
    const { request: dto, url, secret, email } = await request(owner, { name: 'Prod Planhat', note: 'For the nightly sync', expiresIn: '7d', recipientEmail: 'admin@acme.example' });
    expect(new URL(url).pathname).toBe('/credential-request');
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(dto).toMatchObject({ state: 'pending', name: 'Prod Planhat', note: 'For the nightly sync', recipientEmail: 'admin@acme.example', expiresIn: '7d', purpose: 'new' });
    expect(email).toBe('off'); // no SMTP_URL in this test process
    const row = await env.db.credentialRequest.findUniqueOrThrow({ where: { id: dto.id } });
    expect(row.secretHash).toBe(linkSecretHash(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(new Date(row.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
  });

  it('shows the recipient the request, marks it opened, and gives the same answer for unknown links', async () => {
    const owner = await createTestActor(env.db);
    const { request: dto, secret } = await request(owner, { note: 'Needs companies and end users', expiresIn: '24h', flow: { kind: 'source', models: ['companies', 'endusers'] } });
    const opened = await openRequestLink(secret, client());
    expect(opened).toEqual({
      ok: true,
      view: { purpose: 'new', workspaceName: 'Test workspace', requesterName: owner.name, note: 'Needs companies and end users', credentialName: '', flowKind: 'source', models: ['companies', 'endusers'], expiresAt: dto.expiresAt },
    });
    expect((await getCredentialRequest(owner, dto.id)).state).toBe('opened');
    const unknown = randomBytes(32).toString('base64url');
    expect(await openRequestLink(unknown, client())).toEqual({ ok: false, problem: 'invalid-link' });
    expect(await openRequestLink(secret.slice(0, 20), client())).toEqual({ ok: false, problem: 'malformed-link' });
  });

  it('saves a token once: the credential lands in the workspace with the link in its history, then the link is spent', async () => {
    const member = await createTestActor(env.db, { role: 'member' });
    const { request: dto, secret } = await request(member, { note: '', expiresIn: '1h', flow: { kind: 'destination', models: [] } });
    const token = goodToken();
    const saved = await submitRequestLink(secret, { address: '198.51.100.7' }, submission(token, 'From Pat'));
    expect(saved).toMatchObject({ ok: true, done: { requesterName: member.name, credentialName: 'From Pat', verified: true } });

    const after = await getCredentialRequest(member, dto.id);
    expect(after.state).toBe('fulfilled');
    const credential = await env.db.credential.findUniqueOrThrow({ where: { id: after.credential!.id }, select: { workspaceId: true, createdById: true, status: true, name: true } });
    expect(credential).toEqual({ workspaceId: member.workspaceId, createdById: member.userId, status: 'verified', name: 'From Pat' });
    expect(await withOpenedToken(member.workspaceId, after.credential!.id, async (opened) => opened.token === token)).toBe(true);
    const [created] = await env.db.credentialEvent.findMany({ where: { credentialId: after.credential!.id } });
    expect(created).toMatchObject({ type: 'created', detail: expect.objectContaining({ requestLinkId: dto.id, clientAddress: '198.51.100.7' }) });

    expect(await submitRequestLink(secret, client(), submission(goodToken()))).toEqual({ ok: false, problem: 'invalid-link' });
    expect(await openRequestLink(secret, client())).toEqual({ ok: false, problem: 'invalid-link' });
    expect(await env.db.credential.count({ where: { workspaceId: member.workspaceId } })).toBe(1);

    const [notice] = await env.db.notification.findMany({ where: { userId: member.userId } });
    expect(notice).toMatchObject({ type: 'credential-request.fulfilled', href: `/destinations/new/planhat?credential=${after.credential!.id}` });
    expect((await flowHandoff(member, 'destination'))?.credential.id).toBe(after.credential!.id);
    expect(await flowHandoff(member, 'source')).toBeNull();
  });

  it('refuses a new credential without a usable name, whatever the form posted, and keeps the link', async () => {
    const owner = await createTestActor(env.db);
    const { secret } = await request(owner);
    for (const name of ['', '   ', 'a\u202egnp.exe']) {
      expect(await submitRequestLink(secret, client(), submission(goodToken(), name))).toMatchObject({ ok: false, problem: 'invalid-name' });
    }
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
    expect(await submitRequestLink(secret, client(), submission(goodToken()))).toMatchObject({ ok: true });
  });

  it('keeps a link usable after a wrong token, and locks it at the tenth, telling the requester', async () => {
    const owner = await createTestActor(env.db);
    const { request: dto, secret } = await request(owner);
    for (let attempt = 1; attempt < MAX_FAILED_ATTEMPTS; attempt++) {
      const outcome = await submitRequestLink(secret, client(), submission(`phtest_wrong_${attempt}_${randomBytes(16).toString('hex')}`));
      expect(outcome).toMatchObject({ ok: false, problem: 'invalid-token', attemptsLeft: MAX_FAILED_ATTEMPTS - attempt });
    }
    expect(await submitRequestLink(secret, client(), submission(`phtest_wrong_last_${randomBytes(16).toString('hex')}`))).toEqual({ ok: false, problem: 'locked', requesterName: owner.name });
    expect(await submitRequestLink(secret, client(), submission(goodToken()))).toEqual({ ok: false, problem: 'invalid-link' });
    expect((await getCredentialRequest(owner, dto.id)).state).toBe('locked');
    expect(await env.db.notification.findMany({ where: { userId: owner.userId }, select: { type: true } })).toEqual([{ type: 'credential-request.locked' }]);
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });

  it('lets exactly one of two saves through the same link win, in every round', async () => {
    const owner = await createTestActor(env.db);
    const rounds = 8;
    const outcomes: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const { request: dto, secret } = await request(owner);
      const results = await Promise.all([submitRequestLink(secret, client(), submission(goodToken())), submitRequestLink(secret, client(), submission(goodToken()))]);
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      outcomes.push(...results.filter((result) => !result.ok).map((result) => (result as { problem: string }).problem));
      expect(await env.db.credentialEvent.count({ where: { workspaceId: owner.workspaceId, detail: { path: ['requestLinkId'], equals: dto.id } } })).toBe(1);
    }
    expect(outcomes.every((problem) => problem === 'busy' || problem === 'invalid-link')).toBe(true);
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(rounds);
  });

  it('expires by the clock: an expired link opens nothing and is listed as expired', async () => {
    const owner = await createTestActor(env.db);
    const { request: dto, secret } = await request(owner, { note: '', expiresIn: '1h' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000 + 1000);
    expect(await openRequestLink(secret, client())).toEqual({ ok: false, problem: 'invalid-link' });
    expect(await submitRequestLink(secret, client(), submission(goodToken()))).toEqual({ ok: false, problem: 'invalid-link' });
    expect((await getCredentialRequest(owner, dto.id)).state).toBe('expired');
    await expect(credentialRequestLink(owner, dto.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('can be copied again and revoked by its requester or an admin, not by another member', async () => {
    const requester = await createTestActor(env.db, { role: 'member' });
    const other = await createTestActor(env.db, { role: 'member', workspaceId: requester.workspaceId });
    const admin = await createTestActor(env.db, { role: 'admin', workspaceId: requester.workspaceId });
    const { request: dto, url, secret } = await request(requester);
    expect(await credentialRequestLink(requester, dto.id)).toBe(url);
    expect(await credentialRequestLink(admin, dto.id)).toBe(url);
    await expect(credentialRequestLink(other, dto.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(revokeCredentialRequest(other, dto.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listCredentialRequests(other)).items.find((item) => item.id === dto.id)?.can).toEqual({ copyLink: false, revoke: false });

    expect((await revokeCredentialRequest(admin, dto.id)).state).toBe('revoked');
    expect(await openRequestLink(secret, client())).toEqual({ ok: false, problem: 'invalid-link' });
    await expect(revokeCredentialRequest(requester, dto.id)).rejects.toMatchObject({ code: 'conflict' });
    const outsider = await createTestActor(env.db);
    await expect(revokeCredentialRequest(outsider, dto.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('asked for a replacement, replaces that credential’s token so it recovers in place', async () => {
    const owner = await createTestActor(env.db);
    const { credential, token: oldToken } = await saveTestCredential(owner, double);
    double.revoke(oldToken);
    const { request: dto, secret } = await request(owner, { note: '', expiresIn: '24h', replaceCredentialId: credential.id });
    expect(dto).toMatchObject({ purpose: 'replace', name: credential.name, target: { id: credential.id, name: credential.name } });
    expect(await openRequestLink(secret, client())).toMatchObject({ ok: true, view: { purpose: 'replace', credentialName: credential.name } });

    const token = goodToken();
    expect(await submitRequestLink(secret, client(), submission(token, 'ignored'))).toMatchObject({ ok: true, done: { credentialName: credential.name } });
    const after = await env.db.credential.findUniqueOrThrow({ where: { id: credential.id }, select: { name: true, status: true, version: true } });
    expect(after).toEqual({ name: credential.name, status: 'verified', version: credential.version + 1 });
    expect(await withOpenedToken(owner.workspaceId, credential.id, async (opened) => opened.token === token)).toBe(true);
    expect(await env.db.credentialEvent.count({ where: { credentialId: credential.id, type: 'token-replaced', detail: { path: ['requestLinkId'], equals: dto.id } } })).toBe(1);
  });

  it('refuses a replacement request from a member for a credential someone else created', async () => {
    const owner = await createTestActor(env.db);
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const { credential } = await saveTestCredential(owner, double);
    await expect(createCredentialRequest(member, { note: '', expiresIn: '24h', replaceCredentialId: credential.id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('slows down one address trying many links', async () => {
    const address = client();
    let outcome;
    for (let attempt = 0; attempt <= 30; attempt++) outcome = await openRequestLink(randomBytes(32).toString('base64url'), address);
    expect(outcome).toMatchObject({ ok: false, problem: 'rate-limited' });
    expect((outcome as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(await openRequestLink(randomBytes(32).toString('base64url'), client())).toEqual({ ok: false, problem: 'invalid-link' });
  });
});
