// The sidecar format (`<article>.annotations.json`): the single source of truth for its shape.
// `scripts/gen-schema.ts` turns it into schemas/annotations.schema.json (editor validation); a unit test
// keeps the two from drifting. Shaped on the W3C Web Annotation model so export is a mapping, not a rewrite.
// Objects are loose: keys a newer Newsmark (or another tool) adds survive a read-modify-write round trip.

import { z } from 'zod';

export const SIDECAR_FORMAT = 'newsmark-annotations';
/** The newest sidecar version this code reads and writes. */
export const SIDECAR_VERSION = 1;

export const textQuoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).describe('The tagged words, exactly as in the article.'),
  prefix: z.string().default('').describe('Up to ~32 characters just before `exact`, to tell repeated quotes apart.'),
  suffix: z.string().default('').describe('Up to ~32 characters just after `exact`.'),
});

export const textPositionSelectorSchema = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative().describe('UTF-16 code unit offset of the first character.'),
    end: z.number().int().nonnegative().describe('UTF-16 code unit offset just past the last character (exclusive).'),
  })
  .refine((s) => s.start < s.end, { message: 'start must be less than end', path: ['end'] });

export const selectorSchema = z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema]);

export const targetSchema = z.looseObject({
  selector: z
    .array(selectorSchema)
    .min(1)
    // the quote is what survives edits; the position is only a fast path
    .refine((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, {
      message: 'needs exactly one TextQuoteSelector',
    })
    .refine((list) => list.filter((s) => s.type === 'TextPositionSelector').length <= 1, {
      message: 'at most one TextPositionSelector',
    }),
});

const isoDate = z.iso.datetime({ offset: true });

export const annotationSchema = z.looseObject({
  id: z.string().min(1).describe('Unique id, e.g. "urn:uuid:…".'),
  type: z.literal('Annotation'),
  motivation: z.literal('assessing'),
  label: z.string().min(1).describe('Claim label id (one of the `newsmark.claimLabels` ids).'),
  note: z.string().default(''),
  creator: z.looseObject({ name: z.string() }),
  created: isoDate,
  modified: isoDate,
  target: targetSchema,
});

export const sidecarSchema = z
  .looseObject({
    $schema: z.string().optional(),
    format: z.literal(SIDECAR_FORMAT),
    version: z.literal(SIDECAR_VERSION),
    article: z.looseObject({ name: z.string() }).optional(),
    annotations: z.array(annotationSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.annotations.forEach((a, i) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${a.id}`, path: ['annotations', i, 'id'] });
      seen.add(a.id);
    });
  });

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type Selector = z.infer<typeof selectorSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type SidecarFile = z.infer<typeof sidecarSchema>;
