import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ConfigureHeader, credentialOrNotFound, UnusableCredential } from '@/components/sources/configure-parts';
import { ConfigurePreview } from '@/components/sources/configure-preview';
import { PreviewSkeleton } from '@/components/sources/preview-skeleton';
import { SourceConfigForm } from './components/source-config-form';
import { CredentialChosen } from '@/components/flow/credential-chosen';
import { requireActor } from '@/lib/auth/actor';
import { credentialForConfigure } from '@/lib/sources/configure-credential';
import { modelChoices, modelLabel } from '@/lib/sources/model-access';
import { configureParamsSchema } from '@/app/sources/schemas';

export const metadata: Metadata = { title: 'Configure · New Planhat data source' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewSourceConfigurePage({ searchParams }: { searchParams: SearchParams }) {
  const params = configureParamsSchema.parse(await searchParams);
  const path = '/sources/new/planhat/configure';
  const actor = await requireActor(`${path}?credential=${encodeURIComponent(params.credential)}`);
  const credential = await credentialOrNotFound(credentialForConfigure(actor, params.credential));
  const choices = modelChoices(credential);
  // The model in the URL if it can be read, else the first one that can.
  const model = choices.find((choice) => choice.id === params.model && choice.readable)?.id ?? choices.find((choice) => choice.readable)?.id ?? null;
  const hrefFor = (offset: number) => `${path}?${new URLSearchParams({ credential: credential.id, ...(model && { model }), offset: String(offset) })}`;

  return (
    <div className="page">
      <ConfigureHeader kind="source" />
      <CredentialChosen kind="source" credential={credential} />
      {credential.status === 'invalid' || credential.status === 'unreadable' ? (
        <UnusableCredential kind="source" credential={credential} />
      ) : (
        <SourceConfigForm credentialId={credential.id} choices={choices} model={model}>
          {model ? (
            <Suspense key={`${model}:${params.offset}`} fallback={<PreviewSkeleton modelLabel={modelLabel(model)} />}>
              <ConfigurePreview actor={actor} credentialId={credential.id} model={model} offset={params.offset} hrefFor={hrefFor} />
            </Suspense>
          ) : (
            <p className="muted">This credential can’t read any Planhat data model, so there is nothing to preview. Choose another credential.</p>
          )}
        </SourceConfigForm>
      )}
    </div>
  );
}
