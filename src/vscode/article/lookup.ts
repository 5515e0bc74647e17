// Position queries on an Analysis (what is under the cursor?), with a sorted index built once per
// analysis: hovers and highlights must answer fast on a 1 MB article.
import type { Analysis, Entity, Figure, Mention, Quote, Span } from '../../core/analyzer';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

interface Index {
  mentions: MentionHit[];
  quotes: Quote[];
  figures: Figure[];
  /** quotes with a speaker, by the speaker's position */
  bySpeaker: Quote[];
  byId: Map<string, Entity>;
}

const indexes = new WeakMap<Analysis, Index>();

function indexOf(a: Analysis): Index {
  let idx = indexes.get(a);
  if (!idx) {
    const mentions = a.entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
    mentions.sort((x, y) => x.mention.start - y.mention.start);
    const byStart = <T extends Span>(xs: T[]) => [...xs].sort((x, y) => x.start - y.start);
    const bySpeaker = a.quotes.filter((q) => q.speaker).sort((x, y) => x.speaker!.start - y.speaker!.start);
    idx = { mentions, quotes: byStart(a.quotes), figures: byStart(a.figures), bySpeaker, byId: new Map(a.entities.map((e) => [e.id, e])) };
    indexes.set(a, idx);
  }
  return idx;
}

/** The innermost span of `xs` (sorted by start) holding `offset`; spans may nest, so scan back a little. */
function findAt<T>(xs: T[], span: (x: T) => Span, offset: number): T | undefined {
  let lo = 0;
  let hi = xs.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (span(xs[mid]).start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // end is exclusive, but a cursor right after a word still "touches" it (as in VS Code's word ranges)
  for (let i = last; i >= 0 && i > last - 8; i--) {
    const s = span(xs[i]);
    if (s.start <= offset && offset <= s.end) return xs[i];
  }
  return undefined;
}

export function mentionAt(a: Analysis, offset: number): MentionHit | undefined {
  return findAt(indexOf(a).mentions, (h) => h.mention, offset);
}

export function quoteAt(a: Analysis, offset: number): Quote | undefined {
  return findAt(indexOf(a).quotes, (q) => q, offset);
}

export function figureAt(a: Analysis, offset: number): Figure | undefined {
  return findAt(indexOf(a).figures, (f) => f, offset);
}

export function entityById(a: Analysis, id: string | null | undefined): Entity | undefined {
  return id ? indexOf(a).byId.get(id) : undefined;
}

/** The speaker span of a quote under the cursor ("…," Blinken said: on "Blinken"). */
export function speakerAt(a: Analysis, offset: number): Quote | undefined {
  return findAt(indexOf(a).bySpeaker, (q) => q.speaker!, offset);
}

/** Quotes attributed to an entity, in text order. */
export function quotesOf(a: Analysis, entity: Entity): Quote[] {
  return indexOf(a).quotes.filter((q) => q.speaker?.entityId === entity.id);
}

/** Where Go to Definition lands: the first mention spelled as the canonical name, else the first mention. */
export function definingMention(entity: Entity): Mention | undefined {
  return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
}

/** Number of words in a quote (without its marks): the report's "how much" measure. */
export function wordCount(text: string): number {
  return text.replace(/^[“"‘']|[”"’']$/g, '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
