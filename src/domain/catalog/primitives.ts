import * as z from 'zod/mini';

/** Ids are URL-safe slugs because they appear in routes (`/p/:id`) and in shelf-label QR payloads. */
export const slug = z
  .string({ error: 'must be a string' })
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase slug (a-z, 0-9, single dashes)' }),
    z.maxLength(64, { error: 'must be at most 64 characters' }),
  );

/**
 * Control characters, zero-width characters and bidi controls: invisible in a name, and able to make one
 * look empty or reorder a price into it on screen ("Apples special price ¥0.10" drawn from other text).
 */
const invisible =
  // The control ranges are the point of this pattern.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

const nonEmptyText = z.string({ error: 'must be a string' }).check(
  z.trim(),
  z.minLength(1, { error: 'must not be empty' }),
  z.maxLength(200, { error: 'must be at most 200 characters' }),
  z.refine((text) => !invisible.test(text), {
    error: 'must not contain control, zero-width or bidi characters',
  }),
);

/** Every shopper-visible text comes in both supported locales. */
export const localized = z.strictObject({ 'zh-CN': nonEmptyText, en: nonEmptyText });

export const positiveInt = z
  .number({ error: 'must be a number' })
  .check(z.int({ error: 'must be a positive integer' }), z.positive({ error: 'must be a positive integer' }));

/** Money is integer fen; anything else (floats, strings, NaN) is a data error, never rounded silently. */
export const fen = {
  positive: z
    .number({ error: 'must be a positive integer' })
    .check(
      z.int({ error: 'must be a positive integer' }),
      z.positive({ error: 'must be a positive integer' }),
      z.maximum(Number.MAX_SAFE_INTEGER, { error: 'must be a safe integer' }),
    ),
  nonNegative: z
    .number({ error: 'must be a non-negative integer' })
    .check(
      z.int({ error: 'must be a non-negative integer' }),
      z.minimum(0, { error: 'must be a non-negative integer' }),
      z.maximum(Number.MAX_SAFE_INTEGER, { error: 'must be a safe integer' }),
    ),
};

export const instant = z.iso.datetime({
  offset: true,
  error: 'must be an ISO-8601 date-time with an offset',
});

/**
 * Asset paths are relative to our own origin: no scheme, no protocol-relative `//host`, no leading `/`,
 * no `..` segments, no backslashes. This keeps every model on our origin (CSP, offline cache) and stops a
 * catalog from pointing the app at someone else's server.
 */
export const safeAssetPath = z.string({ error: 'must be a string' }).check(
  z.maxLength(200, { error: 'must be at most 200 characters' }),
  z.refine((path) => !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/') && !path.includes('\\'), {
    error: 'must be a relative path on this site (no URL, no leading slash)',
  }),
  z.refine((path) => !path.split('/').some((segment) => segment === '..' || segment === '.'), {
    error: 'must not contain "." or ".." segments',
  }),
  z.refine((path) => /^[A-Za-z0-9_\-/.]+\.(glb|png|webp|jpg)$/.test(path), {
    error: 'must name a .glb, .png, .webp or .jpg file with plain characters',
  }),
);
