import 'server-only';
import { z } from 'zod';
import { PROBLEMS, problemTypeUri, type ProblemType } from '../problem';
import { credentialChangesRequest, newCredentialRequest, tokenReplacementRequest } from '../schemas/credential-requests';
import {
  accessReportSchema,
  checkOutcomeSchema,
  checkSchema,
  credentialEventSchema,
  credentialEventsSchema,
  credentialPageSchema,
  credentialSchema,
  usageDaySchema,
  usageDaysSchema,
  usageSchema,
} from '../schemas/credential-resources';
import { createdCredentialRequestSchema, credentialRequestPageSchema, credentialRequestSchemaOut, newCredentialRequestBody } from '../schemas/credential-request-api';
import { auditEventPageSchema, auditEventSchema } from '../schemas/audit-event-api';
import { newWebhookRequest, webhookChangesRequest } from '../schemas/webhook-requests';
import { deliveryPageSchema, deliverySchema, testEventSchema, webhookPageSchema, webhookSchema, webhookWithSecretSchema } from '../schemas/webhook-resources';

const problemTypes = Object.keys(PROBLEMS) as ProblemType[];

export const problemSchema = z.object({
  type: z.enum(problemTypes.map(problemTypeUri) as [string, ...string[]]).meta({ description: 'Identifies the kind of problem; branch on this.' }),
  title: z.string(),
  status: z.int(),
  detail: z.string().meta({ description: 'What happened and what to do next, for people.' }),
  errors: z
    .array(z.union([z.object({ pointer: z.string(), detail: z.string() }), z.object({ parameter: z.string(), detail: z.string() })]))
    .optional()
    .meta({ description: 'Validation errors: a JSON pointer into the body, or a query parameter or header name.' }),
  existingName: z.string().optional().meta({ description: 'duplicate-token: the credential that holds this token already.' }),
  check: checkSchema.optional().meta({ description: 'token-rejected, no-read-access, planhat-unreachable: what the Planhat check found.' }),
  current: credentialSchema.optional().meta({ description: 'version-mismatch: the credential as it is now (its ETag is sent too).' }),
  usage: usageSchema.optional().meta({ description: 'in-use: what uses the credential.' }),
  outcome: z
    .literal('unknown')
    .optional()
    .meta({ description: 'database-unavailable, internal: the change may or may not have been made (its answer was lost). Read before sending it again.' }),
  requestId: z.string().optional().meta({ description: 'The id of the request (also sent as the X-Request-Id header): quote it when you report a problem, so it can be found in the logs.' }),
});

/** Request bodies, converted as input (defaults are optional); their ids name the components. */
export const requestSchemas = z.registry<{ id: string }>();
requestSchemas.add(newCredentialRequest, { id: 'NewCredential' });
requestSchemas.add(credentialChangesRequest, { id: 'CredentialChanges' });
requestSchemas.add(tokenReplacementRequest, { id: 'TokenReplacement' });
requestSchemas.add(newWebhookRequest, { id: 'NewWebhook' });
requestSchemas.add(webhookChangesRequest, { id: 'WebhookChanges' });
requestSchemas.add(newCredentialRequestBody, { id: 'NewCredentialRequest' });

/** Response bodies, converted as output; shared parts become $refs. */
export const responseSchemas = z.registry<{ id: string }>();
responseSchemas.add(credentialSchema, { id: 'Credential' });
responseSchemas.add(accessReportSchema, { id: 'AccessReport' });
responseSchemas.add(credentialPageSchema, { id: 'CredentialPage' });
responseSchemas.add(checkSchema, { id: 'Check' });
responseSchemas.add(checkOutcomeSchema, { id: 'CheckOutcome' });
responseSchemas.add(credentialEventSchema, { id: 'CredentialEvent' });
responseSchemas.add(credentialEventsSchema, { id: 'CredentialEvents' });
responseSchemas.add(usageSchema, { id: 'Usage' });
responseSchemas.add(usageDaySchema, { id: 'UsageDay' });
responseSchemas.add(usageDaysSchema, { id: 'UsageDays' });
responseSchemas.add(webhookSchema, { id: 'Webhook' });
responseSchemas.add(webhookWithSecretSchema, { id: 'WebhookWithSecret' });
responseSchemas.add(webhookPageSchema, { id: 'WebhookPage' });
responseSchemas.add(deliverySchema, { id: 'WebhookDelivery' });
responseSchemas.add(deliveryPageSchema, { id: 'WebhookDeliveryPage' });
responseSchemas.add(testEventSchema, { id: 'WebhookTestEvent' });
responseSchemas.add(credentialRequestSchemaOut, { id: 'CredentialRequest' });
responseSchemas.add(createdCredentialRequestSchema, { id: 'CreatedCredentialRequest' });
responseSchemas.add(credentialRequestPageSchema, { id: 'CredentialRequestPage' });
responseSchemas.add(auditEventSchema, { id: 'AuditEvent' });
responseSchemas.add(auditEventPageSchema, { id: 'AuditEventPage' });
responseSchemas.add(problemSchema, { id: 'Problem' });

export const schemaRef = (registry: typeof requestSchemas, schema: z.ZodType) => {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error('schema is not registered as an OpenAPI component');
  return { $ref: `#/components/schemas/${id}` };
};

const uri = (id: string) => `#/components/schemas/${id}`;

/** Every component schema, generated by zod 4's JSON Schema converter (2020-12, OpenAPI 3.1's dialect). */
export function componentSchemas(): Record<string, unknown> {
  // Components are embedded in the document: they need neither their own dialect nor their own $id.
  const strip = (schemas: Record<string, Record<string, unknown>>) =>
    Object.fromEntries(
      Object.entries(schemas).map(([id, schema]) => [id, Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'))]),
    );
  return {
    ...strip(z.toJSONSchema(requestSchemas, { io: 'input', uri }).schemas),
    ...strip(z.toJSONSchema(responseSchemas, { io: 'output', uri }).schemas),
  };
}

/** Query parameters, one per property of the query schema. */
export function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(description && { description }),
    schema: property,
  }));
}
