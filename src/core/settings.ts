// The `newsmark.*` settings: defaults, zod schemas, and a forgiving parser. A typo in settings.json must
// never break the extension, so each invalid piece falls back to its default and is reported.
// Keep in step with package.json `contributes.configuration`.

import { z } from 'zod';

export const claimLabelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and dashes'),
  title: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'color must be #RRGGBB'),
});

export type ClaimLabel = z.infer<typeof claimLabelSchema>;

export const DEFAULT_LABELS: readonly ClaimLabel[] = Object.freeze([
  { id: 'verified', title: 'Verified', color: '#2E9E4F' },
  { id: 'disputed', title: 'Disputed', color: '#D98E04' },
  { id: 'false', title: 'False', color: '#D13438' },
  { id: 'misleading', title: 'Misleading', color: '#C2410C' },
  { id: 'needs-source', title: 'Needs source', color: '#2F7FD1' },
  { id: 'opinion', title: 'Opinion', color: '#8A63D2' },
]);

/** `newsmark.claimLabels`: a non-empty list with unique ids. */
export const claimLabelsSchema = z
  .array(claimLabelSchema)
  .min(1)
  .refine((l) => new Set(l.map((x) => x.id)).size === l.length, 'label ids must be unique');

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s ? s : undefined)); // package.json defaults these to ""

export const settingsSchema = z.object({
  claimLabels: claimLabelsSchema.default(() => DEFAULT_LABELS.map((l) => ({ ...l }))),
  semanticHighlighting: z.boolean().default(true),
  decorations: z
    .object({ quotes: z.boolean().default(true), figures: z.boolean().default(true), entities: z.boolean().default(true) })
    .default({ quotes: true, figures: true, entities: true }),
  /** empty: the OS user name (resolved by the VS Code layer) */
  creator: z.string().default(''),
  export: z.object({ url: optionalText, datePublished: optionalText }).default({ url: undefined, datePublished: undefined }),
  maxAnalysisSize: z.number().nonnegative().default(20_000_000),
});

export type NewsmarkSettings = z.infer<typeof settingsSchema>;

export function defaultSettings(): NewsmarkSettings {
  return settingsSchema.parse({});
}

// The leaves, by their key under `newsmark.` (as package.json declares them).
const LEAVES: Record<string, z.ZodType> = {
  claimLabels: claimLabelsSchema,
  semanticHighlighting: z.boolean(),
  'decorations.quotes': z.boolean(),
  'decorations.figures': z.boolean(),
  'decorations.entities': z.boolean(),
  creator: z.string(),
  'export.url': z.string(),
  'export.datePublished': z.string(),
  maxAnalysisSize: z.number().nonnegative().finite(),
};

/** Every setting key under `newsmark.`, for readers that fetch them one by one (the VS Code layer). */
export const SETTING_KEYS: readonly string[] = Object.keys(LEAVES);

/**
 * Validates raw settings, given flat (`{"decorations.quotes": false}`, keys with or without the `newsmark.`
 * prefix) or nested (`{decorations: {quotes: false}}`). Invalid pieces keep their default; never throws.
 * In a label list, invalid or duplicate labels are dropped; if none is left the defaults are used.
 */
export function parseSettings(raw: unknown): { settings: NewsmarkSettings; errors: string[] } {
  const errors: string[] = [];
  const flat = flatten(raw);
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const schema = LEAVES[key];
    if (!schema || value === undefined || value === null) continue; // unknown keys: another version's settings
    if (key === 'claimLabels') {
      const labels = parseLabels(value, errors);
      if (labels) setPath(nested, key, labels);
      continue;
    }
    const r = schema.safeParse(value);
    if (r.success) setPath(nested, key, r.data);
    else errors.push(`newsmark.${key}: ${r.error.issues[0]?.message ?? 'invalid'} (using the default)`);
  }
  const parsed = settingsSchema.safeParse(nested);
  // every leaf was checked above, so this only fails if the two lists drift apart
  return parsed.success ? { settings: parsed.data, errors } : { settings: defaultSettings(), errors: [...errors, parsed.error.message] };
}

function parseLabels(value: unknown, errors: string[]): ClaimLabel[] | undefined {
  if (!Array.isArray(value)) {
    errors.push('newsmark.claimLabels: expected a list of {id, title, color} (using the default labels)');
    return undefined;
  }
  const labels: ClaimLabel[] = [];
  value.forEach((item, i) => {
    const r = claimLabelSchema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0];
      errors.push(`newsmark.claimLabels[${i}]${issue?.path.length ? '.' + issue.path.join('.') : ''}: ${issue?.message ?? 'invalid'} (label ignored)`);
    } else if (labels.some((l) => l.id === r.data.id)) {
      errors.push(`newsmark.claimLabels[${i}]: duplicate id "${r.data.id}" (label ignored)`);
    } else {
      labels.push(r.data);
    }
  });
  if (labels.length === 0) {
    errors.push('newsmark.claimLabels: no valid label (using the default labels)');
    return undefined;
  }
  return labels;
}

/** {a: {b: 1}, "c.d": 2, "newsmark.e": 3} → {"a.b": 1, "c.d": 2, e: 3}; label lists stay whole. */
function flatten(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (obj: unknown, prefix: string): void => {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return;
    for (const [k, v] of Object.entries(obj)) {
      const key = (prefix + k).replace(/^newsmark\./, '');
      if (key === 'newsmark' || (typeof v === 'object' && v !== null && !Array.isArray(v) && !(key in LEAVES))) walk(v, key === 'newsmark' ? '' : `${key}.`);
      else out[key] = v;
    }
  };
  walk(raw, '');
  return out;
}

function setPath(obj: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
  cur[parts[parts.length - 1]] = value;
}
