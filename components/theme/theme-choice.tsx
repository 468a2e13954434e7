'use client';

import { useState } from 'react';
import { THEMES, type Theme } from '@/lib/theme';
import { applyTheme } from './apply-theme';
import styles from './theme-choice.module.css';

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark or the system's scheme; applied at once and remembered in a cookie for the server's next render. */
export function ThemeChoice({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <fieldset className={styles.choice}>
      <legend className={styles.legend}>Theme</legend>
      <div className={styles.options}>
        {THEMES.map((option) => (
          <label key={option} className={styles.option}>
            <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => choose(option)} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
