// Integration-test support for service functions, which take their database, keys and Planhat host
// from the environment (getEnv, getDb) exactly as they do in the app.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startPlanhatDouble, type PlanhatDouble, type TokenScenario } from '@/lib/testing/planhat-double/server';
import type { Actor, WorkspaceRole } from '@/lib/auth/actor';
import { createCredential } from '@/lib/credentials/create-credential';
import type { CredentialDto } from '@/lib/credentials/dto';
import { connectDb, disconnectDb, getDb, type Db } from '@/lib/db/client';
import { databaseTarget, type DatabaseTarget } from '@/lib/db/database-target';
import { closePglite } from '@/lib/db/pglite';
import { runMigrations } from '@/lib/db/run-migrations';
import { createTestWorkspace } from './seed-credentials';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import { createTestDatabase } from './test-database';

export interface ServiceTestEnv {
  /** For the test to set up and check data: the app's own client, or with a proxy a direct one. */
  db: Db;
  /** With `throughProxy`: what stands between the app and its database, to take down, freeze or cut. */
  proxy?: TcpProxy;
  close(): Promise<void>;
}

export interface ServiceTestOptions {
  planhatUrlTemplate: string;
  /** Postgres only: the app reaches its database through a TCP proxy the test controls. */
  throughProxy?: boolean;
}

/**
 * Points this test file's process at a fresh, migrated database (a new database on the DATABASE_URL
 * server, else a throwaway PGlite folder), a fresh master key and the given Planhat host. Call it in
 * beforeAll, before anything reads getEnv(): the configuration is read once per process.
 */
export async function startServiceTestEnv({ planhatUrlTemplate, throughProxy = false }: ServiceTestOptions): Promise<ServiceTestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-test-'));
  let dropDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    if (database.target.kind === 'postgres') process.env.DATABASE_URL = database.target.url;
    dropDatabase = database.drop;
  }
  process.env.DATA_DIR = dataDir;
  process.env.CREDENTIAL_KEYS = `test:${randomBytes(32).toString('base64')}`;
  process.env.PLANHAT_API_URL_TEMPLATE = planhatUrlTemplate;
  const target = databaseTarget({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: dataDir });
  await runMigrations(target);
  if (throughProxy) return proxiedEnv(target, dropDatabase, dataDir);
  const db = await getDb();
  return {
    db,
    close: async () => {
      await db.$disconnect();
      if (target.kind === 'pglite') await closePglite(target.dataDir);
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function proxiedEnv(target: DatabaseTarget, dropDatabase: () => Promise<void>, dataDir: string): Promise<ServiceTestEnv> {
  if (target.kind !== 'postgres') throw new Error('A proxy needs Postgres: set DATABASE_URL');
  const { hostname, port } = new URL(target.url);
  const proxy = await startTcpProxy({ host: hostname, port: Number(port || 5432) });
  process.env.DATABASE_URL = proxy.urlFor(target.url);
  const direct = await connectDb(target);
  return {
    db: direct,
    proxy,
    close: async () => {
      await (await getDb()).$disconnect();
      await disconnectDb(direct);
      await proxy.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A person in a workspace (a new one unless given), with the user and member rows the app expects. */
export async function createTestActor(db: Db, { role = 'owner', workspaceId }: { role?: WorkspaceRole; workspaceId?: string } = {}): Promise<Actor> {
  const workspace = workspaceId ?? (await createTestWorkspace(db));
  const userId = `user_${randomBytes(8).toString('hex')}`;
  const name = `Tess Tester ${userId.slice(-4)}`;
  await db.user.create({ data: { id: userId, name, email: `${userId}@example.com` } });
  await db.member.create({ data: { id: `member_${randomBytes(8).toString('hex')}`, organizationId: workspace, userId, role, createdAt: new Date() } });
  return { userId, name, email: `${userId}@example.com`, workspaceId: workspace, workspaceName: 'Test workspace', role, workspaces: [{ id: workspace, name: 'Test workspace', role }] };
}

/** Registers a fresh token with the Planhat double and saves it as a verified credential of the actor. */
export async function saveTestCredential(
  actor: Actor,
  double: PlanhatDouble,
  scenario: Omit<TokenScenario, 'token'> = {},
  { verify = true }: { verify?: boolean } = {},
): Promise<{ credential: CredentialDto; token: string }> {
  const token = `phtest_${randomBytes(16).toString('hex')}`;
  double.addToken({ token, ...scenario });
  const outcome = await createCredential(actor, {
    connector: 'planhat',
    name: `Planhat ${randomBytes(3).toString('hex')}`,
    description: '',
    fields: { apiAccessToken: token, region: 'auto' },
    verify,
    confirmed: { noReadAccess: true },
  });
  if (!outcome.ok) throw new Error(`could not save the test credential: ${outcome.problem}`);
  return { credential: outcome.credential, token };
}

/**
 * Registers beforeAll/afterAll that start a Planhat double and a service environment pointed at it,
 * handing both to `onStart` (assign them to the test file's variables), and stop them afterwards.
 */
export function withServiceTestEnv(onStart: (started: { double: PlanhatDouble; env: ServiceTestEnv }) => void) {
  let started: { double: PlanhatDouble; env: ServiceTestEnv } | undefined;
  beforeAll(async () => {
    const double = await startPlanhatDouble({ port: 0, tokens: [] });
    started = { double, env: await startServiceTestEnv({ planhatUrlTemplate: double.urlTemplate }) };
    onStart(started);
  });
  afterAll(async () => {
    await started?.env.close();
    await started?.double.close();
  });
}
