'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

type Diagnosis = 'checking' | 'database-down' | 'other';

const explanations: Record<Diagnosis, string> = {
  checking: 'Something went wrong while loading this page.',
  'database-down':
    'The app’s database is not answering, so this page could not be loaded. This is usually brief (a restart or a network problem): try again in a minute. If it keeps happening, tell your administrator.',
  other: 'Something went wrong on our side while loading this page. Try again; if it keeps happening, tell your administrator.',
};

/**
 * What a page that failed to load shows: what happened, and a way to try again. In production the
 * browser never sees the server's error, so it asks the health check (which answers within 2 s)
 * whether the database is the cause.
 */
export function PageLoadError({ retry }: { retry: () => void }) {
  const [diagnosis, setDiagnosis] = useState<Diagnosis>('checking');
  useEffect(() => {
    let current = true;
    fetch('/api/health', { cache: 'no-store' })
      .then((response) => current && setDiagnosis(response.status === 503 ? 'database-down' : 'other'))
      .catch(() => current && setDiagnosis('other'));
    return () => {
      current = false;
    };
  }, []);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{diagnosis === 'database-down' ? 'The database is not answering' : 'This page could not be loaded'}</h1>
        <p className="muted" role="status">
          {explanations[diagnosis]}
        </p>
      </div>
      <Button variant="primary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
