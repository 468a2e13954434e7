'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { FormResult } from '@/lib/action-result';
import type { MadeRequest } from '@/lib/credential-requests/request-dto';
import type { CreateCredentialStream } from '@/lib/credentials/create-credential-result';

/**
 * The server actions behind the save UI that several routes share (the Add New Credential overlay,
 * the request dialog). The app hands them down once (app/layout.tsx), so nothing in components/
 * imports from app/.
 */
export interface SaveActions {
  createCredential: (formData: FormData) => Promise<CreateCredentialStream>;
  createRequest: (formData: FormData) => Promise<FormResult<{ made: MadeRequest }>>;
}

const SaveActionsContext = createContext<SaveActions | null>(null);

export function SaveActionsProvider({ actions, children }: { actions: SaveActions; children: ReactNode }) {
  return <SaveActionsContext.Provider value={actions}>{children}</SaveActionsContext.Provider>;
}

export function useSaveActions(): SaveActions {
  const actions = useContext(SaveActionsContext);
  if (!actions) throw new Error('useSaveActions needs a SaveActionsProvider above it (app/layout.tsx renders one).');
  return actions;
}
