'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

// The overlay brings the form library and the schemas: load it when someone heads for it.
export const loadAddCredentialOverlay = () => import('./add-credential-overlay');
const Overlay = lazy(() => loadAddCredentialOverlay().then((module) => ({ default: module.AddCredentialOverlay })));

/** The Add New Credential overlay, fetched on demand; render it once the person first asks for it. */
export function LazyAddCredentialOverlay(props: ComponentProps<typeof Overlay>) {
  return (
    <Suspense fallback={null}>
      <Overlay {...props} />
    </Suspense>
  );
}
