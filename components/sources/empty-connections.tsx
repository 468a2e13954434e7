import Link from 'next/link';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { buttonClass } from '@/components/ui/button';
import styles from './connections.module.css';

const copy = {
  source: {
    title: 'No data sources yet',
    text: 'A data source reads one Planhat data model, such as Companies or End Users, with a saved credential.',
    action: 'Create a data source',
    href: '/sources/new/planhat',
  },
  destination: {
    title: 'No data destinations yet',
    text: 'A data destination writes records into one Planhat data model with a saved credential.',
    action: 'Create a data destination',
    href: '/destinations/new/planhat',
  },
};

export function EmptyConnections({ kind }: { kind: 'source' | 'destination' }) {
  const { title, text, action, href } = copy[kind];
  return (
    <div className={styles.empty}>
      <PlanhatMark size={40} />
      <h2>{title}</h2>
      <p className="muted">{text}</p>
      <Link className={buttonClass('primary')} href={href}>
        {action}
      </Link>
    </div>
  );
}
