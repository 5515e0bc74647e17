// Loads the hand-annotated gold fixtures (test/fixtures/gold/*.gold.json) and turns their
// text-based annotations ("the 2nd whole-word “Yoon”") into offsets. Shared by the evals and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType, Span } from '../../src/core/analyzer/types';

interface MentionSpec {
  text: string;
  all?: boolean;
  nth?: number[];
}

interface GoldFile {
  article: string;
  quotes: { text: string; nth?: number; speaker: string | null; partial: boolean; method?: string }[];
  reported: { speaker: string; cue: string; content: string }[];
  entities: { type: EntityType; name: string; role?: string; mentions: MentionSpec[] }[];
}

export interface GoldQuote extends Span {
  speaker: string | null;
  partial: boolean;
  method?: string;
}

export interface GoldReported {
  speaker: string;
  cue: Span & { text: string };
  content: Span;
}

export interface GoldMention extends Span {
  type: EntityType;
  entity: string;
}

export interface GoldArticle {
  name: string;
  text: string;
  quotes: GoldQuote[];
  reported: GoldReported[];
  mentions: GoldMention[];
  entities: { type: EntityType; name: string; role?: string }[];
}

export const GOLD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/gold');

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Offsets of the whole-word occurrences of `needle` in `text`. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) out.push(i);
  }
  return out;
}

function occurrence(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let n = 0; n <= nth; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`gold text not found: ${needle} (#${nth})`);
  }
  return at;
}

export function loadGold(dir = GOLD_DIR): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
    const text = readFileSync(resolve(dir, g.article), 'utf8');
    const quotes = g.quotes.map((q) => {
      const start = occurrence(text, q.text, q.nth ?? 0);
      return { start, end: start + q.text.length, speaker: q.speaker, partial: q.partial, method: q.method };
    });
    const reported = g.reported.map((r) => {
      const cs = occurrence(text, r.content);
      // the cue nearest the content (before or after it)
      let best = -1;
      for (const at of wholeWordOccurrences(text, r.cue)) if (best < 0 || Math.abs(at - cs) < Math.abs(best - cs)) best = at;
      if (best < 0) throw new Error(`gold cue not found: ${r.cue}`);
      return { speaker: r.speaker, cue: { start: best, end: best + r.cue.length, text: r.cue }, content: { start: cs, end: cs + r.content.length } };
    });
    const mentions: GoldMention[] = [];
    for (const e of g.entities) {
      for (const m of e.mentions) {
        const occ = wholeWordOccurrences(text, m.text);
        const picked = m.all ? occ : (m.nth ?? []).map((k) => occ[k]);
        for (const at of picked) {
          if (at === undefined) throw new Error(`gold mention not found: ${m.text}`);
          mentions.push({ start: at, end: at + m.text.length, type: e.type, entity: e.name });
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    out.push({ name: f.replace(/\.gold\.json$/, ''), text, quotes, reported, mentions, entities: g.entities.map(({ type, name, role }) => ({ type, name, role })) });
  }
  return out;
}
