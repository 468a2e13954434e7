/**
 * Key rotation throughput on Postgres: seals credentials under k1 in a throwaway database, then
 * times rotateKeys to k2 (target: 10,000 in under 10 s).
 * Run: DATABASE_URL=postgres://... npx tsx --conditions=react-server scripts/bench-rotation.ts [count] [batch size]
 */
import { randomBytes } from 'node:crypto';
import { keyIdsInUse, rotateKeys } from '@/lib/credentials/rotate-keys';
import { openSealedToken } from '@/lib/credentials/token-sealing';
import { connectDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/run-migrations';
import { createTestDatabase } from '@/lib/testing/test-database';
import { createTestWorkspace, fakePlanhatToken, sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { parseKeyring } from '@/lib/vault';

const count = Number(process.argv[2] ?? 10_000);
const batchSize = Number(process.argv[3] ?? 500);
const INSERT_CHUNK = 1_000;

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a Postgres server; the benchmark creates and drops its own database there.');
  process.exit(1);
}

const [k1, k2] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
const before = parseKeyring(`k1:${k1}`);
const after = parseKeyring(`k2:${k2},k1:${k1}`);
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

const database = await createTestDatabase();
const db = await connectDb(database.target);
let failed = false;
try {
  await runMigrations(database.target);
  const workspaceId = await createTestWorkspace(db, 'Rotation benchmark');
  // Every credential gets a token of its own, as in real use; the sample checked at the end is this one.
  const token = fakePlanhatToken();

  const insertStart = process.hrtime.bigint();
  for (let offset = 0; offset < count; offset += INSERT_CHUNK) {
    const size = Math.min(INSERT_CHUNK, count - offset);
    const data = Array.from({ length: size }, (_, i) => sealedCredentialRow(before, { workspaceId, name: `Credential ${offset + i}`, token: offset + i === 0 ? token : fakePlanhatToken() }));
    await db.credential.createMany({ data });
  }
  console.log(`Inserted ${count.toLocaleString('en-US')} credentials under k1 in ${seconds(insertStart).toFixed(2)} s`);

  const rotateStart = process.hrtime.bigint();
  const result = await rotateKeys({ db, keyring: after, batchSize });
  const total = seconds(rotateStart);

  // Proof the run did the work: nothing left under k1, and a k2-only keyring opens a sample.
  const only = parseKeyring(`k2:${k2}`);
  const sample = await db.credential.findFirst({ where: { name: 'Credential 0' }, select: { id: true, workspaceId: true, connector: true, sealedToken: true } });
  const inUse = await keyIdsInUse(db);
  if (result.resealed !== count || !sample || openSealedToken(only, sample, sample.sealedToken) !== token || inUse.join() !== 'k2') {
    throw new Error(`Rotation incomplete: ${JSON.stringify({ ...result, unreadable: result.unreadable.length, inUse })}`);
  }
  console.log(
    `Rotated ${result.resealed.toLocaleString('en-US')} credentials k1 -> k2 in ${total.toFixed(2)} s: ` +
      `${Math.round(result.resealed / total).toLocaleString('en-US')} credentials/s (batch size ${batchSize}; target: 10,000 in < 10 s)`,
  );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await db.$disconnect();
  await database.drop();
}
process.exit(failed ? 1 : 0);
