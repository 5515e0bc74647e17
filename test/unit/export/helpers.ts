// Shared builders for export/import tests: a hand-made Analysis, so the exporters are tested on
// known spans independently of the analyzer.
import { addClaim, emptySidecar, type SidecarFile } from '../../../src/core/annotations';
import type { Analysis } from '../../../src/core/analyzer/types';
import type { ExportInput } from '../../../src/core/export/types';

export const NOW = '2026-11-29T01:00:00.000Z';

export function span(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return { start, end: start + words.length, text: words };
}

export function claim(file: SidecarFile | null, text: string, words: string, label: string, note = '', id?: string): SidecarFile {
  const s = span(text, words);
  return addClaim(file ?? emptySidecar('a.article'), { text, start: s.start, end: s.end, label, note, creator: 'Ana', now: NOW, id }).file;
}

/** 🙂 before everything so UTF-16 and code point offsets differ; a quote over two lines. */
export const TEXT = '🙂 Seoul will sell 100,000 shells, the ministry said.\n“We never sent\nlethal weapons,” Yoon told reporters.\n';

export function sampleInput(sidecar: SidecarFile | null = null): ExportInput {
  const t = TEXT;
  const quote = span(t, '“We never sent\nlethal weapons,”');
  const yoon = span(t, 'Yoon');
  const told = span(t, 'told');
  const analysis: Analysis = {
    quotes: [{ ...quote, speaker: { ...yoon, name: 'Yoon Suk-yeol', entityId: 'person:yoon' }, cue: told, method: 'explicit', partial: false }],
    attributions: [
      {
        ...span(t, 'Seoul will sell 100,000 shells, the ministry said'),
        speaker: { ...span(t, 'the ministry'), name: 'the ministry', entityId: 'org:ministry' },
        cue: span(t, 'said'),
        content: { start: span(t, 'Seoul').start, end: span(t, 'shells').end },
        reported: true,
      },
    ],
    figures: [{ ...span(t, '100,000 shells'), kind: 'count', value: 100000, unit: 'shells' }],
    entities: [
      { id: 'person:yoon', type: 'person', name: 'Yoon Suk-yeol', mentions: [yoon] },
      { id: 'place:seoul', type: 'place', name: 'Seoul', mentions: [span(t, 'Seoul')] },
      { id: 'org:ministry', type: 'organization', name: 'Defence ministry', mentions: [span(t, 'ministry')] },
    ],
  };
  return { articleUri: 'file:///news/a.article', text: t, analysis, sidecar, meta: { url: 'https://example.com/a', datePublished: '2022-11-10', headline: 'Shells' } };
}
