import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { eventColumns } from './audit';
import { createCredential } from './create-credential';
import { claimSaveAttempt } from './save-attempts';
import { listCredentialEvents } from './credential-events';
import { getCredential } from './get-credential';
import { insertCredentialUnlessClash } from './insert-credential';
import { getKeyring } from './keyring';
import { withOpenedToken } from './opened-token';
import { sealedTokenColumns } from './token-sealing';

let double: PlanhatDouble;
let env: ServiceTestEnv;

withServiceTestEnv((started) => ({ double, env } = started));

const newCredential = (name: string, token: string, verify: boolean) =>
  ({ connector: 'planhat', name, description: 'Nightly sync', fields: { apiAccessToken: token, region: 'auto' }, verify }) as const;

describe('saving a new credential', () => {
  it('stores exactly what it answers: read back, it is the same credential, its token opens and its trail starts with “created”', async () => {
    const owner = await createTestActor(env.db);
    for (const verify of [true, false]) {
      const token = `phtest_${randomBytes(16).toString('hex')}`;
      double.addToken({ token });
      const outcome = await createCredential(owner, newCredential(`Saved ${verify} ${randomBytes(3).toString('hex')}`, token, verify));
      if (!outcome.ok) throw new Error(outcome.problem);

      expect(await getCredential(owner, outcome.credential.id)).toEqual(outcome.credential);
      expect(outcome.credential).toMatchObject({ status: verify ? 'verified' : 'not_verified', createdBy: { id: owner.userId, name: owner.name }, version: 1 });
      expect(await withOpenedToken(owner.workspaceId, outcome.credential.id, async ({ token: opened }) => opened === token)).toBe(true);
      const [created] = await listCredentialEvents(owner, outcome.credential.id);
      expect(created).toMatchObject({ type: 'created', actorName: owner.name, outcome: verify ? 'verified' : 'not_verified', at: outcome.credential.createdAt });
    }
  });

  it('refuses a name or a token that another save took after the check, writing neither the credential nor its event', async () => {
    const owner = await createTestActor(env.db);
    const { credential, token } = await saveTestCredential(owner, double);
    const keyring = getKeyring();
    const before = await env.db.credentialEvent.count({ where: { workspaceId: owner.workspaceId } });
    const attempt = (name: string, lookForTwins: boolean) => {
      const owned = { id: randomUUID(), workspaceId: owner.workspaceId, connector: 'planhat' };
      const row = { ...owned, createdById: owner.userId, name, description: '', region: null, ...sealedTokenColumns(keyring, owned, token), status: 'not_verified', statusReason: null, checkedAt: null, accessReport: null } as const;
      return insertCredentialUnlessClash(env.db, keyring, { row, token, lookForTwins }, eventColumns(owner, row, 'created'), { id: owner.userId, name: owner.name });
    };

    expect(await attempt(credential.name.toUpperCase(), false)).toEqual({ ok: false, clash: 'name' });
    expect(await attempt(`Twin ${randomBytes(3).toString('hex')}`, true)).toEqual({ ok: false, clash: 'token', twinName: credential.name });
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
    expect(await env.db.credentialEvent.count({ where: { workspaceId: owner.workspaceId } })).toBe(before);
    // Told the token is saved already and to go on: stored, with its event.
    expect(await attempt(`Twin ${randomBytes(3).toString('hex')}`, false)).toMatchObject({ ok: true });
    expect(await env.db.credentialEvent.count({ where: { workspaceId: owner.workspaceId } })).toBe(before + 1);
  });
});

describe('cancelling a save from the overlay', () => {
  it('stores nothing when Cancel claims the save first, and says “too late” once the save has claimed it', async () => {
    const owner = await createTestActor(env.db);
    const token = `phtest_${randomBytes(16).toString('hex')}`;
    double.addToken({ token });

    const cancelledId = randomUUID();
    expect(await claimSaveAttempt(env.db, owner, cancelledId, 'cancelled')).toBe(true);
    const cancelled = await createCredential(owner, { ...newCredential(`Cancelled ${randomBytes(3).toString('hex')}`, token, true), attemptId: cancelledId });
    expect(cancelled).toEqual({ ok: false, problem: 'cancelled' });
    expect(await env.db.credential.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);

    const savedId = randomUUID();
    const saved = await createCredential(owner, { ...newCredential(`Saved ${randomBytes(3).toString('hex')}`, token, true), attemptId: savedId });
    expect(saved.ok).toBe(true);
    expect(await claimSaveAttempt(env.db, owner, savedId, 'cancelled')).toBe(false);
  });
});
