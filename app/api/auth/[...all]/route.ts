import { getAuth } from '@/lib/auth/auth';

// Better Auth's HTTP endpoints: sign-in/up/out (with its rate limiter), sessions, organizations.
const handle = async (request: Request) => (await getAuth()).handler(request);

export { handle as GET, handle as POST };
