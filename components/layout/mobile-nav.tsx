import { PopoverMenu } from '@/components/ui/popover-menu';
import { MainNav, type NavItem } from './main-nav';
import styles from './mobile-nav.module.css';

/** Below 768 px: the sections behind one menu button, so the header stays one row. */
export function MobileNav({ items }: { items: NavItem[] }) {
  return (
    <div className={styles.mobile}>
      <PopoverMenu
        id="mobile-nav"
        label="Menu"
        placement="sheet"
        trigger={
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M3 6h14M3 10h14M3 14h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        }
      >
        <MainNav items={items} vertical />
      </PopoverMenu>
    </div>
  );
}
