'use client';

import { PageLoadError } from '@/components/layout/page-load-error';

/** A page that failed below the root layout (the header still shows). */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return <PageLoadError retry={retry} />;
}
