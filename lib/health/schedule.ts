import 'server-only';
import type { PgBoss } from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { HEALTH_CHECK_QUEUE, type HealthCheckJob } from './health-check-job';

// Timestamps are stored as UTC without a zone (Prisma's TIMESTAMP(3)), so "now" is read the same way.
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** A workspace's cycle in seconds, in SQL: its own choice, else the install's default; NULL when off. */
const cycleSeconds = (defaultSeconds: number) => Prisma.sql`(CASE s."healthCheckEvery"
  WHEN 'off' THEN NULL WHEN '1h' THEN 3600 WHEN '6h' THEN 21600 WHEN '24h' THEN 86400 ELSE ${defaultSeconds}::int END)`;

/** How far ahead a dispatcher queues checks (each job waits in the queue until its due time). */
export function lookaheadSeconds(defaultSeconds: number) {
  return Math.min(60, Math.max(2, Math.floor(defaultSeconds / 10)));
}

/**
 * Gives credentials that have none a first due time, spread at random over one cycle after their
 * last check (or creation), never in the past: a new install, an import or a migration does not
 * make every credential due at the same moment.
 */
export async function assignFirstDueTimes(db: Db, defaultSeconds: number, batch = 2000): Promise<number> {
  return db.$executeRaw`
    WITH pending AS (
      SELECT c."id", ${cycleSeconds(defaultSeconds)} AS secs, COALESCE(c."checkedAt", c."createdAt") AS since
      FROM "Credential" c LEFT JOIN "WorkspaceSettings" s ON s."workspaceId" = c."workspaceId"
      WHERE c."nextCheckAt" IS NULL
      LIMIT ${batch}
      FOR UPDATE OF c SKIP LOCKED
    )
    UPDATE "Credential" c
    SET "nextCheckAt" = GREATEST(p.since + make_interval(secs => p.secs), ${NOW} + make_interval(secs => p.secs * random()))
    FROM pending p
    WHERE c."id" = p."id" AND p.secs IS NOT NULL`;
}

/**
 * Claims the checks due within the lookahead that no dispatcher has queued yet, marking each as
 * queued for its due time in the same statement; rows another instance holds are skipped, so each
 * due check is handed out once. A check queued long ago but still due (its job lost) is handed out
 * again; the job's own claim (claimCheck) keeps that from checking twice.
 */
export async function claimDueChecks(db: Db, defaultSeconds: number, batch = 500): Promise<HealthCheckJob[]> {
  const lookahead = lookaheadSeconds(defaultSeconds);
  const rows = await db.$queryRaw<{ id: string; workspaceId: string; dueAtMs: number }[]>`
    WITH due AS (
      SELECT c."id" FROM "Credential" c LEFT JOIN "WorkspaceSettings" s ON s."workspaceId" = c."workspaceId"
      WHERE c."nextCheckAt" <= ${NOW} + make_interval(secs => ${lookahead}::int)
        AND s."healthCheckEvery" IS DISTINCT FROM 'off'
        AND (c."healthQueuedFor" IS DISTINCT FROM c."nextCheckAt" OR c."nextCheckAt" < ${NOW} - interval '15 minutes')
      ORDER BY c."nextCheckAt"
      LIMIT ${batch}
      FOR UPDATE OF c SKIP LOCKED
    )
    UPDATE "Credential" c SET "healthQueuedFor" = c."nextCheckAt"
    FROM due WHERE c."id" = due."id"
    RETURNING c."id"::text AS "id", c."workspaceId", (floor(extract(epoch FROM c."nextCheckAt") * 1000))::float8 AS "dueAtMs"`;
  return rows.map((row) => ({ credentialId: row.id, workspaceId: row.workspaceId, dueAtMs: Number(row.dueAtMs) }));
}

/** Queues claimed checks: one job per credential at its due time (the queue keeps one per credential). */
export async function queueChecks(boss: PgBoss, jobs: HealthCheckJob[]) {
  if (jobs.length === 0) return;
  await boss.insert(
    HEALTH_CHECK_QUEUE.name,
    jobs.map((data) => ({ data, singletonKey: data.credentialId, startAfter: new Date(data.dueAtMs) })),
  );
}

/** Releases claims whose jobs could not be queued, so the next tick (here or elsewhere) tries again. */
export async function releaseClaims(db: Db, jobs: HealthCheckJob[]) {
  if (jobs.length === 0) return;
  await db.credential.updateMany({ where: { id: { in: jobs.map((job) => job.credentialId) } }, data: { healthQueuedFor: null } });
}

/**
 * The job's own claim on the check due at dueAtMs: moves the next due time one cycle on and records
 * the job, in one statement. False when this cycle's check already happened (another job, or a
 * person's Re-check, which counts as the cycle's check) or the workspace turned checks off. A retry
 * of the same job claims again.
 */
export async function claimCheck(db: Db, job: { id: string; data: HealthCheckJob }, defaultSeconds: number): Promise<boolean> {
  const { credentialId, dueAtMs } = job.data;
  const claimed = await db.$executeRaw`
    UPDATE "Credential" c
    SET "nextCheckAt" = GREATEST(c."nextCheckAt" + make_interval(secs => x.secs), ${NOW} + make_interval(secs => x.secs / 2.0)),
        "healthJobId" = ${job.id}
    FROM (SELECT ${cycleSeconds(defaultSeconds)} AS secs FROM "Credential" c2 LEFT JOIN "WorkspaceSettings" s ON s."workspaceId" = c2."workspaceId" WHERE c2."id" = ${credentialId}::uuid) x
    WHERE c."id" = ${credentialId}::uuid AND x.secs IS NOT NULL
      AND ((floor(extract(epoch FROM c."nextCheckAt") * 1000))::float8 = ${dueAtMs}::float8 OR c."healthJobId" = ${job.id})`;
  return claimed === 1;
}

/** After a check outside the schedule (Re-check): the next scheduled one is a full cycle away. */
export async function postponeNextCheck(db: Db, credentialId: string, defaultSeconds: number) {
  await db.$executeRaw`
    UPDATE "Credential" c SET "nextCheckAt" = ${NOW} + make_interval(secs => x.secs)
    FROM (SELECT ${cycleSeconds(defaultSeconds)} AS secs FROM "Credential" c2 LEFT JOIN "WorkspaceSettings" s ON s."workspaceId" = c2."workspaceId" WHERE c2."id" = ${credentialId}::uuid) x
    WHERE c."id" = ${credentialId}::uuid AND x.secs IS NOT NULL`;
}

/** After a workspace changes its cycle: every credential's next check lands at random within the new cycle. */
export async function respreadWorkspace(db: Db, workspaceId: string, defaultSeconds: number) {
  await db.$executeRaw`
    UPDATE "Credential" c SET "nextCheckAt" = ${NOW} + make_interval(secs => x.secs * random())
    FROM (SELECT ${cycleSeconds(defaultSeconds)} AS secs FROM (SELECT 1) one LEFT JOIN "WorkspaceSettings" s ON s."workspaceId" = ${workspaceId}) x
    WHERE c."workspaceId" = ${workspaceId} AND x.secs IS NOT NULL`;
}
