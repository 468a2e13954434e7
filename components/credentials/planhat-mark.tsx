import styles from './planhat-mark.module.css';

/** Planhat's connector mark as drawn by this app (a simple monogram, not Planhat's logo file). */
export function PlanhatMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" role="img" aria-label="Planhat" className={styles.mark}>
      <rect width="32" height="32" rx="8" className={styles.tile} />
      <path d="M11 23V9h6.2a4.6 4.6 0 0 1 0 9.2H11" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="22.5" cy="22.5" r="2.2" fill="#7dd3a8" />
    </svg>
  );
}
