// The semantic tokens of an analysis as plain spans (no vscode here, so the bench can time it).
import type { Analysis, EntityType } from '../../core/analyzer';
import { definingMention, entityById } from './lookup';

/** Standard token types, so every theme colours them (see LEGEND in semanticTokens.ts). */
const TYPES: Record<EntityType, string> = { person: 'variable', organization: 'class', place: 'namespace' };

export interface Token {
  start: number;
  end: number;
  type: string;
  modifiers: string[];
}

export function tokensOf(a: Analysis): Token[] {
  const speakers = new Set<number>();
  const quotes = a.quotes.filter((q) => !q.partial).sort((x, y) => x.start - y.start);
  const tokens: Token[] = [];
  for (const q of a.quotes) {
    if (!q.speaker) continue;
    speakers.add(q.speaker.start);
  }
  // a full quote is someone's words: it keeps its string colour, names inside it are not recoloured
  const quoteStarts = quotes.map((q) => q.start);
  const inQuote = (s: number) => {
    let lo = 0;
    let hi = quotes.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quoteStarts[mid] <= s) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && s < quotes[last].end;
  };
  for (const e of a.entities) {
    const def = definingMention(e);
    for (const m of e.mentions) {
      if (inQuote(m.start)) continue;
      const modifiers = [...(m === def ? ['declaration'] : []), ...(speakers.has(m.start) ? ['speaker'] : [])];
      tokens.push({ start: m.start, end: m.end, type: TYPES[e.type], modifiers });
      speakers.delete(m.start);
    }
  }
  // speakers that are not an entity mention ("the official")
  for (const q of a.quotes) {
    const s = q.speaker;
    if (!s || !speakers.has(s.start)) continue;
    speakers.delete(s.start);
    tokens.push({ start: s.start, end: s.end, type: TYPES[entityById(a, s.entityId)?.type ?? 'person'], modifiers: ['speaker'] });
  }
  return tokens.sort((x, y) => x.start - y.start);
}
