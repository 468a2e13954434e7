import type { RefObject } from 'react';
import type { CredentialDto } from '@/lib/credentials/dto';

/** What each of the credential page's dialogs (edit, replace token, delete) is given. */
export interface DialogProps {
  credential: CredentialDto;
  open: boolean;
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}
