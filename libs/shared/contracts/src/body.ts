import { z } from 'zod';

export const BODY_KINDS = ['BOARD', 'GROUP'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A body's slug: lower-case words joined by single hyphens, as used in `/bodies/{slug}`. */
export const bodySlugSchema = z
  .string()
  .min(1, 'Enter a slug')
  .max(80, 'Slug must be 80 characters or fewer')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Slug must be lower-case letters, numbers and single hyphens',
  );
