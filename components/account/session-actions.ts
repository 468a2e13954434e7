import type { FormResult } from '@/lib/action-result';

/** The Sessions panel's server actions, handed in by the page. */
export interface SessionActions {
  revoke: (sessionId: string) => Promise<FormResult>;
  revokeOthers: () => Promise<FormResult>;
}
