'use server';

import { invalid } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import type { ProbeEvent } from '@/lib/connectors/types';
import { createCredential } from '@/lib/credentials/create-credential';
import type { CreateCredentialResult, CreateCredentialStream } from '@/lib/credentials/create-credential-result';
import { progressStream } from '@/lib/progress-stream';
import { actionErrorMessage } from './action-errors';
import { createCredentialFormSchema } from './schemas';
import { duplicateNameMessage, tokenProblemResult } from './token-problems';

export async function createCredentialAction(formData: FormData): Promise<CreateCredentialStream> {
  return progressStream((emit) => saveCredential(formData, emit));
}

async function saveCredential(formData: FormData, onProbe: (event: ProbeEvent) => void): Promise<CreateCredentialResult> {
  // Only the schema's keys survive parsing: a posted id, status or workspace is ignored.
  const parsed = createCredentialFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { name, description, apiAccessToken, region, verify, confirmDuplicateToken, confirmNoReadAccess, attemptId } = parsed.data;
  try {
    const actor = await actorOrThrow();
    const outcome = await createCredential(actor, {
      connector: 'planhat',
      name,
      description,
      fields: { apiAccessToken, region },
      verify,
      confirmed: { duplicateToken: confirmDuplicateToken, noReadAccess: confirmNoReadAccess },
      attemptId,
      onProbe,
    });
    if (outcome.ok) return { ok: true, credential: outcome.credential };
    if (outcome.problem === 'cancelled') return { ok: false, cancelled: true };
    if (outcome.problem === 'duplicate-name') return { ok: false, fieldErrors: { name: [duplicateNameMessage(name)] } };
    return tokenProblemResult(outcome);
  } catch (error) {
    return { ok: false, formError: actionErrorMessage(error, 'Saving a credential') };
  }
}
