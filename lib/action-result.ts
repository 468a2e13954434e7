import type { z } from 'zod';

/** What a server action answers a form: success, or errors to show beside fields and above the form. */
export type FormFailure = { ok: false; fieldErrors?: Record<string, string[] | undefined>; formError?: string };
export type FormResult<Success extends object = object> = ({ ok: true } & Success) | FormFailure;

export function invalid(error: z.ZodError): FormFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors };
}

export const formError = (message: string): FormFailure => ({ ok: false, formError: message });
