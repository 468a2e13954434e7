'use client';

import { useEffect } from 'react';

/** Marks the page interactive (html[data-hydrated]) so end-to-end tests never act before React does. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
