'use client';

import { useEffect, useRef } from 'react';
import type { SaveQuestion } from '@/lib/credentials/save-question';
import { Button } from '@/components/ui/button';
import type { CheckReasonCode } from '@/lib/connectors/types';
import styles from './save-question.module.css';

/** The form values that answer a question: go on despite it. */
export function answersTo(question: SaveQuestion) {
  return {
    verify: question.kind !== 'save-unverified',
    confirmDuplicateToken: question.kind === 'duplicate-token' || undefined,
    confirmNoReadAccess: question.kind === 'no-read-access' || undefined,
  };
}

const unverifiedTitles: Record<CheckReasonCode, string> = {
  'planhat-error': 'Planhat is having problems right now',
  timeout: 'Planhat didn’t answer in time',
  'rate-limited': 'Planhat is limiting requests right now',
  'region-unknown': 'Couldn’t check every Planhat region',
  unreachable: 'Couldn’t reach Planhat',
  'invalid-token': 'Couldn’t verify the token with Planhat',
  'token-rejected-midway': 'Couldn’t verify the token with Planhat',
};

interface Props {
  question: SaveQuestion;
  pending: boolean;
  onRetry: () => void;
  onProceed: () => void;
  onDismiss: () => void;
}

/**
 * What a save could not decide alone, in place of the dialog's footer actions so it is always in
 * view; it takes focus when it appears. One primary action: the safer one.
 */
export function SaveQuestionPanel({ question, pending, onRetry, onProceed, onDismiss }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [question]);
  const unverified = question.kind === 'save-unverified';
  const title = unverified
    ? unverifiedTitles[question.cause]
    : question.kind === 'duplicate-token'
      ? `This token is already saved as “${question.existingName}”`
      : `This token can’t read any of the ${question.report.modelCount} Planhat data models`;
  const text = unverified
    ? `${question.reason} Nothing is saved yet. Saved without verifying, it shows as Not verified until a check succeeds.`
    : question.kind === 'duplicate-token'
      ? 'Saving it again makes two credentials with the same access. Save it anyway?'
      : 'A data source would have nothing to read. A destination may still work if the service account can write. Save it anyway?';
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby="save-question-title" aria-describedby="save-question-text" className={styles.question}>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 1.8 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        <path d="M8 6.2v3.6M8 11.6v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <div className={styles.text}>
        <p id="save-question-title" className={styles.title}>
          {title}
        </p>
        <p id="save-question-text" className={styles.detail}>
          {text}
        </p>
      </div>
      <div className={styles.actions}>
        <Button variant="ghost" onClick={onDismiss} disabled={pending}>
          {unverified ? 'Cancel' : 'Don’t save'}
        </Button>
        {unverified ? (
          <>
            <Button onClick={onProceed} disabled={pending}>
              Save without verifying
            </Button>
            <Button variant="primary" onClick={onRetry} disabled={pending}>
              Try again
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={onProceed} disabled={pending}>
            Save anyway
          </Button>
        )}
      </div>
    </div>
  );
}
