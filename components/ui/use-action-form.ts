'use client';

import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import type { FormFailure, FormResult } from '@/lib/action-result';
import { useFocusFirstError } from './use-focus-first-error';

/**
 * A server-action form that keeps what was typed after a refused submit (React resets a form it
 * submits itself), clears it after a successful one, and puts focus on the first error. Spread
 * `form` on the <form>: its ref, its action (for submits before hydration) and its onSubmit.
 */
export function useActionForm<Result extends FormResult>(action: (previous: Result | null, data: FormData) => Promise<Result>) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? (state as FormFailure) : null;
  const ref = useFocusFirstError(failure);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state, ref]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return { state, failure, errors: failure?.fieldErrors ?? {}, pending, form: { ref, action: formAction, onSubmit } };
}
