// Client-safe: the overlay and the Replace token dialog render these questions.
import type { CheckReasonCode } from '@/lib/connectors/types';
import type { AccessReport } from '@/lib/credentials/dto';

/** A question the overlay must put to the person before saving, with the facts to show them. */
export type SaveQuestion =
  | { kind: 'save-unverified'; cause: CheckReasonCode; reason: string }
  | { kind: 'duplicate-token'; existingName: string }
  | { kind: 'no-read-access'; report: AccessReport };
