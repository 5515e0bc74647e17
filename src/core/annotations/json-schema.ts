// The JSON Schema of the sidecar, generated from the zod schema (never edited by hand). VS Code uses the
// committed copy (schemas/annotations.schema.json, via package.json jsonValidation) to validate and
// complete hand-edited sidecars; `npm run gen:schema` rewrites it.

import { z } from 'zod';
import { sidecarSchema } from './schema';

export function sidecarJsonSchemaText(): string {
  // io "input": the schema checks files as written, where defaulted keys (note, prefix, suffix) may be missing
  const generated = z.toJSONSchema(sidecarSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const doc = {
    $schema,
    title: 'Newsmark annotations',
    description: 'Claim tags of a news article (<article>.annotations.json), shaped on the W3C Web Annotation model.',
    ...rest,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
