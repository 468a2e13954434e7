/**
 * What one read of Planhat records costs the database bookkeeping, on Postgres:
 *   before: a "used" audit row per read (Prisma create, as lib/credentials/read-with-credential.ts did)
 *   now:    the per-day usage upsert (lib/credentials/record-read.ts), one prepared statement
 * then 20 concurrent readers on one credential through two connection pools (two app instances),
 * whose reads must all be counted.
 * Run: npm run bench:usage [-- --reads=3000]
 * Uses a throwaway database on the local Postgres server of BENCH_USAGE_PG_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped at the end.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { adminQuery } from '@/lib/testing/admin-query';
import type { Actor } from '@/lib/auth/actor';
import { eventColumns } from '@/lib/credentials/audit';
import { recordRead } from '@/lib/credentials/record-read';
import { connectDb, type Db } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/run-migrations';
import { createTestWorkspace, fakePlanhatToken, sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { parseKeyring } from '@/lib/vault';
import { cpuPerRequest, cpuSnapshot } from './bench-api/cpu';

const reads = Number(process.argv.find((arg) => arg.startsWith('--reads='))?.split('=')[1] ?? 3000);
const adminUrl = process.env.BENCH_USAGE_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NO_APP_GROUP = -1; // this script is the app: its own CPU is reported as "self"

const admin = (sql: string) => adminQuery(adminUrl, sql);

async function measure(name: string, url: string, count: number, operation: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await operation(i); // warm-up: connections, prepared statements, JIT
  const before = await cpuSnapshot(NO_APP_GROUP, url);
  const start = performance.now();
  for (let i = 0; i < count; i++) await operation(i);
  const ms = (performance.now() - start) / count;
  const cpu = cpuPerRequest(before, await cpuSnapshot(NO_APP_GROUP, url), count);
  console.log(`${name.padEnd(48)} ${ms.toFixed(3)} ms per read   CPU: app ${cpu.self.toFixed(3)} ms, Postgres ${cpu.postgres.toFixed(3)} ms`);
}

const name = `usage_bench_${randomBytes(6).toString('hex')}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
await admin(`CREATE DATABASE "${name}"`);
const pools: Db[] = [];
try {
  const target = { kind: 'postgres' as const, url: url.toString(), label: name };
  await runMigrations(target);
  const db = await connectDb(target);
  const second = await connectDb(target);
  pools.push(db, second);
  await Promise.all(pools.map((pool) => pool.$connect()));

  const keyring = parseKeyring(`k1:${randomBytes(32).toString('base64')}`);
  const workspaceId = await createTestWorkspace(db);
  const row = sealedCredentialRow(keyring, { workspaceId, name: 'Bench', token: fakePlanhatToken() });
  await db.credential.create({ data: row });
  const credential = { id: row.id, name: row.name, workspaceId };
  const actor = { userId: 'bench', name: 'Bench' } as Actor;
  const source = { id: randomUUID(), name: 'Nightly companies' };
  const read = { workspaceId, credentialId: row.id, source, model: 'companies', outcome: 'ok' };

  console.log(`${reads} sequential reads of one credential, after 200 to warm up:`);
  await measure('before: "used" event row (Prisma create)', target.url, reads, () =>
    db.credentialEvent.create({ data: { ...eventColumns(actor, credential, 'created', { outcome: 'ok', detail: { source, model: 'companies', offset: 0, records: 10 } }), type: 'used' } }),
  );
  await measure('now: usage-day upsert (one prepared statement)', target.url, reads, () => recordRead(db, read));

  const concurrent = { id: randomUUID(), name: 'Concurrent' };
  const clients = 20;
  const perClient = Math.ceil(reads / clients);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i++) await recordRead(pools[client % pools.length]!, { ...read, source: concurrent });
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const counted = await db.credentialUsageDay.findFirstOrThrow({ where: { credentialId: row.id, usedBy: concurrent.id } });
  const expected = clients * perClient;
  console.log(`${clients} concurrent readers, two pools: ${expected} reads in ${seconds.toFixed(2)} s (${(expected / seconds).toFixed(0)}/s), counted ${counted.reads}`);
  if (counted.reads !== expected) throw new Error(`lost reads: counted ${counted.reads} of ${expected}`);
} finally {
  await Promise.all(pools.map((pool) => pool.$disconnect()));
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
