'use server';

import { z } from 'zod';
import { invalid, type FormFailure } from '@/lib/action-result';
import { actorOrThrow } from '@/lib/auth/actor';
import type { CheckReasonCode, ProbeEvent } from '@/lib/connectors/types';
import { createCredential } from '@/lib/credentials/create-credential';
import type { AccessReport, CredentialDto } from '@/lib/credentials/dto';
import { claimSaveAttempt } from '@/lib/credentials/save-attempts';
import { getDb } from '@/lib/db/client';
import { progressStream } from '@/lib/progress-stream';
import { actionErrorMessage } from './action-errors';
import { createCredentialFormSchema } from './schemas';
import { duplicateNameMessage, tokenProblemResult } from './token-problems';

/** A question the overlay must put to the person before saving, with the facts to show them. */
export type SaveQuestion =
  | { kind: 'save-unverified'; cause: CheckReasonCode; reason: string }
  | { kind: 'duplicate-token'; existingName: string }
  | { kind: 'no-read-access'; report: AccessReport };

export type CreateCredentialResult =
  | { ok: true; credential: CredentialDto }
  | (FormFailure & { question?: SaveQuestion; cancelled?: boolean });

/** Planhat's answers while the token is checked, then how the save ended. */
export type CreateCredentialStream = AsyncGenerator<ProbeEvent, CreateCredentialResult>;

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

export type CancelSaveResult = { cancelled: true } | { cancelled: false; reason: string };

/** Cancel on the overlay while Planhat is being asked: the save will not happen, unless it already began. */
export async function cancelCreateCredentialAction(attemptId: string): Promise<CancelSaveResult> {
  const id = z.uuid().safeParse(attemptId);
  if (!id.success) return { cancelled: false, reason: 'Unknown save.' };
  try {
    const won = await claimSaveAttempt(await getDb(), await actorOrThrow(), id.data, 'cancelled');
    return won ? { cancelled: true } : { cancelled: false, reason: 'The check had already finished; the save is going ahead.' };
  } catch (error) {
    return { cancelled: false, reason: actionErrorMessage(error, 'Cancelling a save') };
  }
}
