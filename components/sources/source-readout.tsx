import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import type { Actor } from '@/lib/auth/actor';
import { CredentialError } from '@/lib/credentials/errors';
import type { SourceDto } from '@/lib/sources/dto';
import { readPreview, type Preview } from '@/lib/sources/read-preview';
import { CredentialPanel } from './credential-panel';
import { PreviewResult } from './preview-result';

/** One live read of a source, shared by the parts of its page that show it. */
export type SourceReadout = { ok: true; preview: Preview } | { ok: false; refusal: string } | { ok: false; unexpected: unknown };

/**
 * Starts the read without waiting for it: the records and the credential panel each wait in their
 * own Suspense boundary, and the rest of the page (Delete included) is interactive meanwhile.
 * Never rejects, so no boundary is left with an unhandled rejection.
 */
export function startSourceReadout(actor: Actor, source: SourceDto, offset: number): Promise<SourceReadout> {
  return readPreview(actor, { credentialId: source.credential.id, model: source.model, offset, source: { id: source.id, name: source.name } }).then(
    (preview) => ({ ok: true, preview }),
    (error: unknown) => (error instanceof CredentialError ? { ok: false, refusal: error.message } : { ok: false, unexpected: error }),
  );
}

async function settled(readout: Promise<SourceReadout>) {
  const outcome = await readout;
  if ('unexpected' in outcome) throw outcome.unexpected;
  return outcome;
}

export async function SourceRecords({ readout, source, hrefFor }: { readout: Promise<SourceReadout>; source: SourceDto; hrefFor: (offset: number) => string }) {
  const outcome = await settled(readout);
  if (!outcome.ok) return <Alert tone="error">{outcome.refusal}</Alert>;
  return <PreviewResult preview={outcome.preview} modelLabel={source.modelLabel} hrefFor={hrefFor} />;
}

/** The credential as it stands after the read: a rejected read re-checks it, so this is the new status. */
export async function SourceCredential({ readout, source }: { readout: Promise<SourceReadout>; source: SourceDto }) {
  const outcome = await settled(readout);
  if (!outcome.ok) return <CredentialPlaceholder source={source} />;
  const { credential } = outcome.preview;
  const actions = (
    <>
      {source.canManage && (
        <Link className={buttonClass('secondary')} href={`/sources/${source.id}/credential`}>
          Change credential
        </Link>
      )}
      <Link className={buttonClass('secondary')} href={`/credentials/${credential.id}`}>
        Manage credential
      </Link>
    </>
  );
  return <CredentialPanel credential={credential} actions={actions} />;
}

/** The credential's name, while Planhat answers (or when it may not be read). */
export function CredentialPlaceholder({ source, checking = false }: { source: SourceDto; checking?: boolean }) {
  return (
    <Panel id="credential-title" title="Credential">
      <p>
        <Link href={`/credentials/${source.credential.id}`}>{source.credential.name}</Link>
      </p>
      {checking && (
        <p className="muted" role="status">
          Checking with Planhat…
        </p>
      )}
    </Panel>
  );
}
