import type { Metadata } from 'next';
import { AuthenticateStep, type AuthenticateSearchParams } from '@/components/flow/authenticate-step';

export const metadata: Metadata = { title: 'Authenticate · New Planhat data destination' };

export default function NewDestinationAuthenticatePage({ searchParams }: { searchParams: AuthenticateSearchParams }) {
  return <AuthenticateStep kind="destination" searchParams={searchParams} />;
}
