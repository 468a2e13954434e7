// The SQL scripts/bench-health.ts runs beside the app: making checks due, watching CredentialCheck,
// and reading pg-boss's job table for where the time went. Timestamps are read as epoch ms in SQL
// (the app stores UTC without a zone), never parsed by the driver.
import pg from 'pg';
import { onCleanup } from '../bench-ui/processes';

export type Sql = { query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]> };

export function openSql(databaseUrl: string): Sql {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'bench-health' });
  onCleanup('close the benchmark SQL pool', () => pool.end());
  return { query: async <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => (await pool.query<T>(text, values)).rows };
}

const NOW_UTC = `(now() AT TIME ZONE 'UTC')`;

/** Every credential due now, as after an outage (the worst case); returns when (epoch ms) the UPDATE ran. */
export async function makeAllDue(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ at: number }>(
    `WITH due AS (UPDATE "Credential" SET "nextCheckAt" = ${NOW_UTC}, "healthQueuedFor" = NULL RETURNING 1)
     SELECT (extract(epoch FROM now()) * 1000)::float8 AS at, (SELECT count(*) FROM due)::int AS n`,
  );
  return Number(row?.at);
}

/** `count` credentials due one after another, `gapMs` apart, starting `leadMs` from now; returns their ids. */
export async function makeDueOneByOne(sql: Sql, count: number, gapMs: number, leadMs: number): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `WITH pick AS (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Credential" ORDER BY "id" LIMIT $1)
     UPDATE "Credential" c SET "nextCheckAt" = ${NOW_UTC} + make_interval(secs => ($2::float8 + p.n * $3::float8) / 1000), "healthQueuedFor" = NULL
     FROM pick p WHERE c."id" = p."id" RETURNING c."id"::text AS id`,
    [count, leadMs, gapMs],
  );
  return rows.map((row) => row.id);
}

export async function checkCounts(sql: Sql): Promise<{ total: number; distinct: number }> {
  const [row] = await sql.query<{ total: number; distinct: number }>(`SELECT count(*)::int AS total, count(DISTINCT "credentialId")::int AS distinct FROM "CredentialCheck"`);
  return { total: row?.total ?? 0, distinct: row?.distinct ?? 0 };
}

export type CheckStats = { total: number; distinct: number; firstMs: number; lastMs: number; durationP50: number; durationP95: number; durationMean: number; outcomes: Record<string, number> };

export async function checkStats(sql: Sql): Promise<CheckStats> {
  const [row] = await sql.query<Omit<CheckStats, 'outcomes'>>(
    `SELECT count(*)::int AS total, count(DISTINCT "credentialId")::int AS distinct,
       (extract(epoch FROM min("checkedAt")) * 1000)::float8 AS "firstMs", (extract(epoch FROM max("checkedAt")) * 1000)::float8 AS "lastMs",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY "durationMs")::float8 AS "durationP50",
       percentile_cont(0.95) WITHIN GROUP (ORDER BY "durationMs")::float8 AS "durationP95",
       avg("durationMs")::float8 AS "durationMean"
     FROM "CredentialCheck"`,
  );
  const outcomes = await sql.query<{ outcome: string; n: number }>(`SELECT outcome, count(*)::int AS n FROM "CredentialCheck" GROUP BY outcome`);
  if (!row) throw new Error('No check statistics');
  return { ...row, outcomes: Object.fromEntries(outcomes.map((entry) => [entry.outcome, entry.n])) };
}

export async function checkDurations(sql: Sql, ids: string[]): Promise<number[]> {
  const rows = await sql.query<{ ms: number }>(`SELECT "durationMs"::float8 AS ms FROM "CredentialCheck" WHERE "credentialId" = ANY($1::uuid[])`, [ids]);
  return rows.map((row) => row.ms);
}

/** The quiet checks of a cycle compare against a real access report: copy the one a real check wrote to every credential. */
export async function copyAccessReport(sql: Sql, fromId: string): Promise<void> {
  await sql.query(`UPDATE "Credential" SET "accessReport" = (SELECT "accessReport" FROM "Credential" WHERE "id" = $1::uuid) WHERE "id" <> $1::uuid`, [fromId]);
}

export type JobStats = {
  jobs: number;
  states: Record<string, number>;
  /** Ms after the cycle's start when the first and the last job was inserted (dispatcher). */
  firstCreatedMs: number;
  lastCreatedMs: number;
  /** Mean ms a job waited from its insertion (or due time, whichever is later) to a worker. */
  meanWaitMs: number;
  /** Mean and p95 ms from a worker taking a job to completing it (claim, check, write, rotation reminder). */
  meanRunMs: number;
  p95RunMs: number;
  /** Sum of run times: divided by the cycle time, the jobs in flight on average. */
  busyMs: number;
};

/** pg-boss's record of the health-check jobs inserted since `sinceMs`. */
export async function jobStats(sql: Sql, sinceMs: number): Promise<JobStats> {
  const where = `name = 'health-check' AND created_on >= to_timestamp($1::float8 / 1000)`;
  const [row] = await sql.query<Omit<JobStats, 'states'>>(
    `SELECT count(*)::int AS jobs,
       (extract(epoch FROM min(created_on)) * 1000 - $1)::float8 AS "firstCreatedMs", (extract(epoch FROM max(created_on)) * 1000 - $1)::float8 AS "lastCreatedMs",
       avg(extract(epoch FROM started_on - greatest(created_on, start_after)) * 1000)::float8 AS "meanWaitMs",
       avg(extract(epoch FROM completed_on - started_on) * 1000)::float8 AS "meanRunMs",
       (percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - started_on) * 1000))::float8 AS "p95RunMs",
       coalesce(sum(extract(epoch FROM completed_on - started_on) * 1000), 0)::float8 AS "busyMs"
     FROM pgboss.job WHERE ${where}`,
    [sinceMs],
  );
  const states = await sql.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE ${where} GROUP BY state`, [sinceMs]);
  if (!row) throw new Error('No job statistics');
  return { ...row, states: Object.fromEntries(states.map((entry) => [entry.state, entry.n])) };
}

/** The pids of this database's Postgres backends (their CPU is part of the work). */
export async function backendPids(sql: Sql): Promise<number[]> {
  const rows = await sql.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  return rows.map((row) => row.pid);
}
