import styles from './spinner.module.css';

/** A small turning ring; decorative, so say what is happening in text beside it. */
export function Spinner() {
  return <span className={styles.spinner} aria-hidden="true" />;
}
