import type { FormResult } from '@/lib/action-result';

type Action<Success extends object = object> = (previous: FormResult<Success> | null, data: FormData) => Promise<FormResult<Success>>;

export interface AuthenticatorSetupResult {
  qrSvg: string;
  setupKey: string;
  recoveryCodes: string[];
}

/** The Account page's two-factor server actions, handed down by the page (components import nothing from app/). */
export interface TwoFactorActions {
  start: Action<AuthenticatorSetupResult>;
  confirm: Action;
  turnOff: Action;
  regenerate: Action<{ recoveryCodes: string[] }>;
}
