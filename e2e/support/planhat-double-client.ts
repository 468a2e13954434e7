import { randomBytes } from 'node:crypto';
import { planhatDoubleUrl } from './paths';

export interface TokenScenario {
  token: string;
  cluster?: string;
  readable?: string[] | 'all';
  empty?: string[];
  behaviour?: 'ok' | 'rate-limit' | 'rate-limit-no-retry-after' | 'slow' | 'server-error' | 'text-error' | 'non-array';
  /** Models the behaviour applies to (default: all). */
  behaviourModels?: string[];
  /** slow: how long to stall before answering. */
  slowMs?: number;
}

/** A token nobody else uses, so its appearance anywhere can be traced to this test. */
export const canaryToken = (label: string) => `phcanary-${label}-${randomBytes(16).toString('hex')}`;

async function control(path: string, init?: RequestInit) {
  const response = await fetch(`${planhatDoubleUrl}/__control${path}`, init);
  if (!response.ok && response.status !== 404) throw new Error(`Planhat double control ${path} answered ${response.status}`);
  return response;
}

/** Registers a token with the Planhat test double (full read access unless told otherwise). */
export async function addPlanhatToken(scenario: TokenScenario): Promise<string> {
  await control('/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(scenario) });
  return scenario.token;
}

export async function revokePlanhatToken(token: string) {
  await control(`/tokens/${encodeURIComponent(token)}`, { method: 'DELETE' });
}

export async function planhatRequests(): Promise<{ path: string; tokenLabel: string }[]> {
  return (await control('/requests')).json();
}
