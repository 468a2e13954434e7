'use client';

import { usePathname, useRouter } from 'next/navigation';
import { startTransition, useState, type ReactNode } from 'react';
import { createSourceAction } from '@/app/sources/actions';
import { Panel } from '@/components/ui/panel';
import { TextField } from '@/components/ui/text-field';
import type { ModelChoice } from '@/lib/sources/model-access';
import { ConfigForm } from '@/components/sources/config-form';
import { ModelPicker } from '@/components/sources/model-picker';

interface SourceConfigFormProps {
  credentialId: string;
  choices: ModelChoice[];
  model: string | null;
  /** The live preview of `model`, rendered on the server. */
  children: ReactNode;
}

/** Configure step of a new source: the model to read (its preview follows the choice), and a name. */
export function SourceConfigForm({ credentialId, choices, model, children }: SourceConfigFormProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [chosen, setChosen] = useState(model);
  const [name, setName] = useState('');
  const readable = choices.filter((choice) => choice.readable).length;

  function choose(next: string) {
    setChosen(next);
    // The preview is rendered on the server from the URL; the rest of the form keeps its state.
    const query = new URLSearchParams({ credential: credentialId, model: next });
    startTransition(() => router.replace(`${pathname}?${query}`, { scroll: false }));
  }

  return (
    <ConfigForm
      noun="source"
      credentialId={credentialId}
      action={createSourceAction}
      status={chosen ? `Reads ${choices.find((choice) => choice.id === chosen)?.label}` : 'Choose a data model.'}
    >
      {(errors) => (
        <>
          <Panel id="model-title" title="What to read">
            <ModelPicker
              legend="Data model"
              help={`This credential can read ${readable} of ${choices.length} Planhat data models. The ones it can’t read are greyed out, with the reason from its last check.`}
              choices={choices}
              value={chosen}
              onChange={choose}
              error={errors.model?.[0]}
            />
          </Panel>
          <Panel id="preview-title" title="Preview" description="The first records of the chosen model, read live from Planhat with this credential.">
            {children}
          </Panel>
          <Panel id="name-title" title="Name">
            <TextField
              id="name"
              label="Source name"
              required
              maxLength={80}
              autoComplete="off"
              placeholder="e.g. Planhat companies (nightly)"
              help="Shown in your list of sources. You can have several sources on the same model."
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
