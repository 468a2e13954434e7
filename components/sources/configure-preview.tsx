import type { Actor } from '@/lib/auth/actor';
import { modelLabel } from '@/lib/sources/model-access';
import { readPreview } from '@/lib/sources/read-preview';
import { PreviewResult } from './preview-result';

interface ConfigurePreviewProps {
  actor: Actor;
  credentialId: string;
  model: string;
  offset: number;
  hrefFor: (offset: number) => string;
}

/** The configure step's live preview: reads the chosen model with the chosen credential on the server. */
export async function ConfigurePreview({ actor, credentialId, model, offset, hrefFor }: ConfigurePreviewProps) {
  const preview = await readPreview(actor, { credentialId, model, offset, source: null });
  return <PreviewResult preview={preview} modelLabel={modelLabel(model)} hrefFor={hrefFor} />;
}
