import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { connectDb, disconnectDb, type Db } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/run-migrations';
import { createTestWorkspace, fakePlanhatToken } from '@/lib/testing/seed-credentials';
import { createTestDatabase } from '@/lib/testing/test-database';
import { fingerprintFor, parseKeyring } from '@/lib/vault';
import { eventColumns } from './audit';
import { insertCredentialUnlessClash, type InsertOutcome } from './insert-credential';
import { sealedTokenColumns } from './token-sealing';

// The rule "a token is saved once per workspace unless someone confirms saving it again" must hold
// when saves race: on one app instance (one pool) and on two (two pools) of Postgres, and on PGlite.
const ROUNDS = 100;
const RACERS = 4;
const keyring = parseKeyring(`race:${randomBytes(32).toString('base64')}`);

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instances(kind: 'postgres' | 'pglite', count: number): Promise<Db[]> {
  const database = await createTestDatabase(kind === 'pglite' ? { kind } : {});
  cleanups.push(() => database.drop());
  await runMigrations(database.target);
  const dbs = await Promise.all(Array.from({ length: kind === 'pglite' ? 1 : count }, () => connectDb(database.target)));
  cleanups.push(async () => void (await Promise.all(dbs.map(disconnectDb))));
  return dbs;
}

async function owner(db: Db): Promise<Actor> {
  const workspaceId = await createTestWorkspace(db);
  const userId = `user_${randomBytes(8).toString('hex')}`;
  await db.user.create({ data: { id: userId, name: 'Rae Racer', email: `${userId}@example.com` } });
  return { userId, name: 'Rae Racer', email: `${userId}@example.com`, workspaceId, workspaceName: 'Race', role: 'owner', workspaces: [] };
}

/** A save of `token` under a new name, as createCredential makes it with "Save without verifying" and no confirmation. */
function save(db: Db, actor: Actor, token: string, name: string): Promise<InsertOutcome> {
  const owned = { id: randomUUID(), workspaceId: actor.workspaceId, connector: 'planhat' };
  const row = { ...owned, createdById: actor.userId, name, description: '', region: null, ...sealedTokenColumns(keyring, owned, token), status: 'not_verified', statusReason: null, checkedAt: null, accessReport: null } as const;
  return insertCredentialUnlessClash(db, keyring, { row, token, lookForTwins: true }, eventColumns(actor, row, 'created'), { id: actor.userId, name: actor.name });
}

const setups = [
  ...(process.env.DATABASE_URL ? [{ label: 'Postgres, one instance', kind: 'postgres', count: 1 } as const, { label: 'Postgres, two instances', kind: 'postgres', count: 2 } as const] : []),
  { label: 'PGlite', kind: 'pglite', count: 1 } as const,
];

describe.each(setups)('four saves of one token racing ($label)', ({ kind, count }) => {
  let dbs: Db[];
  let actor: Actor;
  beforeAll(async () => {
    dbs = await instances(kind, count);
    actor = await owner(dbs[0]!);
  });

  it(`store it once and tell the other three which credential has it, in each of ${ROUNDS} rounds`, async () => {
    let roundsWithTwins = 0;
    let twinsStored = 0;
    const wrongAnswers: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const token = fakePlanhatToken();
      const names = Array.from({ length: RACERS }, (_, i) => `Round ${round} racer ${i}`);
      const outcomes = await Promise.all(names.map((name, i) => save(dbs[i % dbs.length]!, actor, token, name)));
      const stored = await dbs[0]!.credential.findMany({ where: { workspaceId: actor.workspaceId, tokenFingerprint: fingerprintFor(keyring, token) }, select: { name: true } });
      if (stored.length > 1) {
        roundsWithTwins++;
        twinsStored += stored.length - 1;
      }
      const refusals = outcomes.filter((outcome) => !outcome.ok);
      const told = refusals.every((outcome) => outcome.clash === 'token' && outcome.twinName === stored[0]?.name);
      if (stored.length === 1 && (refusals.length !== RACERS - 1 || !told)) wrongAnswers.push(`round ${round}: ${JSON.stringify(refusals)}`);
    }
    expect({ rounds: ROUNDS, roundsWithTwins, twinsStored, wrongAnswers }).toEqual({ rounds: ROUNDS, roundsWithTwins: 0, twinsStored: 0, wrongAnswers: [] });
  });
});
