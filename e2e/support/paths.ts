import path from 'node:path';

// Configurable so that several end-to-end runs can share a machine (other ports, other folders).
/** Where the end-to-end run keeps its embedded database and the captured server output. */
export const e2eDataDir = path.resolve(process.env.E2E_DATA_DIR ?? path.join('.data', 'e2e'));
export const serverLogFile = path.join(e2eDataDir, 'server.log');
export const ownerStateFile = path.join(e2eDataDir, 'owner-state.json');
export const planhatDoublePort = Number(process.env.PLANHAT_DOUBLE_PORT ?? 4010);
export const planhatDoubleUrl = `http://127.0.0.1:${planhatDoublePort}`;
/** The single sign-on specs' OpenID provider (lib/testing/oidc-provider.ts); the app trusts this origin. */
export const oidcProviderPort = Number(process.env.OIDC_PROVIDER_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1220);
export const oidcProviderOrigin = `http://127.0.0.1:${oidcProviderPort}`;
