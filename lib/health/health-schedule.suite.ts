// The scheduled health checks against a real database and the Planhat double; run on Postgres
// (health-schedule.test.ts, when DATABASE_URL is set) and on embedded PGlite (health-schedule-pglite.test.ts).
import { randomUUID } from 'node:crypto';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanhatDouble } from '@/lib/testing/planhat-double/server';
import type { CredentialAlert } from '@/lib/alerts/alert';
import { alertFanoutQueue } from '@/lib/alerts/alert-fanout-queue';
import { ALERT_SUBSCRIBERS } from '@/lib/alerts/subscribers';
import { recheckCredential } from '@/lib/credentials/recheck-credential';
import { databaseTarget } from '@/lib/db/database-target';
import { getEnv } from '@/lib/env';
import { startBoss } from '@/lib/jobs/boss';
import { createTestActor, saveTestCredential, withServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { dispatchDueChecks } from './dispatcher';
import { healthCheckQueue, runScheduledCheck } from './health-check-queue';

export function healthScheduleSuite() {
  let double: PlanhatDouble;
  let env: ServiceTestEnv;
  const alerts: CredentialAlert[] = [];
  const bosses: PgBoss[] = [];

  process.env.HEALTH_CHECK_EVERY = '10s';
  // Registered first so it runs last... or first: whichever order, the queues stop before the database goes.
  afterAll(async () => {
    for (const boss of bosses) await boss.stop({ graceful: false, close: true, timeout: 2000 });
  });
  withServiceTestEnv((started) => ({ double, env } = started));

  beforeAll(() => {
    ALERT_SUBSCRIBERS.push({ name: 'test', deliver: async (alert) => void alerts.push(alert) });
  });

  const dueNow = (ids: string[]) => env.db.$executeRaw`UPDATE "Credential" SET "nextCheckAt" = now() AT TIME ZONE 'UTC' WHERE "id" = ANY(${ids}::uuid[])`;
  const checksOf = (id: string) => env.db.credentialCheck.findMany({ where: { credentialId: id }, orderBy: { checkedAt: 'asc' } });
  const job = async (credentialId: string) => {
    const row = await env.db.credential.findUniqueOrThrow({ where: { id: credentialId }, select: { workspaceId: true, nextCheckAt: true } });
    return { id: randomUUID(), data: { credentialId, workspaceId: row.workspaceId, dueAtMs: row.nextCheckAt!.getTime() } };
  };
  const scheduledCheck = async (credentialId: string) => {
    await dueNow([credentialId]);
    await runScheduledCheck(await job(credentialId));
  };
  const fanOut = async () => {
    // The alert jobs this test's checks queued, delivered the way a worker would.
    const boss = bosses[0] ?? (await startBoss(databaseTarget(getEnv())));
    if (!bosses.includes(boss)) bosses.push(boss);
    for (;;) {
      const jobs = await boss.fetch<CredentialAlert>(alertFanoutQueue.name, { batchSize: 50 });
      if (!jobs.length) return;
      for (const fetched of jobs) {
        await alertFanoutQueue.work([fetched], boss);
        await boss.complete(alertFanoutQueue.name, fetched.id);
      }
    }
  };

  describe('scheduled health checks', () => {
    it('checks each due credential exactly once per cycle with two instances dispatching and working at once', async () => {
      const owner = await createTestActor(env.db);
      const saved = await Promise.all(Array.from({ length: 12 }, () => saveTestCredential(owner, double)));
      const ids = saved.map(({ credential }) => credential.id);
      const target = databaseTarget(getEnv());
      const instances = [await startBoss(target), await startBoss(target)];
      bosses.push(...instances);
      await env.db.$executeRaw`UPDATE "Credential" SET "nextCheckAt" = NULL`;
      // First due times are spread over the cycle, never in the past.
      await Promise.all(instances.map((boss) => dispatchDueChecks(boss)));
      const spread = await env.db.credential.findMany({ where: { id: { in: ids } }, select: { nextCheckAt: true } });
      expect(spread.every(({ nextCheckAt }) => nextCheckAt !== null)).toBe(true);
      await dueNow(ids);
      for (const boss of instances) await boss.work(healthCheckQueue.name, { ...healthCheckQueue.workOptions(), pollingIntervalSeconds: 0.5 }, (jobs) => healthCheckQueue.work(jobs as Parameters<typeof healthCheckQueue.work>[0], boss));
      // Both dispatch the same due checks, three times over; the duplicate-sending is what must not double-check.
      for (let round = 0; round < 3; round++) await Promise.all(instances.map((boss) => dispatchDueChecks(boss)));

      await expect.poll(async () => (await env.db.credentialCheck.count({ where: { credentialId: { in: ids } } })), { timeout: 60_000 }).toBe(ids.length);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const boss of instances) await boss.offWork(healthCheckQueue.name);
      for (const id of ids) expect(await checksOf(id)).toHaveLength(1);
      const after = await env.db.credential.findMany({ where: { id: { in: ids } }, select: { nextCheckAt: true, status: true, healthCheckedAt: true } });
      for (const row of after) {
        expect(row.status).toBe('verified');
        expect(row.healthCheckedAt).not.toBeNull();
        // The next one is a cycle (10 s) after its due time, and at least half a cycle after the check.
        expect(row.nextCheckAt!.getTime()).toBeGreaterThan(row.healthCheckedAt!.getTime() + 4000);
      }
    }, 90_000);

    it('counts a person’s Re-check as the cycle’s check: the queued job then does nothing', async () => {
      const owner = await createTestActor(env.db);
      const { credential } = await saveTestCredential(owner, double);
      await dueNow([credential.id]);
      const queued = await job(credential.id);
      await recheckCredential(owner, credential.id);
      double.clearRequests();
      await runScheduledCheck(queued);
      expect(double.requests()).toEqual([]);
      expect((await checksOf(credential.id)).map((check) => check.trigger)).toEqual(['manual']);
    });

    it('turns a revoked token Invalid, writes one audit entry with the change and alerts once', async () => {
      const owner = await createTestActor(env.db);
      const { credential, token } = await saveTestCredential(owner, double);
      await scheduledCheck(credential.id);
      const eventsBefore = await env.db.credentialEvent.count({ where: { credentialId: credential.id } });
      double.revoke(token);
      await scheduledCheck(credential.id);
      await scheduledCheck(credential.id);
      await fanOut();

      expect(await env.db.credential.findUniqueOrThrow({ where: { id: credential.id }, select: { status: true } })).toEqual({ status: 'invalid' });
      const events = await env.db.credentialEvent.findMany({ where: { credentialId: credential.id }, orderBy: { createdAt: 'asc' } });
      expect(events).toHaveLength(eventsBefore + 1);
      expect(events.at(-1)).toMatchObject({ type: 'checked', outcome: 'invalid', actorId: null, detail: { trigger: 'scheduled', change: { status: { from: 'verified', to: 'invalid' } } } });
      const mine = alerts.filter((alert) => alert.credential.id === credential.id);
      expect(mine.map((alert) => alert.type)).toEqual(['credential.invalid']);
      expect(JSON.stringify(mine)).not.toContain(token);
      expect((await checksOf(credential.id)).map((check) => check.outcome)).toEqual(['verified', 'invalid', 'invalid']);
    });

    it('calls a credential Unreachable only after three failed checks, and it recovers by itself', async () => {
      const owner = await createTestActor(env.db);
      const { credential, token } = await saveTestCredential(owner, double);
      double.addToken({ token, behaviour: 'server-error' });
      const statuses: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        await scheduledCheck(credential.id);
        statuses.push((await env.db.credential.findUniqueOrThrow({ where: { id: credential.id } })).status);
      }
      expect(statuses).toEqual(['verified', 'verified', 'unreachable']);
      await fanOut();
      double.addToken({ token });
      await scheduledCheck(credential.id);
      await fanOut();
      expect(await env.db.credential.findUniqueOrThrow({ where: { id: credential.id }, select: { status: true, consecutiveFailures: true } })).toEqual({ status: 'verified', consecutiveFailures: 0 });
      expect(alerts.filter((alert) => alert.credential.id === credential.id).map((alert) => alert.type)).toEqual(['credential.unreachable', 'credential.recovered']);
    });

    it('detects access drift and names the models lost, with the sources that read them', async () => {
      const owner = await createTestActor(env.db);
      const { credential, token } = await saveTestCredential(owner, double);
      await env.db.dataSource.create({ data: { workspaceId: owner.workspaceId, credentialId: credential.id, name: 'Nightly companies', model: 'companies' } });
      await env.db.dataSource.create({ data: { workspaceId: owner.workspaceId, credentialId: credential.id, name: 'Open tasks', model: 'tasks' } });
      double.addToken({ token, readable: ['companies', 'endusers'] });
      await scheduledCheck(credential.id);
      await fanOut();
      const [drift] = alerts.filter((alert) => alert.credential.id === credential.id);
      expect(drift).toMatchObject({ type: 'credential.access_changed', credential: { status: 'partial' }, affected: { sources: [{ name: 'Open tasks', model: 'tasks' }] } });
      expect(drift!.change!.models!.gained).toEqual([]);
      expect(drift!.change!.models!.lost.length).toBeGreaterThan(0);
      expect(drift!.change!.models!.lost).not.toContain('companies');
    });

    it('keeps quiet checks out of the audit trail', async () => {
      const owner = await createTestActor(env.db);
      const { credential } = await saveTestCredential(owner, double);
      const before = await env.db.credentialEvent.count({ where: { credentialId: credential.id } });
      await scheduledCheck(credential.id);
      await scheduledCheck(credential.id);
      expect(await env.db.credentialEvent.count({ where: { credentialId: credential.id } })).toBe(before);
      expect(await checksOf(credential.id)).toHaveLength(2);
    });

    it('skips workspaces that turned checks off', async () => {
      const owner = await createTestActor(env.db);
      const { credential } = await saveTestCredential(owner, double);
      await env.db.workspaceSettings.create({ data: { workspaceId: owner.workspaceId, healthCheckEvery: 'off' } });
      await dueNow([credential.id]);
      double.clearRequests();
      await runScheduledCheck(await job(credential.id));
      expect(double.requests()).toEqual([]);
      expect(await checksOf(credential.id)).toHaveLength(0);
    });
  });
}
