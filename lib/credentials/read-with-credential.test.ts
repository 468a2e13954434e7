import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { recordsFor } from '@/lib/testing/planhat-double/data';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { authorize } from './authz';
import { CredentialError } from './errors';
import { readWithCredential, type CredentialReadRequest } from './read-with-credential';

// The rule book lets every role use a credential today; spying on it proves the read asks it.
vi.mock('./authz', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./authz')>();
  return { ...actual, authorize: vi.fn(actual.authorize) };
});

let double: PlanhatDouble;
let env: ServiceTestEnv;
withServiceTestEnv((started) => ({ double, env } = started));

const companies: CredentialReadRequest = {
  model: 'companies',
  limit: 5,
  offset: 0,
  select: ['name', 'mrr'],
  source: { id: randomUUID(), name: 'Nightly companies' },
  trigger: 'source-read',
};
const events = (credentialId: string) => env.db.credentialEvent.findMany({ where: { credentialId }, orderBy: { createdAt: 'asc' } });
const usageDays = (credentialId: string) => env.db.credentialUsageDay.findMany({ where: { credentialId } });

describe('reading Planhat records with a stored credential', () => {
  it('returns the records Planhat serves and counts the read in the day’s usage, not the audit trail, never the token', async () => {
    const actor = await createTestActor(env.db);
    const { credential, token } = await saveTestCredential(actor, double);
    const before = Date.now();

    const read = await readWithCredential(actor, credential.id, { ...companies, offset: 5 });

    expect(read.result.ok).toBe(true);
    const names = read.result.ok ? read.result.records.map((record) => record.name) : [];
    expect(names).toEqual(recordsFor('companies').slice(5, 10).map((record) => record.name));
    const usage = await usageDays(credential.id);
    expect(usage).toMatchObject([{ usedBy: companies.source!.id, sourceName: 'Nightly companies', model: 'companies', reads: 1, failedReads: 0, lastOutcome: 'ok' }]);
    expect(usage[0]!.day.toISOString().slice(0, 10)).toBe(read.credential.lastUsedAt?.slice(0, 10));
    expect(Date.parse(read.credential.lastUsedAt!)).toBeGreaterThanOrEqual(before - 1);
    expect((await env.db.credential.findUniqueOrThrow({ where: { id: credential.id } })).lastUsedAt?.toISOString()).toBe(read.credential.lastUsedAt);
    expect((await events(credential.id)).map((event) => event.type)).toEqual(['created']);
    expect(JSON.stringify({ read, usage })).not.toContain(token);
  });

  it('counts ten concurrent reads as ten', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);

    await Promise.all(Array.from({ length: 10 }, (_, i) => readWithCredential(actor, credential.id, { ...companies, source: null, offset: i * 5 })));

    expect(await usageDays(credential.id)).toMatchObject([{ usedBy: 'configure-preview', sourceName: null, reads: 10, failedReads: 0 }]);
  });

  it('says the token was rejected and marks the credential Invalid when it was revoked', async () => {
    const actor = await createTestActor(env.db);
    const { credential, token } = await saveTestCredential(actor, double);
    double.revoke(token);

    const read = await readWithCredential(actor, credential.id, companies);

    expect(read.result).toMatchObject({ ok: false, error: 'invalid-token' });
    expect(read.credential.status).toBe('invalid');
    expect(await env.db.credential.findUniqueOrThrow({ where: { id: credential.id } })).toMatchObject({ status: 'invalid' });
    const trail = (await events(credential.id)).map((event) => [event.type, event.outcome, (event.detail as { trigger?: string }).trigger]);
    expect(trail).toEqual([
      ['created', 'verified', undefined],
      ['checked', 'invalid', 'source-read'],
    ]);
    expect(await usageDays(credential.id)).toMatchObject([{ reads: 1, failedReads: 1, lastOutcome: 'invalid-token' }]);
  });

  it('reports a model the token lost permission on and refreshes the access report', async () => {
    const actor = await createTestActor(env.db);
    const { credential, token } = await saveTestCredential(actor, double);
    double.addToken({ token, readable: ['endusers'] });

    const read = await readWithCredential(actor, credential.id, companies);

    expect(read.result).toMatchObject({ ok: false, error: 'forbidden' });
    expect(read.credential.status).toBe('verified');
    expect(read.credential.accessReport?.models.companies?.access).toBe('forbidden');
  });

  it('finds the cluster of a credential saved without verifying before reading', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double, { cluster: 'api-eu' }, { verify: false });
    expect(credential.region).toBeNull();

    const read = await readWithCredential(actor, credential.id, companies);

    expect(read.result.ok).toBe(true);
    expect(read.credential).toMatchObject({ region: 'api-eu', status: 'verified' });
  });

  it('does not find a credential of another workspace, and calls Planhat for nothing', async () => {
    const owner = await createTestActor(env.db);
    const stranger = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    double.clearRequests();

    await expect(readWithCredential(stranger, credential.id, companies)).rejects.toMatchObject({ code: 'not-found' });

    expect(double.requests()).toEqual([]);
    expect((await events(credential.id)).map((event) => event.type)).toEqual(['created']);
    expect(await usageDays(credential.id)).toEqual([]);
  });

  it('asks the rule book whether the person may use the credential, and stops when it says no', async () => {
    const actor = await createTestActor(env.db, { role: 'member' });
    const { credential } = await saveTestCredential(actor, double);
    double.clearRequests();
    vi.mocked(authorize).mockImplementationOnce((_actor, action) => {
      throw new CredentialError('forbidden', `refused ${action}`);
    });

    await expect(readWithCredential(actor, credential.id, companies)).rejects.toMatchObject({ code: 'forbidden', message: 'refused use' });

    expect(double.requests()).toEqual([]);
  });
});
