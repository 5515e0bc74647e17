// Shared test data: the sample article and a small sidecar built from it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addClaim, type SidecarFile } from '../../../src/core/annotations';

export const ARTICLE = readFileSync(resolve(__dirname, '../../../samples/korea-artillery-shells.article'), 'utf8');

export function spanOf(text: string, words: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

export const NOW = '2026-11-28T23:58:00.000Z';

/** Two claims on the sample article, with fixed ids. */
export function sampleFile(): SidecarFile {
  const a = addClaim(null, {
    text: ARTICLE,
    ...spanOf(ARTICLE, 'Washington plans to buy 100,000 South Korean-made artillery shells'),
    label: 'verified',
    note: 'Confirmed by Reuters.',
    creator: 'ana',
    now: NOW,
    articleName: 'korea-artillery-shells.article',
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  });
  return addClaim(a.file, {
    text: ARTICLE,
    ...spanOf(ARTICLE, 'The official warned that news of the talks being made public could threaten the deal.'),
    label: 'needs-source',
    creator: 'ana',
    now: NOW,
    id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
  }).file;
}
