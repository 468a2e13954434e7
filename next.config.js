import { serverActionOrigins } from './lib/http/server-action-origins.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets a second build (e.g. a parallel test run) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // Native-ish database drivers load from node_modules at run time instead of being bundled; so do the
  // logger, metrics and tracing packages, which server.js loads too and must share (one instance each).
  serverExternalPackages: [
    '@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', '@prisma/adapter-pg',
    'pino', 'pino-pretty', 'prom-client',
    '@opentelemetry/sdk-node', '@opentelemetry/exporter-trace-otlp-http', '@opentelemetry/exporter-trace-otlp-proto', '@prisma/instrumentation',
  ],
  // Read when the server starts (not only at build), so BETTER_AUTH_URL set at deploy time counts.
  experimental: { serverActions: { allowedOrigins: serverActionOrigins(process.env.BETTER_AUTH_URL) } },
};

export default nextConfig;
