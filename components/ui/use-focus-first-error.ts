'use client';

import { useEffect, useRef } from 'react';

const CONTROLS = 'input:not([type="hidden"]), select, textarea, button';

/**
 * After a refused submit, moves focus to the first field in error (or the form's error message)
 * and scrolls it into view, so the person never has to hunt for what went wrong. Pass the failed
 * result: each new one (a new object per submit) moves focus again.
 */
export function useFocusFirstError<Element extends HTMLElement = HTMLFormElement>(failure: object | null | undefined) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    const root = ref.current;
    if (!failure || !root) return;
    const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid ? (invalid.matches(CONTROLS) ? invalid : invalid.querySelector<HTMLElement>(CONTROLS) ?? invalid) : root.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (!target.matches(CONTROLS) && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  }, [failure]);
  return ref;
}
