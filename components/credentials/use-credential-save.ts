'use client';

import { useRef, useState } from 'react';
import type { FormFailure } from '@/lib/action-result';
import type { SaveQuestion } from '@/lib/credentials/save-question';
import type { ProbeEvent } from '@/lib/connectors/types';
import { randomId } from '@/lib/random-id';

export type Confirmations = { verify: boolean; confirmDuplicateToken?: boolean; confirmNoReadAccess?: boolean };

/** How a save can end: whatever the success carries, or errors and a question to put to the person. */
export type SaveFailure = FormFailure & { question?: SaveQuestion; cancelled?: boolean };
export type SaveResult = { ok: true } | SaveFailure;

/** Where a save goes: a server action that streams Planhat's answers, then the result. */
export interface CredentialSaver<Result extends SaveResult> {
  send: (data: FormData) => Promise<AsyncGenerator<ProbeEvent, Result>>;
  /** Stops a save that is still checking (true once it is stopped for good). Absent where a save cannot really be stopped. */
  cancel?: (attemptId: string) => Promise<boolean>;
}

export type SavePhase =
  | { kind: 'editing' }
  | { kind: 'checking'; attemptId: string; probes: ProbeEvent[]; startedAt: number; cancelling: boolean; tooLateToCancel: boolean }
  | { kind: 'saving' }
  | { kind: 'question'; question: SaveQuestion };

const OFFLINE = 'Could not reach the server. Check your connection and try again.';

/**
 * One save of a credential form: streams Planhat's answers into the phase while the token is
 * checked, and, where the saver can, lets Cancel stop it on the server (the save is claimed, so it
 * cannot happen after a successful cancel).
 */
export function useCredentialSave<Result extends SaveResult>(saver: CredentialSaver<Result>, onFailure: (result: Extract<Result, { ok: false }>) => void) {
  type Failure = Extract<Result, { ok: false }>;
  const [phase, setPhase] = useState<SavePhase>({ kind: 'editing' });
  const [notice, setNotice] = useState<string | null>(null);
  const current = useRef<string | null>(null);

  async function save(values: Record<string, string>, confirmations: Confirmations, extra: Record<string, string> = {}): Promise<Result | null> {
    const attemptId = randomId();
    current.current = attemptId;
    setNotice(null);
    setPhase(confirmations.verify ? { kind: 'checking', attemptId, probes: [], startedAt: Date.now(), cancelling: false, tooLateToCancel: false } : { kind: 'saving' });
    const data = new FormData();
    const posted = { ...values, ...confirmations, ...extra, attemptId: saver.cancel ? attemptId : undefined };
    for (const [key, value] of Object.entries(posted)) if (value !== undefined) data.set(key, String(value));
    let result: Result;
    try {
      const stream = await saver.send(data);
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
      result = { ok: false, formError: OFFLINE } as Failure;
    }
    if (current.current !== attemptId) return null;
    current.current = null;
    if (result.ok) {
      setPhase({ kind: 'editing' });
      return result;
    }
    const failure = result as Failure;
    setPhase(failure.question ? { kind: 'question', question: failure.question } : { kind: 'editing' });
    if (failure.cancelled) setNotice('Check cancelled. Nothing was saved.');
    else onFailure(failure);
    return result;
  }

  /** True once the save is stopped for good; false if it had already begun (it then goes on). */
  async function cancel(): Promise<boolean> {
    const attemptId = current.current;
    if (phase.kind !== 'checking' || !attemptId) return true;
    if (!saver.cancel) return false;
    setPhase({ ...phase, cancelling: true });
    if (await saver.cancel(attemptId)) {
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

  return { phase, notice, save, cancel, canCancel: Boolean(saver.cancel), reset, dismissQuestion: () => setPhase({ kind: 'editing' }) };
}

export type CredentialSave = ReturnType<typeof useCredentialSave>;
