'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';
import styles from './popover-menu.module.css';

interface PopoverMenuProps {
  id: string;
  /** The button's content; `label` names it for assistive technology. */
  trigger: ReactNode;
  label: string;
  triggerClassName?: string;
  /** Sizes the panel beyond the placement's default (e.g. a wider list). */
  panelClassName?: string;
  /** 'end': a panel under the header's right edge. 'sheet': full width under the header. */
  placement?: 'end' | 'sheet';
  children: ReactNode;
}

/**
 * A button and the panel it opens, on the browser's popover API: Escape, a click outside and the
 * button itself close it, focus returns to the button, and it works before hydration. Navigating
 * closes it too.
 */
export function PopoverMenu({ id, trigger, label, triggerClassName = '', panelClassName = '', placement = 'end', children }: PopoverMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    const panel = ref.current;
    if (panel?.matches(':popover-open')) panel.hidePopover();
  }, [pathname]);
  return (
    <>
      <button type="button" popoverTarget={id} aria-controls={id} aria-label={label} className={`${styles.trigger} ${triggerClassName}`}>
        {trigger}
      </button>
      <div id={id} ref={ref} popover="auto" className={`${styles.panel} ${styles[placement]} ${panelClassName}`}>
        {children}
      </div>
    </>
  );
}
