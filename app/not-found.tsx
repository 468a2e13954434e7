import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export default function NotFound() {
  return (
    <div className="page">
      <div className="page-header">
        <h1>Not found</h1>
        <p className="muted">This page or credential does not exist, or you do not have access to it in this workspace.</p>
      </div>
      <Link href="/" className={buttonClass('secondary')}>
        Go to the home page
      </Link>
    </div>
  );
}
