'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Someone may type into a search box before React has hydrated the page; the controlled input's
 * state never saw those keystrokes. On mount, take over whatever the box already holds.
 */
export function useKeepTypedBeforeHydration(ref: RefObject<HTMLInputElement | null>, setValue: (value: string) => void) {
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed) setValue(typed);
    // Mount only: afterwards the input is controlled.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
}
