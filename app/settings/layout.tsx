import type { ReactNode } from 'react';
import { SettingsNav } from '@/components/layout/settings-nav';

/** Every settings page: the workspace's tabs above the page's own content. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="page settings-page">
      <SettingsNav />
      {children}
    </div>
  );
}
