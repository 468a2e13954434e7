'use client';

import { HydrationMarker } from '@/components/layout/hydration-marker';
import { PageLoadError } from '@/components/layout/page-load-error';
import './globals.css';

/** The root layout itself failed (it reads the session, so a database outage lands here): it is replaced whole. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Could not load · Credential Manager</title>
        <HydrationMarker />
        <main id="main">
          <PageLoadError retry={retry} />
        </main>
      </body>
    </html>
  );
}
