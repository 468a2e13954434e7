// Client-safe: the Add Credential overlay imports this for its fields and its zod resolver.
import { z } from 'zod';
import type { ConnectorSpec, CredentialFieldSpec } from '../types';
import { PLANHAT_MODELS } from './models';
import { AUTO_DETECT_REGION, PLANHAT_CLUSTERS, PLANHAT_REGION_OPTIONS } from './regions';
import { planhatTokenSchema } from './token';

export const planhatRegionSchema = z
  .enum([AUTO_DETECT_REGION, ...PLANHAT_CLUSTERS], { error: 'Choose a Planhat region from the list, or Auto-detect.' })
  .default(AUTO_DETECT_REGION);

export const planhatCredentialSchema = z.object({
  apiAccessToken: planhatTokenSchema,
  region: planhatRegionSchema,
});

/** What the form holds (region may be missing: it defaults to auto-detect). */
export type PlanhatCredentialInput = z.input<typeof planhatCredentialSchema>;
/** What the server works with: token normalised, region resolved. */
export type PlanhatCredentialFields = z.output<typeof planhatCredentialSchema>;

export const PLANHAT_SECRET_FIELDS = ['apiAccessToken'] as const;

// Wording follows the product guide, which is the UI contract.
const fields: readonly CredentialFieldSpec[] = [
  {
    name: 'apiAccessToken',
    label: 'API Access Token',
    helpText: 'From a Planhat service account (a Private App in newer workspaces). It is encrypted at rest; only its last four characters are shown again.',
    secret: true,
    inputType: 'password',
    guide: {
      summary: 'How to get a token',
      steps: [
        'Sign in to your Planhat workspace.',
        'Go to Settings > Service Accounts. In newer workspaces (ws.planhat.com) they are called Private Apps, under App Center > Private Apps.',
        'Click Create Service Account (or + Private App) and give it a descriptive name, for example “Data pipelines”.',
        'Grant read permissions on the data models you intend to sync, plus write permissions on any model a destination will create or update. Grant only the minimum permissions your use case needs.',
        'Click Save (or Create), then Generate New Token (or Generate API Access Token) on the service account’s page.',
        'Copy the token at once: Planhat shows it only once, so copy it before leaving the page.',
      ],
      note: 'Tokens do not expire. The old one keeps working until you disable it or pause or delete the Private App.',
    },
  },
  {
    name: 'region',
    label: 'Planhat region',
    helpText: 'Leave on Auto-detect unless you know your workspace’s API cluster; a token only works in its own region.',
    secret: false,
    inputType: 'select',
    options: PLANHAT_REGION_OPTIONS,
    defaultValue: AUTO_DETECT_REGION,
  },
];

export const planhatConnector = {
  id: 'planhat',
  displayName: 'Planhat',
  fields,
  schema: planhatCredentialSchema,
  regions: PLANHAT_REGION_OPTIONS,
  models: PLANHAT_MODELS.map(({ id, label }) => ({ id, label })),
} satisfies ConnectorSpec<typeof planhatCredentialSchema>;

/** Shown next to the check report: honest about what a read-only check cannot prove. */
export const PLANHAT_WRITE_ACCESS_NOTE =
  'Planhat has no dry run, so write access cannot be verified without side effects. ' +
  'If this credential is for a destination, make sure the service account has write permission on the models it will update.';
