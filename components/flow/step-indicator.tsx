import styles from './step-indicator.module.css';

const STEPS = ['Connector', 'Authenticate', 'Configure'] as const;
export type FlowStep = (typeof STEPS)[number];

/** Where the person is in creating a source or destination; the current step is marked for screen readers too. */
export function StepIndicator({ current }: { current: FlowStep }) {
  const currentIndex = STEPS.indexOf(current);
  return (
    <nav aria-label="Progress">
      <ol className={styles.steps}>
        {STEPS.map((step, index) => {
          const state = index < currentIndex ? styles.done : index === currentIndex ? styles.current : '';
          return (
            <li key={step} className={`${styles.step} ${state}`} aria-current={index === currentIndex ? 'step' : undefined}>
              <span className={styles.number} aria-hidden="true">
                {index < currentIndex ? '✓' : index + 1}
              </span>
              <span className={styles.label}>{step}</span>
              {index < currentIndex && <span className="visually-hidden"> (done)</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
