'use client';

import { useState } from 'react';
import { saveHealthSettingsAction } from '@/app/settings/health-checks/actions';
import { MAX_ROTATE_AFTER_DAYS } from '@/app/settings/health-checks/schemas';
import { Alert } from '@/components/ui/alert';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { cycleLabels, WORKSPACE_CYCLES, type WorkspaceCycle } from '@/lib/health/cycles';
import styles from './health-settings-form.module.css';

interface Props {
  cycle: WorkspaceCycle | null;
  /** The install's default, e.g. "every 6 hours". */
  defaultLabel: string;
  rotateAfterDays: number | null;
  canEdit: boolean;
}

export function HealthSettingsForm({ cycle, defaultLabel, rotateAfterDays, canEdit }: Props) {
  const { state, errors, pending, form } = useActionForm(saveHealthSettingsAction);
  const [remind, setRemind] = useState(rotateAfterDays !== null);
  const disabled = !canEdit || pending;
  return (
    <form {...form} noValidate className={styles.form}>
      {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
      <Field id="cycle" label="Check every credential" help="Checks are spread over the cycle, and a Re-check counts as that cycle’s check." error={errors.cycle?.[0]}>
        <select id="cycle" name="cycle" className={fieldStyles.input} defaultValue={cycle ?? 'default'} disabled={disabled} aria-describedby={describedBy('cycle', true, errors.cycle)}>
          <option value="default">Server default ({defaultLabel})</option>
          {WORKSPACE_CYCLES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'off' ? 'Off: only when someone presses Re-check' : cycleLabels[choice]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className={styles.rotation} disabled={disabled}>
        <legend className={styles.legend}>Token rotation</legend>
        <label className={styles.check}>
          <input type="checkbox" name="remindRotation" value="on" checked={remind} onChange={(event) => setRemind(event.target.checked)} />
          Remind owners and admins to rotate tokens older than
        </label>
        <div className={styles.days}>
          <input
            id="rotateAfterDays"
            name="rotateAfterDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_ROTATE_AFTER_DAYS}
            defaultValue={rotateAfterDays ?? 90}
            disabled={!remind || disabled}
            aria-label="Days"
            aria-invalid={errors.rotateAfterDays ? true : undefined}
            aria-describedby={errors.rotateAfterDays ? 'rotateAfterDays-error' : undefined}
            className={`${fieldStyles.input} ${styles.daysInput}`}
          />
          <span>days</span>
        </div>
        {errors.rotateAfterDays && (
          <p id="rotateAfterDays-error" className={styles.error} role="alert">
            {errors.rotateAfterDays[0]}
          </p>
        )}
      </fieldset>
      {canEdit && (
        <div className={styles.actions}>
          <SubmitButton pending={pending} label="Save" pendingLabel="Saving..." />
          {state?.ok && <span className={styles.saved} role="status">Saved.</span>}
        </div>
      )}
    </form>
  );
}
