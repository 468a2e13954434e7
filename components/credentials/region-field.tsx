import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { planhatConnector } from '@/lib/connectors/planhat/spec';

const regionField = planhatConnector.fields.find((field) => field.name === 'region')!;

/** The "Planhat region" select (Auto-detect or an allow-listed cluster), from the connector's spec. */
export function RegionField({ id, error, registration }: { id: string; error?: string; registration: UseFormRegisterReturn }) {
  return (
    <Field id={id} label={regionField.label} help={regionField.helpText} error={error}>
      <select id={id} className={fieldStyles.input} aria-describedby={describedBy(id, regionField.helpText, error)} {...registration}>
        {regionField.options!.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
