'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Someone may type into a search box before React has hydrated the page; the controlled input's
 * state never saw those keystrokes. On mount, take over whatever the box holds if it is not what the
 * server rendered into it (`rendered`): an untouched box must not start a search, which would
 * navigate again and could undo a link clicked meanwhile.
 */
export function useKeepTypedBeforeHydration(ref: RefObject<HTMLInputElement | null>, setValue: (value: string) => void, rendered: string) {
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed && typed !== rendered) setValue(typed);
    // Mount only: afterwards the input is controlled.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
}
