import 'server-only';
import type { z } from 'zod';
import type { CredentialRequestDto } from '@/lib/credential-requests/request-dto';
import { CredentialError } from '@/lib/credentials/errors';
import { problem } from './problem';
import type { credentialRequestSchemaOut } from './schemas/credential-request-api';

export function credentialRequestResource(dto: CredentialRequestDto): z.output<typeof credentialRequestSchemaOut> {
  const { id, purpose, state, name, note, recipientEmail, expiresIn, createdAt, expiresAt, openedAt, fulfilledAt, revokedAt, lockedAt, failedAttempts, requestedBy, target, credential, email } = dto;
  return { id, purpose, status: state, name, note, recipientEmail, expiresIn, createdAt, expiresAt, openedAt, fulfilledAt, revokedAt, lockedAt, failedAttempts, requestedBy, target, credential, email };
}

/** A request that can no longer be revoked or copied is a 409, not a version mismatch. */
export async function answeringRequestRefusals(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof CredentialError && error.code === 'conflict') return problem('request-closed', error.message);
    throw error;
  }
}
