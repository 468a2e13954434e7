import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { modelLabel } from './model-access';

/** The credential as a list shows it beside a source or destination: never anything secret. */
export interface CredentialRef {
  id: string;
  name: string;
  status: 'verified' | 'not_verified' | 'invalid' | 'unreachable';
  /** Only its counts are read here: "Partial access" when it cannot read every model. */
  accessReport: { readableCount: number; modelCount: number } | null;
}

export interface SourceDto {
  id: string;
  name: string;
  /** A Planhat model id, e.g. "companies". */
  model: string;
  modelLabel: string;
  credential: CredentialRef;
  createdAt: string;
  /** May rename, re-point or delete it: its creator, or a workspace owner or admin. */
  canManage: boolean;
}

export interface DestinationDto extends SourceDto {
  writeMode: string;
}

const credentialRef = { select: { id: true, name: true, status: true, accessReport: true } } as const;
export const sourceSelect = { id: true, name: true, model: true, createdAt: true, createdById: true, credential: credentialRef } as const;
export const destinationSelect = { ...sourceSelect, writeMode: true } as const;

interface SourceRow {
  id: string;
  name: string;
  model: string;
  createdAt: Date;
  createdById: string | null;
  credential: Omit<CredentialRef, 'accessReport'> & { accessReport: unknown };
}

export const canManage = (actor: Actor, row: { createdById: string | null }) =>
  actor.role === 'owner' || actor.role === 'admin' || row.createdById === actor.userId;

export function toSourceDto(row: SourceRow, actor: Actor): SourceDto {
  return {
    id: row.id,
    name: row.name,
    model: row.model,
    modelLabel: modelLabel(row.model),
    credential: { ...row.credential, accessReport: reportCounts(row.credential.accessReport) },
    createdAt: row.createdAt.toISOString(),
    canManage: canManage(actor, row),
  };
}

export function toDestinationDto(row: SourceRow & { writeMode: string }, actor: Actor): DestinationDto {
  return { ...toSourceDto(row, actor), writeMode: row.writeMode };
}

function reportCounts(report: unknown): CredentialRef['accessReport'] {
  const value = report as { readableCount?: unknown; modelCount?: unknown } | null;
  return typeof value?.readableCount === 'number' && typeof value.modelCount === 'number'
    ? { readableCount: value.readableCount, modelCount: value.modelCount }
    : null;
}
