import styles from './preview.module.css';

/** Shown while records are read from Planhat; says so for screen readers too. */
export function PreviewSkeleton({ modelLabel }: { modelLabel: string }) {
  return (
    <div className={styles.skeleton}>
      <p role="status" className="muted">
        Reading {modelLabel} from Planhat…
      </p>
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className={styles.bar} aria-hidden="true" />
      ))}
    </div>
  );
}
