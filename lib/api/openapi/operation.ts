import type { z } from 'zod';
import type { ProblemType } from '../problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Operation {
  method: HttpMethod;
  /** Relative to /api/v1, with OpenAPI's {param} syntax. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  public?: true;
  query?: z.ZodObject;
  ifMatch?: 'required' | 'optional';
  body?: z.ZodType;
  success: { status: 200 | 201 | 202 | 204; description: string; schema?: z.ZodType; etag?: true; location?: true };
  problems: ProblemType[];
}
