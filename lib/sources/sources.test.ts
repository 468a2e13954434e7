import { describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { changeSourceCredential } from './change-source-credential';
import { createDestination, createSource } from './create-source';
import { deleteSource } from './delete-source';
import { getDestination, getSource } from './get-source';
import { listDestinations, listSources } from './list-sources';

let double: PlanhatDouble;
let env: ServiceTestEnv;
withServiceTestEnv((started) => ({ double, env } = started));

describe('data sources and destinations', () => {
  it('creates a source on a credential of the workspace and lists it with its credential and model', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);

    const source = await createSource(actor, { credentialId: credential.id, name: 'Nightly companies', model: 'companies' });

    expect(source).toMatchObject({ name: 'Nightly companies', model: 'companies', modelLabel: 'Companies', canManage: true });
    expect(source.credential).toEqual({ id: credential.id, name: credential.name, status: 'verified', accessReport: { readableCount: 11, modelCount: 11 } });
    expect(await listSources(actor)).toEqual([source]);
    expect(await getSource(actor, source.id)).toEqual(source);
  });

  it('does not find a credential of another workspace, and keeps each workspace to its own sources', async () => {
    const owner = await createTestActor(env.db);
    const stranger = await createTestActor(env.db);
    const { credential } = await saveTestCredential(owner, double);
    const source = await createSource(owner, { credentialId: credential.id, name: 'Mine', model: 'companies' });

    await expect(createSource(stranger, { credentialId: credential.id, name: 'Theirs', model: 'companies' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(createDestination(stranger, { credentialId: credential.id, name: 'Theirs', model: 'companies', writeMode: 'create' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(getSource(stranger, source.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(deleteSource(stranger, source.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await listSources(stranger)).toEqual([]);
  });

  it('refuses a model the credential cannot read, and a credential Planhat rejects', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double, { readable: ['companies'] });
    await expect(createSource(actor, { credentialId: credential.id, name: 'Tickets', model: 'tickets' })).rejects.toMatchObject({
      code: 'not-readable',
      message: expect.stringContaining('HTTP 403'),
    });

    await env.db.credential.update({ where: { id: credential.id }, data: { status: 'invalid', statusReason: 'Planhat rejected the token.' } });
    await expect(createSource(actor, { credentialId: credential.id, name: 'Companies', model: 'companies' })).rejects.toMatchObject({
      code: 'credential-unusable',
    });
  });

  it('creates a destination with its write mode on any model, whatever the token can read', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double, { readable: [] });

    const destination = await createDestination(actor, { credentialId: credential.id, name: 'CRM sync', model: 'tickets', writeMode: 'upsert' });

    expect(destination).toMatchObject({ name: 'CRM sync', model: 'tickets', writeMode: 'upsert', credential: { id: credential.id } });
    expect(await listDestinations(actor)).toEqual([destination]);
    expect(await getDestination(actor, destination.id)).toEqual(destination);
  });

  it('lets only its creator or an owner or admin delete a source', async () => {
    const owner = await createTestActor(env.db);
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const { credential } = await saveTestCredential(owner, double);
    const source = await createSource(owner, { credentialId: credential.id, name: 'Owned', model: 'companies' });

    await expect(deleteSource(member, source.id)).rejects.toMatchObject({ code: 'forbidden' });
    await deleteSource(owner, source.id);
    expect(await listSources(owner)).toEqual([]);
  });

  it('moves a source to another credential only if that one can read its model', async () => {
    const actor = await createTestActor(env.db);
    const { credential: first } = await saveTestCredential(actor, double);
    const { credential: noCompanies } = await saveTestCredential(actor, double, { readable: ['endusers'] });
    const { credential: second } = await saveTestCredential(actor, double);
    const source = await createSource(actor, { credentialId: first.id, name: 'Moving', model: 'companies' });

    await expect(changeSourceCredential(actor, source.id, noCompanies.id)).rejects.toMatchObject({ code: 'not-readable' });
    const moved = await changeSourceCredential(actor, source.id, second.id);

    expect(moved.credential.id).toBe(second.id);
  });

  it('the database refuses to delete a credential while a source or a destination uses it', async () => {
    const actor = await createTestActor(env.db);
    const { credential } = await saveTestCredential(actor, double);
    const source = await createSource(actor, { credentialId: credential.id, name: 'In use', model: 'companies' });
    const destination = await createDestination(actor, { credentialId: credential.id, name: 'In use too', model: 'companies', writeMode: 'create' });
    const deleteIt = () => env.db.credential.delete({ where: { id: credential.id } });

    await expect(deleteIt()).rejects.toMatchObject({ code: 'P2003' });
    await deleteSource(actor, source.id);
    await expect(deleteIt()).rejects.toMatchObject({ code: 'P2003' });
    await env.db.dataDestination.delete({ where: { id: destination.id } });
    await deleteIt();
  });
});
