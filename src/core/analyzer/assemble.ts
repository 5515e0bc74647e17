// Links per-paragraph results into one Analysis: multi-paragraph quotes, entities across the
// article, speakers (entity names, pronouns, inheritance). Its cost is linear in the number of
// quotes, cues and entity candidates, not in the text, so the incremental path can rerun it on
// every edit and still agree exactly with a full analysis.

import type { Analysis, Attribution, AttributionMethod, Figure, Quote, Span, Speaker, Entity } from './types';
import type { ParagraphLocal } from './paragraph-local';
import type { EntityCandidate } from './entities';
import type { LocalCue } from './attribution';
import { resolveEntities, type ResolvedEntities } from './resolve-entities';

export interface ParagraphState extends Span {
  local: ParagraphLocal;
}

const SPEAKER_PRIORITY: Record<string, number> = { person: 3, organization: 2, place: 1 };
const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['they', 'we', 'i', 'it', 'you']);

interface Work {
  quote: Quote;
  para: number;
  cue: LocalCue | null; // global offsets
  /** index of the quote this one continues (multi-paragraph convention), or -1 */
  continues: number;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

interface Antecedent {
  start: number;
  end: number;
  name: string;
  entityId: string | null;
}

/** Words that make an unnamed speaker phrase a person ("a spokesperson", "the official"). */
const HUMAN_HEADS = /\b(?:spokesperson|spokesman|spokeswoman|official|minister|secretary|president|senator|governor|mayor|aide|adviser|advisor|analyst|lawmaker|diplomat|source|officer|commander|leader|chairman|chairwoman|chief|director|executive|lawyer|attorney|judge|prosecutor|professor|expert|witness|resident|worker|survivor|mother|father|woman|man|candidate|nominee|strategist|pollster|voter|delegate|negotiator|ambassador|envoy|manager|owner|founder|economist|researcher|doctor|nurse)\b/i;
const PREPOSITION_BEFORE = /\b(?:of|for|at|in|from|with|to|on|near)\s+(?:the\s+)?$/i;

class SpeakerResolver {
  /** mentions by end offset, for "the phrase ends with an entity name" */
  private readonly mentions: { start: number; end: number; entity: Entity }[];
  /** people mentioned outside quotes, and unnamed human speakers, in order: pronoun antecedents */
  private antecedents: Antecedent[] = [];

  constructor(
    private readonly text: string,
    resolved: ResolvedEntities,
    quotes: Span[],
  ) {
    this.mentions = resolved.mentions;
    let q = 0;
    for (let i = 0; i < resolved.mentions.length; i++) {
      const m = resolved.mentions[i];
      if (m.entity.type !== 'person') continue;
      while (q < quotes.length && quotes[q].end <= m.start) q++;
      if (q < quotes.length && quotes[q].start <= m.start) continue;
      this.antecedents.push({ start: m.start, end: m.end, name: m.entity.name, entityId: m.entity.id });
    }
  }

  /** Unnamed human speaker phrases ("A spokesperson for APM Terminals") can be "she" later. */
  addHumanSpeakers(nps: Span[]): void {
    const extra: Antecedent[] = [];
    for (let i = 0; i < nps.length; i++) {
      const np = nps[i];
      if (np.end - np.start > 80) continue;
      const r = this.resolve(np);
      if (r.method !== 'explicit' || r.speaker.entityId !== null || !HUMAN_HEADS.test(r.speaker.text)) continue;
      extra.push({ start: np.start, end: np.end, name: r.speaker.text, entityId: null });
    }
    if (extra.length === 0) return;
    this.antecedents = this.antecedents.concat(extra).sort((a, b) => a.end - b.end || a.start - b.start);
  }

  /** resolutions by phrase, so each phrase is resolved once (antecedents first, then for real) */
  private readonly memo = new Map<number, { end: number; r: { speaker: Speaker; method: AttributionMethod } }>();

  resolve(np: Span): { speaker: Speaker; method: AttributionMethod } {
    const hit = this.memo.get(np.start);
    if (hit && hit.end === np.end && hit.r.method !== 'pronoun') return hit.r;
    const r = this.resolveUncached(np);
    this.memo.set(np.start, { end: np.end, r });
    return r;
  }

  private resolveUncached(np: Span): { speaker: Speaker; method: AttributionMethod } {
    const text = this.text.slice(np.start, np.end);
    const lower = text.length <= 4 ? text.toLowerCase() : '';
    if (RESOLVABLE_PRONOUNS.has(lower)) {
      const m = this.lastBefore(np.start);
      return {
        speaker: { start: np.start, end: np.end, text, name: m ? m.name : text, entityId: m ? m.entityId : null },
        method: 'pronoun',
      };
    }
    if (OTHER_PRONOUNS.has(lower)) return { speaker: { start: np.start, end: np.end, text, name: text, entityId: null }, method: 'pronoun' };
    // a person named anywhere in the phrase; an organisation or place only as its head
    let best: { start: number; end: number; entity: Entity } | undefined;
    for (let i = this.firstMentionFrom(np.start); i < this.mentions.length && this.mentions[i].start < np.end; i++) {
      const m = this.mentions[i];
      if (m.end > np.end) continue;
      // a possessor is not the speaker: "Donald Trump’s spokesman"
      if (m.end < np.end && /^['’]s\b/.test(this.text.slice(m.end, m.end + 3))) continue;
      if (m.entity.type !== 'person') {
        if (m.end !== np.end || (m.start > np.start && PREPOSITION_BEFORE.test(this.text.slice(np.start, m.start)))) continue;
      }
      if (!best || SPEAKER_PRIORITY[m.entity.type] > SPEAKER_PRIORITY[best.entity.type] || (SPEAKER_PRIORITY[m.entity.type] === SPEAKER_PRIORITY[best.entity.type] && m.end - m.start > best.end - best.start)) best = m;
    }
    if (best) {
      return {
        speaker: { start: best.start, end: best.end, text: this.text.slice(best.start, best.end), name: best.entity.name, entityId: best.entity.id },
        method: 'explicit',
      };
    }
    return { speaker: { start: np.start, end: np.end, text, name: text, entityId: null }, method: 'explicit' };
  }

  private firstMentionFrom(at: number): number {
    const a = this.mentions;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastBefore(at: number): Antecedent | undefined {
    const a = this.antecedents;
    let lo = 0;
    let hi = a.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid].end <= at) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 ? a[best] : undefined;
  }
}

// assemble() and resolveEntities() run once per analysis, so their loops run mostly unoptimized,
// where for-of over an array allocates an iterator result per step: they use indexed loops.
/** `owned`: the caller drops `paras` afterwards (a full analysis), so their figures may be moved
 *  to global offsets in place instead of copied; the incremental path keeps its paragraphs. */
export function assemble(text: string, paras: ParagraphState[], owned = false): Analysis {
  const work: Work[] = [];
  const candGroups: { base: number; cands: EntityCandidate[] }[] = [];
  const figures: Figure[] = [];
  let carry = -1; // index in work of an open quote waiting for the next paragraph
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: base, local } = paras[pi];
    const nextOpens = pi + 1 < paras.length && paras[pi + 1].local.opensWithQuote;
    for (let qi = 0; qi < local.quotes.length; qi++) {
      const lq = local.quotes[qi];
      if (lq.open && !nextOpens) continue; // unbalanced: never swallows the rest
      let lc = local.quoteCues[qi];
      // "Caddell continued:" at the end of the previous paragraph
      let cueBase = base;
      if (!lc && qi === 0 && lq.start === 0 && pi > 0 && paras[pi - 1].local.trailingCue) {
        lc = paras[pi - 1].local.trailingCue;
        cueBase = paras[pi - 1].start;
      }
      const cue = lc ? { cue: shift(lc.cue, cueBase), np: shift(lc.np, cueBase) } : null;
      const continues = qi === 0 && lq.start === 0 && carry >= 0 ? carry : -1;
      work.push({
        quote: { start: lq.start + base, end: lq.end + base, text: text.slice(lq.start + base, lq.end + base), speaker: null, cue: null, method: 'none', partial: lq.partial },
        para: pi,
        cue,
        continues,
      });
    }
    const last = work[work.length - 1];
    carry = last && last.para === pi && local.quotes.length > 0 && local.quotes[local.quotes.length - 1].open && nextOpens ? work.length - 1 : -1;
    if (local.entities.length > 0) candGroups.push({ base, cands: local.entities });
    const figs = local.figures;
    for (let i = 0; i < figs.length; i++) {
      const f = figs[i];
      if (owned) {
        f.start += base;
        f.end += base;
        figures.push(f);
      } else figures.push({ start: f.start + base, end: f.end + base, text: f.text, kind: f.kind, value: f.value, unit: f.unit });
    }
  }

  const resolved = resolveEntities(candGroups);
  const resolver = new SpeakerResolver(text, resolved, work.map((w) => w.quote));
  const attributions: Attribution[] = [];
  const speakerPhrases: Span[] = [];
  for (let i = 0; i < work.length; i++) if (work[i].cue) speakerPhrases.push(work[i].cue!.np);
  // reported-speech phrases in global offsets, shifted once (used again below)
  const reportedNps: Span[] = [];
  for (let pi = 0; pi < paras.length; pi++) {
    const reported = paras[pi].local.reported;
    for (let i = 0; i < reported.length; i++) reportedNps.push(shift(reported[i].np, paras[pi].start));
  }
  for (let i = 0; i < reportedNps.length; i++) speakerPhrases.push(reportedNps[i]);
  resolver.addHumanSpeakers(speakerPhrases);

  for (let wi = 0; wi < work.length; wi++) {
    const w = work[wi];
    if (!w.cue) continue;
    const { speaker, method } = resolver.resolve(w.cue.np);
    w.quote.speaker = speaker;
    w.quote.method = method;
    const c = w.cue.cue;
    w.quote.cue = { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
    attributions.push({
      start: Math.min(speaker.start, w.cue.cue.start, w.quote.start),
      end: Math.max(speaker.end, w.cue.cue.end, w.quote.end),
      speaker,
      cue: w.quote.cue,
      content: { start: w.quote.start, end: w.quote.end },
      reported: false,
    });
  }
  // multi-paragraph quotes share one speaker: a part without a cue takes the chain's
  const roots = new Int32Array(work.length);
  for (let i = 0; i < work.length; i++) roots[i] = work[i].continues >= 0 ? roots[work[i].continues] : i;
  const chainSpeaker = new Map<number, Work>();
  for (let i = 0; i < work.length; i++) {
    const root = roots[i];
    if (work[i].quote.speaker && !chainSpeaker.has(root)) chainSpeaker.set(root, work[i]);
  }
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (w.quote.speaker) continue;
    const inChain = w.continues >= 0 || (i + 1 < work.length && work[i + 1].continues === i);
    const from = inChain ? chainSpeaker.get(roots[i]) : undefined;
    if (from) {
      w.quote.speaker = from.quote.speaker;
      w.quote.method = 'inherited';
      continue;
    }
    // a quote with no cue takes the speaker of the previous quote, same or previous paragraph
    if (!w.quote.partial && i > 0) {
      const prev = work[i - 1];
      if (prev.quote.speaker && w.para - prev.para <= 1) {
        w.quote.speaker = prev.quote.speaker;
        w.quote.method = 'inherited';
      }
    }
  }

  const quoteAttributions = attributions.splice(0, attributions.length);
  echoSpeakers(work, paras);
  let ri = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const { start: base, local } = paras[pi];
    for (let i = 0; i < local.reported.length; i++) {
      const r = local.reported[i];
      const np = reportedNps[ri++];
      const cueStart = r.cue.start + base;
      const cueEnd = r.cue.end + base;
      const content = shift(r.content, base);
      const { speaker } = resolver.resolve(np);
      attributions.push({
        start: Math.min(speaker.start, cueStart, content.start),
        end: Math.max(speaker.end, cueEnd, content.end),
        speaker,
        cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
        content,
        reported: true,
      });
    }
  }
  const ordered = merge(sortIfNeeded(quoteAttributions, byAttribution), sortIfNeeded(attributions, byAttribution), byAttribution);
  sortIfNeeded(figures, bySpan);
  return { quotes: work.map((w) => w.quote), attributions: ordered, figures, entities: resolved.entities };
}

const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const byAttribution = (a: Attribution, b: Attribution) => a.start - b.start || a.end - b.end || Number(a.reported) - Number(b.reported);

/** Results mostly arrive in order: check first, sort only when needed. */
function sortIfNeeded<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    if (cmp(xs[i - 1], xs[i]) > 0) return xs.sort(cmp);
  }
  return xs;
}

function merge<T>(a: T[], b: T[], cmp: (x: T, y: T) => number): T[] {
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = cmp(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** How many attributed quotes on each side an unattributed one is compared with. */
const ECHO_WINDOW = 40;
const HEADLINE_MAX = 160;

function echoKey(q: Quote): string {
  return q.text.slice(1, -1).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A headline quote repeats words said later ("‘We lost everything’"): it takes that speaker.
 *  Only short (headline-like) paragraphs are checked, against a bounded window of quotes. */
function echoSpeakers(work: Work[], paras: ParagraphState[]): void {
  const keys = new Map<number, string>();
  const keyOf = (i: number) => {
    let k = keys.get(i);
    if (k === undefined) keys.set(i, (k = echoKey(work[i].quote)));
    return k;
  };
  for (let i = 0; i < work.length; i++) {
    const q = work[i].quote;
    if (q.speaker || q.partial || q.text.length < 10 || paras[work[i].para].local.length > HEADLINE_MAX) continue;
    const key = keyOf(i);
    if (key.length < 8) continue;
    for (let d = 1; d <= ECHO_WINDOW; d++) {
      let hit = -1;
      // the quote d after first, then d before (no array per step: this loop runs 80 times a quote)
      for (let side = 0; side < 2 && hit < 0; side++) {
        const j = side === 0 ? i + d : i - d;
        const o = work[j]?.quote;
        if (o && o.speaker && o.text.length > q.text.length && keyOf(j).includes(key)) hit = j;
      }
      if (hit >= 0) {
        q.speaker = work[hit].quote.speaker;
        q.method = 'inherited';
        break;
      }
    }
  }
}
