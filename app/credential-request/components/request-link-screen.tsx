'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { LINK_SECRET_PATTERN } from '@/lib/credential-requests/link-path';
import type { RequestLinkDone, RequestLinkView } from '@/lib/credential-requests/request-dto';
import { openRequestLinkAction, type LinkProblem } from '../actions';
import { LinkForm } from './link-form';
import { DonePanel, RefusedPanel } from './link-panels';
import { RequestSummary } from './request-summary';
import styles from './request-link.module.css';

type Screen =
  | { kind: 'opening' }
  | { kind: 'open-failed'; message: string }
  | { kind: 'form'; view: RequestLinkView }
  | { kind: 'done'; done: RequestLinkDone; purpose: RequestLinkView['purpose'] }
  | { kind: 'refused'; link: LinkProblem };

const OFFLINE = 'Could not reach the server. Check your connection and try again.';

/** The secret from the fragment; kept in memory only, never put in the page. */
const secretFromLocation = () => window.location.hash.replace(/^#/, '');

export function RequestLinkScreen() {
  const [screen, setScreen] = useState<Screen>({ kind: 'opening' });
  const secret = useRef('');

  const open = useCallback(async () => {
    secret.current = secretFromLocation();
    if (!LINK_SECRET_PATTERN.test(secret.current)) {
      setScreen({ kind: 'refused', link: { problem: 'malformed-link' } });
      return;
    }
    setScreen({ kind: 'opening' });
    const result = await openRequestLinkAction(secret.current).catch(() => ({ ok: false as const, formError: OFFLINE }));
    if (result.ok) setScreen({ kind: 'form', view: result.view });
    else if ('link' in result) setScreen({ kind: 'refused', link: result.link });
    else setScreen({ kind: 'open-failed', message: result.formError });
  }, []);

  const opened = useRef(false);
  useEffect(() => {
    // Once, even when React runs effects twice in development: every open counts against the link's limits.
    if (!opened.current) void open();
    opened.current = true;
    // Another link pasted into this tab changes only the fragment: no navigation, so open it here.
    const reopen = () => void open();
    window.addEventListener('hashchange', reopen);
    return () => window.removeEventListener('hashchange', reopen);
  }, [open]);

  // Each new screen's heading takes focus, so a screen reader starts there and keyboard users are not lost.
  useEffect(() => {
    if (screen.kind !== 'opening') document.getElementById('link-title')?.focus();
  }, [screen]);

  return (
    <div className={styles.wrap}>
      {screen.kind === 'opening' ? (
        <Opening />
      ) : screen.kind === 'open-failed' ? (
        <section className={`${styles.card} ${styles.narrow}`} aria-labelledby="link-title">
          <div className={styles.head}>
            <h1 id="link-title" tabIndex={-1}>
              Couldn’t open this request
            </h1>
          </div>
          <Alert tone="error">{screen.message}</Alert>
          <div className={styles.actions}>
            <Button variant="primary" onClick={() => void open()}>
              Try again
            </Button>
          </div>
        </section>
      ) : screen.kind === 'refused' ? (
        <RefusedPanel link={screen.link} onRetry={() => void open()} />
      ) : screen.kind === 'done' ? (
        <DonePanel done={screen.done} purpose={screen.purpose} />
      ) : (
        <section className={styles.card} aria-labelledby="link-title">
          <RequestSummary view={screen.view} />
          <LinkForm
            view={screen.view}
            secret={() => secret.current}
            onDone={(done) => setScreen({ kind: 'done', done, purpose: screen.view.purpose })}
            onRefused={(link) => setScreen({ kind: 'refused', link })}
          />
        </section>
      )}
    </div>
  );
}

function Opening() {
  return (
    <section className={styles.card} aria-busy="true" aria-labelledby="link-opening">
      <p id="link-opening" className={styles.opening} role="status">
        <Spinner />
        Opening the credential request…
      </p>
      <div className={styles.skeleton} aria-hidden="true">
        <span className={styles.bar} />
        <span className={styles.bar} />
        <span className={styles.bar} />
      </div>
      <div className={styles.block} aria-hidden="true" />
    </section>
  );
}
