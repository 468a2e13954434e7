'use client';

import { useEffect, useState } from 'react';
import { Spinner } from '@/components/ui/spinner';
import { PLANHAT_MODELS } from '@/lib/connectors/planhat/models';
import { isPlanhatCluster, planhatRegionLabel } from '@/lib/connectors/planhat/regions';
import type { ProbeEvent } from '@/lib/connectors/types';
import styles from './check-progress.module.css';

type Answer = ProbeEvent['answer'];

const answerLabels: Record<Exclude<Answer, 'rejected'>, string> = { readable: 'Can read', forbidden: 'No access', error: 'Error' };

const regionName = (cluster: string) => (isPlanhatCluster(cluster) ? planhatRegionLabel(cluster) : cluster);

/** Which region's answers to show: the one that accepted the token, else the one being tried. */
export function progressOf(probes: readonly ProbeEvent[]) {
  const accepted = probes.find((probe) => probe.answer === 'readable' || probe.answer === 'forbidden')?.cluster;
  const rejected = [...new Set(probes.filter((probe) => probe.answer === 'rejected').map((probe) => probe.cluster))];
  const shown = accepted ?? probes.findLast((probe) => probe.answer !== 'rejected')?.cluster ?? null;
  const answers = new Map<string, Answer>();
  for (const probe of probes) if (probe.cluster === shown) answers.set(probe.model, probe.answer);
  return { accepted: accepted ?? null, rejected: accepted ? [] : rejected, shown, answers };
}

/** The live checklist while Planhat is asked about the token: one row per data model, filled in as answers arrive. */
export function CheckProgress({ probes, startedAt }: { probes: readonly ProbeEvent[]; startedAt: number }) {
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const { accepted, rejected, shown, answers } = progressOf(probes);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const heading = accepted
    ? `Checking read access in ${regionName(accepted)}`
    : rejected.length > 0
      ? `Not in ${rejected.map(regionName).join(', ')}. Looking in the other regions…`
      : 'Checking the token with Planhat';
  return (
    <div className={styles.progress}>
      <p className={styles.heading}>
        <Spinner />
        <span>
          {heading} <span className={styles.count}>· {answers.size} of {PLANHAT_MODELS.length} data models</span>
        </span>
        {seconds >= 2 && <span className={styles.elapsed}>{seconds} s</span>}
      </p>
      <ul className={styles.models} aria-label="Data models checked so far">
        {PLANHAT_MODELS.map((model) => {
          const answer = shown ? answers.get(model.id) : undefined;
          const state = answer === undefined || answer === 'rejected' ? 'pending' : answer;
          return (
            <li key={model.id} className={`${styles.model} ${styles[state]}`}>
              <span className={styles.mark} aria-hidden="true" />
              <span className="truncate">{model.label}</span>
              <span className="visually-hidden">: {state === 'pending' ? 'checking' : answerLabels[state]}</span>
            </li>
          );
        })}
      </ul>
      <p className={styles.legend} aria-hidden="true">
        {(['readable', 'forbidden', 'error'] as const).map((state) => (
          <span key={state} className={`${styles.model} ${styles[state]}`}>
            <span className={styles.mark} />
            {answerLabels[state]}
          </span>
        ))}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {accepted ? `Planhat accepted the token in ${regionName(accepted)}. Checking each data model.` : heading}
      </p>
    </div>
  );
}
