import type { Metadata } from 'next';
import { AuthenticateStep, type AuthenticateSearchParams } from '@/components/flow/authenticate-step';

export const metadata: Metadata = { title: 'Authenticate · New Planhat data source' };

export default function NewSourceAuthenticatePage({ searchParams }: { searchParams: AuthenticateSearchParams }) {
  return <AuthenticateStep kind="source" searchParams={searchParams} />;
}
