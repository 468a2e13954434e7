import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialRequest, routeParams, withApiKey, withApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import { rotateKeys } from '@/lib/credentials/rotate-keys';
import { createTestActor } from '@/lib/testing/service-test-env';
import { fakePlanhatToken, sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { parseKeyring } from '@/lib/vault';
import { GET, PATCH } from './route';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

describe('a key rotation', () => {
  it('leaves ETags as they were, so an edit made with one read before the rotation is accepted', async () => {
    const { actor, key } = await withApiKey(await createTestActor(env.db));
    // Sealed under a key being retired; the app's own key (CREDENTIAL_KEYS) is the new one.
    const retiredKey = `retired:${randomBytes(32).toString('base64')}`;
    const row = sealedCredentialRow(parseKeyring(retiredKey), { workspaceId: actor.workspaceId, name: `Before rotation ${randomBytes(3).toString('hex')}`, token: fakePlanhatToken() });
    await env.db.credential.create({ data: { ...row, createdById: actor.userId } });
    const read = await GET(credentialRequest('GET', `/credentials/${row.id}`, { key }), routeParams({ id: row.id }));
    const etag = read.headers.get('etag')!;

    const rotation = await rotateKeys({ db: env.db, keyring: parseKeyring(`${process.env.CREDENTIAL_KEYS},${retiredKey}`) });

    expect(rotation).toMatchObject({ resealed: 1, unreadable: [] });
    const edit = await PATCH(credentialRequest('PATCH', `/credentials/${row.id}`, { key, ifMatch: etag, body: { name: 'Renamed after rotation' } }), routeParams({ id: row.id }));
    expect(edit.status).toBe(200);
    expect(await edit.json()).toMatchObject({ name: 'Renamed after rotation', status: 'not_verified' });
  });
});
