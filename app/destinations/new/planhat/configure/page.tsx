import type { Metadata } from 'next';
import { CredentialChosen } from '@/components/flow/credential-chosen';

export const metadata: Metadata = { title: 'Configure · New Planhat data destination' };

export default function NewDestinationConfigurePage({ searchParams }: { searchParams: Promise<{ credential?: string }> }) {
  return <CredentialChosen kind="destination" searchParams={searchParams} />;
}
