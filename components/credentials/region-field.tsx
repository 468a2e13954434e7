import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { planhatConnector } from '@/lib/connectors/planhat/spec';
import styles from './region-field.module.css';

const regionField = planhatConnector.fields.find((field) => field.name === 'region')!;

/**
 * The "Planhat region" select (Auto-detect or an allow-listed cluster), from the connector's
 * spec, folded away: almost everyone leaves it on Auto-detect.
 */
export function RegionField({ id, error, registration, disabled = false }: { id: string; error?: string; registration: UseFormRegisterReturn; disabled?: boolean }) {
  return (
    <details className={styles.region} open={Boolean(error) || undefined}>
      <summary>
        Choose the region yourself <span className={styles.optional}>(optional: it is detected from the token)</span>
      </summary>
      <div className={styles.body}>
        <Field id={id} label={regionField.label} help={regionField.helpText} error={error}>
          <select id={id} className={fieldStyles.input} disabled={disabled} aria-describedby={describedBy(id, regionField.helpText, error)} {...registration}>
            {regionField.options!.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </details>
  );
}
