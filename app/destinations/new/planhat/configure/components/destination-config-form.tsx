'use client';

import { useState } from 'react';
import { createDestinationAction } from '@/app/destinations/actions';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { TextField } from '@/components/ui/text-field';
import type { ModelChoice } from '@/lib/sources/model-access';
import { WRITE_MODES } from '@/lib/sources/schemas';
import { ConfigForm } from '@/components/sources/config-form';
import styles from '@/components/sources/config-form.module.css';
import { ModelPicker } from '@/components/sources/model-picker';

interface DestinationConfigFormProps {
  credentialId: string;
  choices: ModelChoice[];
  /** Planhat has no dry run: said plainly, next to the choice it matters for. */
  writeAccessNote: string;
}

/** Configure step of a new destination: target model, write mode and a name. */
export function DestinationConfigForm({ credentialId, choices, writeAccessNote }: DestinationConfigFormProps) {
  const [model, setModel] = useState<string | null>(null);
  const [writeMode, setWriteMode] = useState('upsert');
  const [name, setName] = useState('');

  return (
    <ConfigForm noun="destination" credentialId={credentialId} action={createDestinationAction} status="Nothing is written to Planhat when you save.">
      {(errors) => (
        <>
          <Panel id="model-title" title="Where to write">
            <ModelPicker
              legend="Target data model"
              help="The Planhat data model this destination creates or updates records in."
              choices={choices}
              value={model}
              onChange={setModel}
              error={errors.model?.[0]}
            />
            <fieldset className={styles.modes} aria-describedby={errors.writeMode ? 'write-mode-error' : undefined}>
              <legend>Write mode</legend>
              {WRITE_MODES.map((mode) => (
                <label key={mode.id} className={styles.mode}>
                  <input type="radio" name="writeMode" value={mode.id} checked={writeMode === mode.id} onChange={() => setWriteMode(mode.id)} />
                  <span>
                    <strong>{mode.label}</strong>
                    <span>{mode.description}</span>
                  </span>
                </label>
              ))}
              {errors.writeMode && (
                <p id="write-mode-error" role="alert" className="muted">
                  {errors.writeMode[0]}
                </p>
              )}
            </fieldset>
            <Alert tone="warning">
              <strong>Write permission can’t be checked in advance.</strong> {writeAccessNote}
            </Alert>
          </Panel>
          <Panel id="name-title" title="Name">
            <TextField
              id="name"
              label="Destination name"
              required
              maxLength={80}
              autoComplete="off"
              placeholder="e.g. Warehouse to Planhat companies"
              help="Shown in your list of destinations."
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={errors.name?.[0]}
            />
          </Panel>
        </>
      )}
    </ConfigForm>
  );
}
