import * as z from 'zod/mini';

/** An identifier users may see in URLs and storage keys: letters, digits, `-`, `_`, `.`, `:`. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[\p{L}\p{N}_.:-]+$/u));
export type Id = z.infer<typeof Id>;

/** Free text typed by a person. Bounded so one runaway paste cannot fill storage. */
export const Text = z.string().check(z.maxLength(20000));
export const Name = z.string().check(z.minLength(1), z.maxLength(500));

/** A language the kit ships complete. */
export const Lang = z.enum(['en', 'cy']);
export type Lang = z.infer<typeof Lang>;

/**
 * Wording in both languages. English is required; Welsh falls back to English for a user's own
 * framework, while every built-in framework carries both (a test checks it).
 */
export const LocalText = z.object({
  en: z.string().check(z.minLength(1), z.maxLength(5000)),
  cy: z.optional(z.string().check(z.maxLength(5000))),
});
export type LocalText = z.infer<typeof LocalText>;

/** ISO 8601 date (`2026-11-22`) or date-time; kept as text so it round-trips through JSON unchanged. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/));
export type IsoDate = z.infer<typeof IsoDate>;

/** A link a user supplied. Only http(s) and mailto are ever kept: `javascript:` and friends are refused. */
export const SafeUrl = z.string().check(
  z.maxLength(2000),
  z.refine((v) => /^(https?:\/\/|mailto:)/i.test(v.trim()), { message: 'link must start with http://, https:// or mailto:' }),
);
