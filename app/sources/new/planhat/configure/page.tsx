import type { Metadata } from 'next';
import { CredentialChosen } from '@/components/flow/credential-chosen';

export const metadata: Metadata = { title: 'Configure · New Planhat data source' };

export default function NewSourceConfigurePage({ searchParams }: { searchParams: Promise<{ credential?: string }> }) {
  return <CredentialChosen kind="source" searchParams={searchParams} />;
}
