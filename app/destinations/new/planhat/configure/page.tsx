import type { Metadata } from 'next';
import { CredentialChosen } from '@/components/flow/credential-chosen';
import { ConfigureHeader, credentialOrNotFound, UnusableCredential } from '@/components/sources/configure-parts';
import { DestinationConfigForm } from './components/destination-config-form';
import { PLANHAT_MODELS } from '@/lib/connectors/planhat/models';
import { PLANHAT_WRITE_ACCESS_NOTE } from '@/lib/connectors/planhat/spec';
import { requireActor } from '@/lib/auth/actor';
import { credentialForConfigure } from '@/lib/sources/configure-credential';
import { destinationConfigureParamsSchema } from '@/app/destinations/schemas';

export const metadata: Metadata = { title: 'Configure · New Planhat data destination' };

// Reading a model says nothing about writing it, so every model is offered.
const choices = PLANHAT_MODELS.map(({ id, label }) => ({ id, label, readable: true }));

export default async function NewDestinationConfigurePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = destinationConfigureParamsSchema.parse(await searchParams);
  const actor = await requireActor(`/destinations/new/planhat/configure?credential=${encodeURIComponent(params.credential)}`);
  const credential = await credentialOrNotFound(credentialForConfigure(actor, params.credential));
  return (
    <div className="page">
      <ConfigureHeader kind="destination" />
      <CredentialChosen kind="destination" credential={credential} />
      {credential.status === 'invalid' || credential.status === 'unreadable' ? (
        <UnusableCredential kind="destination" credential={credential} />
      ) : (
        <DestinationConfigForm credentialId={credential.id} choices={choices} writeAccessNote={PLANHAT_WRITE_ACCESS_NOTE} />
      )}
    </div>
  );
}
