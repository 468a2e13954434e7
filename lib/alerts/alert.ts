// What happened to a credential that people or systems should hear about. Built by lib/health (and by
// create/delete for webhooks), queued by ./publish-alert.ts and fanned out (./alert-fanout-queue.ts) to every subscriber of ./subscribers.ts.
// Never holds a token or any other secret: it goes into job data, emails, notifications and webhook bodies.

export const CREDENTIAL_ALERT_TYPES = [
  'credential.invalid',
  'credential.recovered',
  'credential.unreachable',
  'credential.access_changed',
  'credential.unreadable',
  'credential.rotation_due',
  'credential.created',
  'credential.deleted',
] as const;

export type CredentialAlertType = (typeof CREDENTIAL_ALERT_TYPES)[number];

/** What a check changed; each part only when it changed. */
export interface CredentialChange {
  status?: { from: string; to: string };
  /** Data models (Planhat model ids) the token can read now and could not before, and the reverse. */
  models?: { gained: string[]; lost: string[] };
  region?: { from: string | null; to: string | null };
}

export interface AffectedFlow {
  id: string;
  name: string;
  model: string;
}

export interface CredentialAlert {
  /** Unique per alert (a UUID): the Standard Webhooks message id, and what dedupes notifications. */
  id: string;
  type: CredentialAlertType;
  occurredAt: string;
  workspace: { id: string; name: string };
  credential: {
    id: string;
    name: string;
    /** The state a person reads (lib/credentials/credential-state.ts), e.g. invalid, partial, unreachable. */
    status: string;
    /** Why, in words for people (never a token). */
    reason: string | null;
    createdById: string | null;
  };
  change: CredentialChange | null;
  affected: { sources: AffectedFlow[]; destinations: AffectedFlow[] };
}

/**
 * One who hears about alerts: each subscriber gets every alert (and decides which types it cares
 * about) from the "alert-fanout" job, which retries the whole fan-out when one throws, so a
 * subscriber must be idempotent by alert.id.
 */
export type AlertSubscriber = { name: string; deliver: (alert: CredentialAlert) => Promise<void> };
