import 'server-only';
import { accessReportOf } from '@/lib/credentials/run-check';
import type { TokenProblem } from '@/lib/credentials/vet-token';
import type { FormFailure } from '@/lib/action-result';
import type { SaveQuestion } from '@/lib/credentials/save-question';

const INVALID_TOKEN =
  'Planhat did not accept this token. Check that you copied all of it, that its service account (Private App) is active and not paused, and, if you picked a region, that it is the right one.';

/** How the overlay and the Replace token dialog present a token the service would not store yet. */
export function tokenProblemResult(outcome: TokenProblem): FormFailure & { question?: SaveQuestion } {
  switch (outcome.problem) {
    case 'duplicate-token':
      return { ok: false, question: { kind: 'duplicate-token', existingName: outcome.existingName } };
    case 'invalid-token':
      return { ok: false, fieldErrors: { apiAccessToken: [outcome.check.reasonCode === 'token-rejected-midway' && outcome.check.reason ? outcome.check.reason : INVALID_TOKEN] } };
    case 'unreachable':
      return {
        ok: false,
        question: { kind: 'save-unverified', cause: outcome.check.reasonCode ?? 'unreachable', reason: outcome.check.reason ?? 'Planhat did not answer.' },
      };
    case 'no-read-access':
      return { ok: false, question: { kind: 'no-read-access', report: accessReportOf(outcome.check) } };
  }
}

export const duplicateNameMessage = (name: string) =>
  `A Planhat credential named “${name}” already exists in this workspace. Choose another name.`;
