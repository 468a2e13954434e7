import 'server-only';
import type { ModelAccess } from '../types';
import type { PlanhatGetOutcome } from './get-outcome';

/** Turns one probe's answer into the report line for that model, in our own words. */
export function modelAccessFrom(outcome: PlanhatGetOutcome | undefined): ModelAccess {
  if (outcome === undefined) return { access: 'error', reason: 'Not checked.' };
  switch (outcome.kind) {
    case 'ok':
      return Array.isArray(outcome.body)
        ? { access: 'readable' }
        : { access: 'error', reason: 'Planhat answered with something other than a list.' };
    case 'bad-body':
      return { access: 'error', reason: 'Planhat answered with something other than a list.' };
    case 'forbidden':
      return { access: 'forbidden', reason: 'The service account has no read permission on this model (HTTP 403).' };
    case 'unauthorized':
      return { access: 'error', reason: 'Planhat rejected the token for this model (HTTP 401).' };
    case 'rate-limited':
      return { access: 'error', reason: 'Planhat kept rate-limiting this request (HTTP 429). Try again in a minute.' };
    case 'http-error':
      return { access: 'error', reason: `Planhat answered with an error (HTTP ${outcome.status}).` };
    case 'timeout':
      return { access: 'error', reason: `Planhat did not answer within ${formatSeconds(outcome.timeoutMs)}.` };
    case 'aborted':
      return { access: 'error', reason: 'Not checked: the check ran out of time.' };
    case 'redirect':
      return { access: 'error', reason: 'Planhat answered with a redirect, which was not followed so the token stays on the API host.' };
    case 'network':
      return { access: 'error', reason: 'Could not connect to Planhat.' };
  }
}

export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
