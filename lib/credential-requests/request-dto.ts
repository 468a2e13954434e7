// Client-safe types of what leaves the credential-request service: never the link's secret (only
// `url`, and only from the calls that hand the link to its requester), never a token.
import type { AccessReport } from '@/lib/credentials/dto';
import type { ExpiresIn } from './expiry';
import type { RequestFlow } from './schemas';

/** new: saving through the link creates a credential; replace: it replaces `target`'s token. */
export type RequestPurpose = 'new' | 'replace';

/** expired is computed from expiresAt; locked follows 10 wrong tokens. */
export type RequestState = 'pending' | 'opened' | 'fulfilled' | 'expired' | 'revoked' | 'locked';

export interface CredentialRequestDto {
  id: string;
  purpose: RequestPurpose;
  state: RequestState;
  /** The suggested credential name ('' when none was given); for replace, the target's name. */
  name: string;
  note: string;
  recipientEmail: string | null;
  expiresIn: ExpiresIn;
  flow: RequestFlow | null;
  requestedBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
  openedAt: string | null;
  fulfilledAt: string | null;
  revokedAt: string | null;
  lockedAt: string | null;
  failedAttempts: number;
  /** replace: the credential whose token it replaces (null once that credential is deleted). */
  target: { id: string; name: string } | null;
  /** fulfilled: the credential saved (or whose token was replaced) through it. */
  credential: { id: string; name: string } | null;
  /** The link's email to recipientEmail, when one was sent. */
  email: { status: 'queued' | 'sent' | 'failed'; lastError: string | null } | null;
  can: { copyLink: boolean; revoke: boolean };
}

/** What the recipient's page shows: the request and nothing else of the workspace. */
export interface RequestLinkView {
  purpose: RequestPurpose;
  workspaceName: string;
  requesterName: string;
  note: string;
  /** The suggested name (new) or the credential's name (replace); '' when none. */
  credentialName: string;
  flowKind: RequestFlow['kind'] | null;
  /** The Planhat models the source will read ([] when not chosen yet). */
  models: string[];
  expiresAt: string;
}

/** After a save through the link: what the recipient's Done panel says. */
export interface RequestLinkDone {
  requesterName: string;
  credentialName: string;
  accessReport: AccessReport | null;
  verified: boolean;
}

/** What the requester's dialog gets after making a request: the link (this once) and how it was sent. */
export interface MadeRequest {
  url: string;
  expiresIn: ExpiresIn;
  expiresAt: string;
  recipientEmail: string | null;
  email: 'off' | 'queued' | 'not-queued' | 'none';
}
