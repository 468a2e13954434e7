import type { FormFailure } from '@/lib/action-result';
import type { ProbeEvent } from '@/lib/connectors/types';
import type { CredentialDto } from './dto';
import type { SaveQuestion } from './save-question';

/** How saving a new credential from the Add New Credential overlay ended. */
export type CreateCredentialResult =
  | { ok: true; credential: CredentialDto }
  | (FormFailure & { question?: SaveQuestion; cancelled?: boolean });

/** Planhat's answers while the token is checked, then how the save ended. */
export type CreateCredentialStream = AsyncGenerator<ProbeEvent, CreateCredentialResult>;
