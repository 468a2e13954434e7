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
    helpText:
      'Generate it in Planhat under Settings > Service Accounts (App Center > Private Apps in newer workspaces). ' +
      'Planhat shows the token only once, so copy it before leaving the page. ' +
      'Grant read permissions on the data models you intend to sync, plus write permissions if it will create or update records (a destination). ' +
      'Grant only the minimum permissions your use case needs.',
    secret: true,
    inputType: 'password',
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
