'use client';

import { useRef, useState } from 'react';
import { createCredentialAction, type CreateCredentialResult } from '@/app/credentials/actions';
import type { SaveQuestion } from '@/lib/credentials/save-question';
import type { ProbeEvent } from '@/lib/connectors/types';
import { randomId } from '@/lib/random-id';

export type Confirmations = { verify: boolean; confirmDuplicateToken?: boolean; confirmNoReadAccess?: boolean };

export type SavePhase =
  | { kind: 'editing' }
  | { kind: 'checking'; attemptId: string; probes: ProbeEvent[]; startedAt: number; cancelling: boolean; tooLateToCancel: boolean }
  | { kind: 'saving' }
  | { kind: 'question'; question: SaveQuestion };

const OFFLINE = 'Could not reach the server. Check your connection and try again.';

/**
 * One save from the Add New Credential overlay: streams Planhat's answers into the phase while the
 * token is checked, and lets Cancel stop it on the server (the save is claimed, so it cannot happen
 * after a successful cancel).
 */
export function useCredentialSave(onFailure: (result: Extract<CreateCredentialResult, { ok: false }>) => void) {
  const [phase, setPhase] = useState<SavePhase>({ kind: 'editing' });
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef<string | null>(null);

  async function save(values: Record<string, string>, confirmations: Confirmations): Promise<CreateCredentialResult | null> {
    const attemptId = randomId();
    current.current = attemptId;
    setNotice(null);
    setPhase(confirmations.verify ? { kind: 'checking', attemptId, probes: [], startedAt: Date.now(), cancelling: false, tooLateToCancel: false } : { kind: 'saving' });
    const data = new FormData();
    for (const [key, value] of Object.entries({ ...values, ...confirmations, attemptId })) if (value !== undefined) data.set(key, String(value));
    let result: CreateCredentialResult;
    try {
      const stream = await createCredentialAction(data);
      for (;;) {
        const step = await stream.next();
        if (current.current !== attemptId) return null; // cancelled meanwhile
        if (step.done) {
          result = step.value;
          break;
        }
        const probe = step.value;
        setPhase((phase) => (phase.kind === 'checking' && phase.attemptId === attemptId ? { ...phase, probes: [...phase.probes, probe] } : phase));
      }
    } catch {
      result = { ok: false, formError: OFFLINE };
    }
    if (current.current !== attemptId) return null;
    current.current = null;
    if (result.ok) {
      setPhase({ kind: 'editing' });
      return result;
    }
    setPhase(result.question ? { kind: 'question', question: result.question } : { kind: 'editing' });
    if (result.cancelled) setNotice('Check cancelled. Nothing was saved.');
    else onFailure(result);
    return result;
  }

  /** True once the save is stopped for good; false if it had already begun (it then goes on). */
  async function cancel(): Promise<boolean> {
    const attemptId = current.current;
    if (phase.kind !== 'checking' || !attemptId) return true;
    setPhase({ ...phase, cancelling: true });
    // A plain request: a second server action would wait for the save to finish.
    const outcome = (await fetch(`/api/credential-saves/${attemptId}`, { method: 'DELETE' })
      .then((response) => response.json())
      .catch(() => ({ cancelled: false }))) as { cancelled: boolean };
    if (outcome.cancelled) {
      if (current.current === attemptId) current.current = null;
      setPhase({ kind: 'editing' });
      setNotice('Check cancelled. Nothing was saved.');
      return true;
    }
    setPhase((phase) => (phase.kind === 'checking' && phase.attemptId === attemptId ? { ...phase, cancelling: false, tooLateToCancel: true } : phase));
    return false;
  }

  const reset = () => {
    current.current = null;
    setPhase({ kind: 'editing' });
    setNotice(null);
  };

  return { phase, notice, save, cancel, reset, dismissQuestion: () => setPhase({ kind: 'editing' }) };
}
