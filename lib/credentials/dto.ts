import 'server-only';
import type { CredentialChange } from '@/lib/alerts/alert';
import type { Actor } from '@/lib/auth/actor';
import type { ModelAccess } from '@/lib/connectors/types';
import type { Keyring } from '@/lib/vault';
import { permissionsOf } from './authz';

export type CredentialStatus = 'verified' | 'not_verified' | 'invalid' | 'unreachable' | 'unreadable';

/** The access report as stored: per-model read access from the last successful check. */
export interface AccessReport {
  models: Record<string, ModelAccess>;
  readableCount: number;
  modelCount: number;
  writeAccessNote: string;
}

/** What leaves the service: never the token, never the ciphertext. Dates are ISO strings. */
export interface CredentialDto {
  id: string;
  connector: string;
  name: string;
  description: string;
  region: string | null;
  status: CredentialStatus;
  statusReason: string | null;
  checkedAt: string | null;
  accessReport: AccessReport | null;
  tokenHint: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The latest read of Planhat records with it; per-day counts are in listUsageDays. */
  lastUsedAt: string | null;
  createdBy: { id: string; name: string } | null;
  /** The scheduled checks' view (lib/health): when it was last and will next be checked, and the latest change. */
  health: CredentialHealth;
  can: ReturnType<typeof permissionsOf>;
}

export interface CredentialHealth {
  status: CredentialStatus;
  lastCheckedAt: string | null;
  /** Null when no check is scheduled (the workspace turned checks off, or none assigned yet). */
  nextCheckAt: string | null;
  consecutiveFailures: number;
  lastChange: (CredentialChange & { at: string }) | null;
}

export const credentialDtoSelect = {
  id: true, connector: true, name: true, description: true, region: true, status: true, statusReason: true,
  checkedAt: true, accessReport: true, tokenHint: true, keyId: true, createdAt: true, updatedAt: true, version: true,
  lastUsedAt: true, createdById: true, createdBy: { select: { id: true, name: true } },
  healthCheckedAt: true, nextCheckAt: true, consecutiveFailures: true, lastChange: true, lastChangeAt: true,
} as const;

export interface CredentialRow {
  id: string;
  connector: string;
  name: string;
  description: string;
  region: string | null;
  status: 'verified' | 'not_verified' | 'invalid' | 'unreachable';
  statusReason: string | null;
  checkedAt: Date | null;
  accessReport: unknown;
  tokenHint: string;
  keyId: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  lastUsedAt: Date | null;
  createdById: string | null;
  createdBy: { id: string; name: string } | null;
  healthCheckedAt: Date | null;
  nextCheckAt: Date | null;
  consecutiveFailures: number;
  lastChange: unknown;
  lastChangeAt: Date | null;
}

export const UNREADABLE_REASON = "The token can't be decrypted: the key it was sealed with is not configured. Replace the token.";

export function toCredentialDto(row: CredentialRow, actor: Actor, keyring: Keyring): CredentialDto {
  // Sealed under a key that is no longer configured: no use trying to open it.
  const unreadable = keyring.get(row.keyId) === undefined;
  return {
    id: row.id,
    connector: row.connector,
    name: row.name,
    description: row.description,
    region: row.region,
    status: unreadable ? 'unreadable' : row.status,
    statusReason: unreadable ? UNREADABLE_REASON : row.statusReason,
    checkedAt: row.checkedAt?.toISOString() ?? null,
    accessReport: (row.accessReport as AccessReport | null) ?? null,
    tokenHint: row.tokenHint,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    health: {
      status: unreadable ? 'unreadable' : row.status,
      lastCheckedAt: (row.healthCheckedAt ?? row.checkedAt)?.toISOString() ?? null,
      nextCheckAt: row.nextCheckAt?.toISOString() ?? null,
      consecutiveFailures: row.consecutiveFailures,
      lastChange: row.lastChangeAt ? { at: row.lastChangeAt.toISOString(), ...(row.lastChange as CredentialChange) } : null,
    },
    can: permissionsOf(actor, row),
  };
}
