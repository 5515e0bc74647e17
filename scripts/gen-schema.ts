// Writes schemas/annotations.schema.json from the zod schema in src/core/annotations/schema.ts.
// `--check` exits 1 instead when the committed file is out of date (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sidecarJsonSchemaText } from '../src/core/annotations/json-schema';

export const SCHEMA_PATH = resolve(__dirname, '..', 'schemas', 'annotations.schema.json');

const text = sidecarJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${SCHEMA_PATH} is out of date: run npm run gen:schema`);
    process.exit(1);
  }
} else {
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH}`);
}
