import { handleAuthRequest } from '@/lib/auth/auth-endpoints';

// Better Auth's HTTP endpoints, as far as the browser needs them (lib/auth/auth-endpoints.ts).
export { handleAuthRequest as GET, handleAuthRequest as POST };
