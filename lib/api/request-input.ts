import 'server-only';
import type { z } from 'zod';
import { problem, type FieldError } from './problem';

// Far above any real request (a name, a description, a token), far below anything that hurts.
const MAX_BODY_BYTES = 32 * 1024;

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

const pointer = (path: PropertyKey[]) => path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

function fieldErrors(error: z.ZodError, where: 'body' | 'query'): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    // Strict bodies: name each unknown field where it is, not the object that holds it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ pointer: pointer([...issue.path, key]), detail: 'This field is not part of the request; check its spelling.' }));
    }
    if (where === 'query') return [{ parameter: String(issue.path[0] ?? ''), detail: issue.message }];
    return [{ pointer: pointer(issue.path), detail: issue.message }];
  });
}

const invalid = (error: z.ZodError, where: 'body' | 'query'): Parsed<never> => {
  const errors = fieldErrors(error, where);
  const detail = errors.length === 1 ? errors[0]!.detail : 'Some fields are not valid: see `errors`.';
  return { ok: false, response: problem('invalid-request', detail, { errors }) };
};

/** Reads a JSON body and validates it with the same zod schema the UI uses; never echoes values. */
export async function parseJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<Parsed<z.output<Schema>>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    return { ok: false, response: problem('unsupported-media-type', 'Send the request body as JSON, with `Content-Type: application/json`.') };
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return { ok: false, response: problem('payload-too-large', `Keep the request body under ${MAX_BODY_BYTES / 1024} KB.`) };
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return { ok: false, response: problem('payload-too-large', `Keep the request body under ${MAX_BODY_BYTES / 1024} KB.`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: problem('invalid-request', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error, 'body');
}

/** Validates the query string; repeated parameters keep their first value. */
export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema): Parsed<z.output<Schema>> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) params[name] ??= value;
  const parsed = schema.safeParse(params);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error, 'query');
}
