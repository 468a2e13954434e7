// Client-safe: the forms, the server actions, the REST API and Better Auth's hooks validate text
// with these, so every way in accepts the same text.
import { z } from 'zod';

// With the u flag, \p{Cs} matches only unpaired surrogates: a pair is one code point (an emoji).
const LONE_SURROGATE = /\p{Cs}/u;
// Embeddings, overrides and isolates reorder what follows them: `\u202egnp.exe` shows as `exe.png`.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const CONTROL = /\p{Cc}/u;
// Format characters, separators, combining marks alone, and the fillers fonts draw as blanks.
const INVISIBLE_ONLY = /^[\p{Cc}\p{Cf}\p{Z}\p{M}\u115f\u1160\u3164\uffa0\u2800]*$/u;

/**
 * Text that Postgres can store and that reads back exactly as it was answered: no NUL (Postgres
 * refuses it in text), no unpaired UTF-16 surrogate (it would be stored as U+FFFD), and in NFC, so
 * `e` + combining accent and `é` are the same name. Chain length and other rules after it.
 */
export const storableText = (schema: z.ZodString = z.string()) =>
  schema
    .refine((value) => !value.includes('\u0000'), { message: 'Remove the NUL character (U+0000): text cannot contain it.', abort: true })
    .refine((value) => !LONE_SURROGATE.test(value), {
      message: 'This text contains a broken character (an unpaired UTF-16 surrogate). Type or paste it again.',
      abort: true,
    })
    .overwrite((value) => value.normalize('NFC'));

export interface NameRules {
  /** Shown when the name is missing or blank, e.g. "Enter a credential name." */
  required: string;
  min?: number;
  max: number;
  /** Shown when it is too short (with `min`) or too long. */
  tooShort?: string;
  tooLong: string;
}

/**
 * A name shown on tiles, lists and menus: storable text, trimmed, on one line, with at least one
 * visible character, and without the bidirectional controls that make it display as another text.
 */
export function displayNameSchema({ required, min = 1, max, tooShort, tooLong }: NameRules) {
  return storableText(z.string({ error: required }))
    .trim()
    .min(1, { message: required, abort: true })
    .min(min, tooShort ?? required)
    .max(max, tooLong)
    .refine((value) => !CONTROL.test(value), 'The name cannot contain line breaks or control characters.')
    .refine((value) => !BIDI_CONTROL.test(value), 'The name cannot contain right-to-left override characters: they make it display as a different text.')
    .refine((value) => !INVISIBLE_ONLY.test(value), 'The name needs at least one visible character; invisible characters alone show as nothing.');
}

/** A search term: storable text, so a NUL or a broken character is a clear 400, not a database error. */
export const searchTermSchema = storableText().max(100, 'Search for at most 100 characters.');
