import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClass } from '@/components/ui/button';
import { requireActor } from '@/lib/auth/actor';
import { isFirstRun } from '@/lib/auth/first-run';
import styles from './home.module.css';

export default async function HomePage() {
  if (await isFirstRun()) redirect('/setup');
  const actor = await requireActor('/');
  return (
    <div className="page">
      <div className="page-header">
        <h1>Connect Planhat to your data pipelines</h1>
        <p className="muted">
          Save a Planhat API Access Token once, encrypted at rest, and pick it whenever you create a Planhat data source or
          destination in {actor.workspaceName}.
        </p>
      </div>
      <div className={styles.choices}>
        <section className={styles.choice} aria-labelledby="source-title">
          <h2 id="source-title">Planhat data source</h2>
          <p className="muted">Read companies, end users, licenses and more from Planhat.</p>
          <Link href="/sources/new/planhat" className={buttonClass('primary')}>
            Create a data source
          </Link>
        </section>
        <section className={styles.choice} aria-labelledby="destination-title">
          <h2 id="destination-title">Planhat data destination</h2>
          <p className="muted">Write records into Planhat from your pipelines.</p>
          <Link href="/destinations/new/planhat" className={buttonClass('primary')}>
            Create a data destination
          </Link>
        </section>
      </div>
    </div>
  );
}
