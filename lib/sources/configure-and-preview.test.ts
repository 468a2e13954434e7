import { describe, expect, it } from 'vitest';
import { recordsFor } from '@/lib/testing/planhat-double/data';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { credentialForConfigure } from './configure-credential';
import { readPreview } from './read-preview';

let double: PlanhatDouble;
let env: ServiceTestEnv;
withServiceTestEnv((started) => ({ double, env } = started));

const checks = async (credentialId: string) =>
  (await env.db.credentialEvent.findMany({ where: { credentialId, type: 'checked' } })).map((event) => (event.detail as { trigger: string }).trigger);

describe('the configure step', () => {
  it('uses a credential checked in the last five minutes as it is', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);

    expect(await credentialForConfigure(actor, credential.id)).toEqual(credential);
    expect(await checks(credential.id)).toEqual([]);
  });

  it('re-checks a credential whose last check is older than five minutes, so lost permissions show', async () => {
    const actor = await createTestActor(env.db);
    const { credential, token } = await saveTestCredential(actor, double);
    await env.db.credential.update({ where: { id: credential.id }, data: { checkedAt: new Date(Date.now() - 6 * 60_000) } });
    double.addToken({ token, readable: ['companies'] });

    const fresh = await credentialForConfigure(actor, credential.id);

    expect(fresh.accessReport?.models.tickets?.access).toBe('forbidden');
    expect(Date.parse(fresh.checkedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await checks(credential.id)).toEqual(['configure']);
  });

  it('does not find a credential of another workspace', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    await expect(credentialForConfigure(await createTestActor(env.db), credential.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the records preview', () => {
  it('reads ten records of the model with its main fields, page by page', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);
    const expected = recordsFor('endusers').slice(10, 20);

    const preview = await readPreview(actor, { credentialId: credential.id, model: 'endusers', offset: 10, source: null });

    expect(preview.columns.map((column) => column.field)).toEqual(['name', 'email', 'companyName', 'position']);
    expect(preview.result.ok && preview.result.records.map((record) => record.email)).toEqual(expected.map((record) => record.email));
    expect(preview.mayHaveMore).toBe(true);
  });

  it('says when a page is the last one', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);

    const preview = await readPreview(actor, { credentialId: credential.id, model: 'companies', offset: 50, source: null });

    expect(preview.result.ok && preview.result.records).toHaveLength(7);
    expect(preview.mayHaveMore).toBe(false);
  });
});
