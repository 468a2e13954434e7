import { describe, expect, it } from 'vitest';
import type { CheckResult } from '@/lib/credentials/run-check';
import { judgeCheck, type HealthBefore } from './detect-change';

const models = (readable: string[], all = ['companies', 'endusers', 'tasks', 'notes']) =>
  Object.fromEntries(all.map((model) => [model, { access: readable.includes(model) ? 'readable' : 'forbidden' }]));

const verified = (readable: string[], cluster = 'api'): CheckResult =>
  ({ status: 'verified', checkedAt: new Date().toISOString(), cluster, models: models(readable), readableCount: readable.length, writeAccessNote: '' }) as unknown as CheckResult;
const unreachable = { status: 'unreachable', reason: 'Planhat answered 503.', checkedAt: new Date().toISOString(), cluster: null, models: {}, readableCount: 0 } as unknown as CheckResult;
const invalid = { status: 'invalid', reason: 'Planhat rejected the token (401).', checkedAt: new Date().toISOString(), cluster: null, models: {}, readableCount: 0 } as unknown as CheckResult;

const before = (over: Partial<HealthBefore> = {}): HealthBefore => ({
  status: 'verified',
  region: 'api',
  accessReport: { models: models(['companies', 'endusers']) as never, readableCount: 2, modelCount: 4, writeAccessNote: '' },
  consecutiveFailures: 0,
  lastOutcome: 'verified',
  ...over,
});

describe('what a check means for a credential', () => {
  it('turns Invalid at once when Planhat rejects the token, and says so once', () => {
    expect(judgeCheck(before(), invalid)).toMatchObject({ outcome: 'invalid', alert: 'credential.invalid', change: { status: { from: 'verified', to: 'invalid' } } });
    expect(judgeCheck(before({ status: 'invalid' }), invalid)).toMatchObject({ alert: null, change: null });
  });

  it('waits for three failed checks in a row before calling it Unreachable', () => {
    const first = judgeCheck(before(), unreachable);
    expect(first).toMatchObject({ alert: null, change: null, columns: { consecutiveFailures: 1 } });
    expect(first.columns.status).toBeUndefined();
    expect(judgeCheck(before({ consecutiveFailures: 1 }), unreachable)).toMatchObject({ alert: null, columns: { consecutiveFailures: 2 } });
    expect(judgeCheck(before({ consecutiveFailures: 2 }), unreachable)).toMatchObject({
      alert: 'credential.unreachable',
      columns: { status: 'unreachable', consecutiveFailures: 3 },
      change: { status: { from: 'verified', to: 'unreachable' } },
    });
    expect(judgeCheck(before({ status: 'unreachable', consecutiveFailures: 3 }), unreachable)).toMatchObject({ alert: null, change: null, columns: { consecutiveFailures: 4 } });
  });

  it('recovers to Verified and resets the failure count', () => {
    expect(judgeCheck(before({ status: 'unreachable', consecutiveFailures: 5 }), verified(['companies', 'endusers']))).toMatchObject({
      alert: 'credential.recovered',
      columns: { status: 'verified', consecutiveFailures: 0 },
      change: { status: { from: 'unreachable', to: 'verified' } },
    });
    expect(judgeCheck(before({ status: 'invalid' }), verified(['companies', 'endusers']))).toMatchObject({ alert: 'credential.recovered' });
  });

  it('reports access drift: models gained and lost, and a region that moved', () => {
    expect(judgeCheck(before(), verified(['companies', 'tasks'], 'api-eu'))).toMatchObject({
      alert: 'credential.access_changed',
      change: { models: { gained: ['tasks'], lost: ['endusers'] }, region: { from: 'api', to: 'api-eu' } },
    });
  });

  it('stays quiet when nothing changed', () => {
    expect(judgeCheck(before(), verified(['endusers', 'companies']))).toMatchObject({ outcome: 'verified', alert: null, change: null });
  });

  it('records a first verification of an unverified credential without alarming anyone', () => {
    expect(judgeCheck(before({ status: 'not_verified', accessReport: null, region: null }), verified(['companies']))).toMatchObject({
      alert: null,
      change: { status: { from: 'not_verified', to: 'verified' } },
    });
  });

  it('tells about a token that cannot be decrypted once, not at every check', () => {
    const result = { status: 'unreadable', reason: 'auth-failed' } as const;
    expect(judgeCheck(before(), result)).toMatchObject({ outcome: 'unreadable', alert: 'credential.unreadable' });
    expect(judgeCheck(before({ lastOutcome: 'unreadable' }), result)).toMatchObject({ alert: null, change: null });
  });
});
