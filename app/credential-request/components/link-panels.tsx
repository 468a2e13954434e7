'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { AccessSummary } from '@/components/credentials/access-summary';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { RequestLinkDone, RequestPurpose } from '@/lib/credential-requests/request-dto';
import type { LinkProblem } from '../actions';
import styles from './request-link.module.css';

type Tone = 'success' | 'warning' | 'danger' | 'neutral';

const icons: Record<'check' | 'warning' | 'lock' | 'link' | 'clock', ReactNode> = {
  check: <path d="M4.5 10.5 8 14l7.5-8" />,
  warning: <path d="M10 3 18 17H2zM10 8.5v3.5M10 14.5v.2" />,
  lock: <path d="M5 9h10v8H5zM7 9V6.5a3 3 0 0 1 6 0V9" />,
  link: <path d="M8.5 11.5 11.5 8.5M9 5.5l1-1a3.5 3.5 0 0 1 5 5l-1 1M11 14.5l-1 1a3.5 3.5 0 0 1-5-5l1-1M3 3l14 14" />,
  clock: <path d="M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM10 6.5V10l2.5 2" />,
};

function OutcomeCard({ tone, icon, title, children }: { tone: Tone; icon: keyof typeof icons; title: string; children: ReactNode }) {
  return (
    <section className={`${styles.card} ${styles.narrow}`} aria-labelledby="link-title">
      <div className={styles.head}>
        <span className={`${styles.icon} ${styles[tone]}`} aria-hidden="true">
          <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round">
            {icons[icon]}
          </svg>
        </span>
        <h1 id="link-title" tabIndex={-1}>
          {title}
        </h1>
      </div>
      <div className={styles.text}>{children}</div>
    </section>
  );
}

/** How the save ended, in the colour it deserves: green only for verified with full access. */
export function DonePanel({ done, purpose }: { done: RequestLinkDone; purpose: RequestPurpose }) {
  const report = done.accessReport;
  const full = done.verified && report !== null && report.readableCount === report.modelCount;
  const what = purpose === 'replace' ? `the new token of “${done.credentialName}”` : `“${done.credentialName}”`;
  return (
    <OutcomeCard tone={full ? 'success' : 'warning'} icon={full ? 'check' : 'warning'} title={`Done: the token was sealed and handed to ${done.requesterName}.`}>
      <p>You can close this page.</p>
      {!done.verified || !report ? (
        <Alert tone="warning">
          <strong>Saved without verifying.</strong> Planhat could not be asked, so {what} shows as Not verified until a check with Planhat succeeds.
        </Alert>
      ) : full ? (
        <Alert tone="success">
          <p>Verified: {what} can read all {report.modelCount} Planhat data models.</p>
        </Alert>
      ) : (
        <Alert tone="warning">
          <p>
            <strong>Partial access:</strong> {what} can read {report.readableCount} of {report.modelCount} Planhat data models. A source can only read the models it has access to.
          </p>
          <AccessSummary report={report} />
        </Alert>
      )}
    </OutcomeCard>
  );
}

/** The same page for every link that cannot be used, so links cannot be probed. */
export function RefusedPanel({ link, onRetry }: { link: LinkProblem; onRetry: () => void }) {
  switch (link.problem) {
    case 'invalid-link':
      return (
        <OutcomeCard tone="neutral" icon="link" title="This link is no longer valid">
          <p>It may have expired, been used already, or been withdrawn by the person who sent it.</p>
          <p>If you already saved a token through it, that one is in place and nothing more is needed. Otherwise, ask the person who sent it to you for a new link.</p>
        </OutcomeCard>
      );
    case 'malformed-link':
      return (
        <OutcomeCard tone="warning" icon="warning" title="This link looks incomplete">
          <p>Part of it was probably cut off when it was copied: the long code after the # belongs to the link.</p>
          <p>Open it again from the message you got, or copy the whole link into the address bar. If it still does not work, ask the person who sent it for a new one.</p>
        </OutcomeCard>
      );
    case 'locked':
      return (
        <OutcomeCard tone="danger" icon="lock" title="This link is locked">
          <p>This link is locked after 10 attempts with a wrong token. Ask {link.requesterName} for a new link.</p>
          <p className="muted">Nothing was saved through it, and {link.requesterName} has been told.</p>
        </OutcomeCard>
      );
    case 'rate-limited':
      return <RateLimited seconds={link.retryAfterSeconds} onRetry={onRetry} />;
  }
}

function RateLimited({ seconds, onRetry }: { seconds: number; onRetry: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const timer = setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <OutcomeCard tone="warning" icon="clock" title="Too many tries in a short time">
      <p>To keep links from being guessed, this one is paused for a moment. Wait {seconds} second{seconds === 1 ? '' : 's'}, then try again.</p>
      <div className={styles.actions}>
        <Button variant="primary" onClick={onRetry} disabled={left > 0}>
          {left > 0 ? `Try again in ${left} s` : 'Try again'}
        </Button>
      </div>
    </OutcomeCard>
  );
}
