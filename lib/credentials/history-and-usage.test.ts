import { describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { createSource } from '@/lib/sources/create-source';
import { deleteSource } from '@/lib/sources/delete-source';
import { readPreview } from '@/lib/sources/read-preview';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { listCredentialEvents } from './credential-events';
import { listUsageDays } from './list-usage-days';
import { recheckCredential } from './recheck-credential';
import { recordRead } from './record-read';
import { updateCredentialDetails } from './update-details';

let double: PlanhatDouble;
let env: ServiceTestEnv;
withServiceTestEnv((started) => ({ double, env } = started));

const utcDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const types = async (...args: Parameters<typeof listCredentialEvents>) => (await listCredentialEvents(...args)).map((event) => event.type);

describe('a credential’s history and usage', () => {
  it('keeps ten previews out of the history, which shows only the changes, and counts them as ten reads today', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);

    for (let page = 0; page < 10; page++) await readPreview(actor, { credentialId: credential.id, model: 'companies', offset: page * 10, source: null });
    await updateCredentialDetails(actor, credential.id, { name: `${credential.name} renamed`, description: '', version: 1 });

    expect(await types(actor, credential.id)).toEqual(['renamed', 'created']);
    const [today, ...earlier] = await listUsageDays(actor, credential.id);
    expect(earlier).toEqual([]);
    expect(today).toMatchObject({ source: null, model: 'companies', reads: 10, failedReads: 0, lastOutcome: 'ok' });
    expect(today!.day).toBe(today!.lastReadAt.slice(0, 10));
  });

  it('filters the history to changes or to checks', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);
    await recheckCredential(actor, credential.id);
    await updateCredentialDetails(actor, credential.id, { name: credential.name, description: 'Edited', version: 1 });

    expect(await types(actor, credential.id)).toEqual(['renamed', 'checked', 'created']);
    expect(await types(actor, credential.id, { kind: 'changes' })).toEqual(['renamed', 'created']);
    expect(await types(actor, credential.id, { kind: 'checks' })).toEqual(['checked']);
    expect(await types(actor, credential.id, { kind: 'all', limit: 1 })).toEqual(['renamed']);
  });

  it('lists the last 14 UTC days newest first, per source, and tells a deleted source from a saved one', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);
    const kept = await createSource(actor, { credentialId: credential.id, name: 'Kept source', model: 'companies' });
    const gone = await createSource(actor, { credentialId: credential.id, name: 'Deleted source', model: 'endusers' });
    const read = { workspaceId: actor.workspaceId, credentialId: credential.id, model: 'companies', outcome: 'ok' };
    await recordRead(env.db, { ...read, source: null, at: new Date(Date.now() - 14 * 86_400_000) });
    await recordRead(env.db, { ...read, source: null, at: new Date(Date.now() - 13 * 86_400_000) });
    await readPreview(actor, { credentialId: credential.id, model: 'companies', offset: 0, source: { id: kept.id, name: kept.name } });
    await readPreview(actor, { credentialId: credential.id, model: 'endusers', offset: 0, source: { id: gone.id, name: gone.name } });
    await deleteSource(actor, gone.id);

    const days = (await listUsageDays(actor, credential.id)).map((day) => [day.day, day.source, day.reads]);

    expect(days).toEqual([
      [utcDay(0), { id: gone.id, name: 'Deleted source', exists: false }, 1],
      [utcDay(0), { id: kept.id, name: 'Kept source', exists: true }, 1],
      [utcDay(13), null, 1],
    ]);
  });

  it('shows neither history nor usage of another workspace’s credential', async () => {
    const owner = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const outsider = await createTestActor(env.db);

    await expect(listUsageDays(outsider, credential.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(listCredentialEvents(outsider, credential.id, { kind: 'checks' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
