import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import type { PlanhatModelId } from '@/lib/connectors/planhat/models';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { destinationSelect, sourceSelect, toDestinationDto, toSourceDto, type DestinationDto, type SourceDto } from './dto';
import { SourceError } from './errors';
import type { WriteMode } from './schemas';
import { assertCanRead, usableCredential } from './usable-credential';

export interface NewSource {
  credentialId: string;
  name: string;
  model: PlanhatModelId;
}

export interface NewDestination extends NewSource {
  writeMode: WriteMode;
}

/** Saves a Planhat data source reading `model` with a credential of the actor's workspace. */
export async function createSource(actor: Actor, input: NewSource): Promise<SourceDto> {
  const credential = await usableCredential(actor, input.credentialId);
  assertCanRead(credential, input.model);
  const db = await getDb();
  const row = await db.dataSource
    .create({
      data: { workspaceId: actor.workspaceId, credentialId: credential.id, name: input.name, model: input.model, createdById: actor.userId },
      select: sourceSelect,
    })
    .catch(credentialGone);
  return toSourceDto(row, actor);
}

/**
 * Saves a Planhat data destination. Read access says nothing about write access and Planhat has no
 * dry run, so no model is refused here: the page says so instead.
 */
export async function createDestination(actor: Actor, input: NewDestination): Promise<DestinationDto> {
  const credential = await usableCredential(actor, input.credentialId);
  const db = await getDb();
  const row = await db.dataDestination
    .create({
      data: {
        workspaceId: actor.workspaceId,
        credentialId: credential.id,
        name: input.name,
        model: input.model,
        writeMode: input.writeMode,
        createdById: actor.userId,
      },
      select: destinationSelect,
    })
    .catch(credentialGone);
  return toDestinationDto(row, actor);
}

// The credential was deleted between our look and the insert: the foreign key said no.
export function credentialGone(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
    throw new SourceError('credential-unusable', 'That credential was deleted a moment ago. Choose another one.');
  }
  throw error;
}
