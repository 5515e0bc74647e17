// Links per-paragraph results into one Analysis: multi-paragraph quotes, entities across the
// article, speakers (entity names, pronouns, inheritance). Its cost is linear in the number of
// quotes, cues and entity candidates, not in the text, so the incremental path can rerun it on
// every edit and still agree exactly with a full analysis.

import type { Analysis, Attribution, AttributionMethod, Figure, Quote, Span, Speaker, Entity } from './types';
import type { ParagraphLocal } from './paragraph-local';
import type { LocalCue, LocalReported } from './attribution';
import { resolveEntities, type CandidateGroups, type ResolvedEntities } from './resolve-entities';
import { CAND_SIZE, C_START, C_END, type EntityCandidates } from './entities';
import { personGender, phraseGender, pronounGender, type Gender } from './gender';
import { firstAtOrAfter } from './search';

export interface ParagraphState extends Span {
  local: ParagraphLocal;
}

const SPEAKER_PRIORITY: Record<string, number> = { person: 3, organization: 2, place: 1 };
const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['they', 'we', 'i', 'it', 'you']);

// Cues stay in their paragraph's offsets with the paragraph start beside them: shifted copies of
// every cue and speaker phrase were a large part of what assemble allocated.
interface Work {
  /** the quote's span (text offsets) and partial flag: its Quote is made in finish, so the incremental
   *  path and a short text get young quotes (made per paragraph, they lived through a full analysis,
   *  V8 put that allocation site in the old generation, and every edit's quotes went there too) */
  start: number;
  end: number;
  partial: boolean;
  /** the quote's paragraph: its index, start and length */
  para: number;
  paraStart: number;
  paraLength: number;
  /** the paragraph's reported speech: reported[reportedFrom, reportedTo) of the Linker */
  reportedFrom: number;
  reportedTo: number;
  cue: LocalCue | null;
  /** start of the paragraph `cue` is relative to (the previous one for a trailing "He said:") */
  cueBase: number;
  /** the sentence's subject and verb, when no speech cue was found (paragraph offsets) */
  subject: LocalCue | null;
  /** the previous sentence's subject, for a quote opening a sentence (paragraph offsets) */
  intro: LocalCue | null;
  /** index of the quote this one continues (multi-paragraph convention), or -1 */
  continues: number;
  /** index of `cue`'s speaker phrase in the resolver's list, or -1 */
  phrase: number;
}

interface Resolution {
  speaker: Speaker;
  method: AttributionMethod;
  /** end of the phrase it resolves (the memo's check) */
  npEnd: number;
}

interface Antecedent {
  start: number;
  end: number;
  name: string;
  entityId: string | null;
  gender: Gender;
}

// Text read beyond the per-paragraph results: besides each quote's, cue's and speaker phrase's own
// text, these windows. The incremental path moves the old output instead of relinking only when an
// edit changes none of it (incremental-same.ts): keep that file in step with any new read.
/** Characters before a name read for its gender ("Mrs. Lynch"). */
export const NAME_CONTEXT = 14;
/** Characters before a partial quote read to tell a title ("on “Face the Nation”"). */
export const TITLE_CONTEXT = 24;

/** How many antecedents back a pronoun looks for one of its gender. */
const GENDER_LOOKBACK = 24;

/** "the prime minister", "his agent", "the Portuguese club": a determiner and up to three words. */
const NOMINAL = /^(?:the|his|her|its|their)\s+((?:[A-Za-z-]+\s+){0,2}[a-z-]+)$/;
/** Heads of a phrase that names the organisation last mentioned ("the company said"). */
const ORG_REFERENCES = new Set(['company', 'club', 'firm', 'group', 'party', 'union', 'team', 'bank', 'airline', 'carrier', 'broadcaster', 'network', 'newspaper', 'agency', 'commission', 'council', 'committee', 'organisation', 'organization', 'manufacturer', 'maker', 'retailer', 'alliance', 'coalition', 'court', 'watchdog', 'regulator']);
/** Heads of a phrase that names the person with that role ("the prime minister", "his lawyer"). */
const ROLE_HEADS = new Set(['minister', 'president', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'judge', 'prosecutor', 'lawyer', 'attorney', 'agent', 'coach', 'manager', 'director', 'chief', 'executive', 'chairman', 'chairwoman', 'chair', 'leader', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'commissioner', 'general', 'commander', 'captain', 'striker', 'councilman', 'councilwoman', 'founder', 'owner', 'ceo', 'candidate', 'nominee', 'king', 'queen', 'prince', 'pope']);
/** News outlets are mentioned in datelines: never "the company". */
const NEWS_ORGS = /\b(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|Yonhap|Xinhua|Bloomberg|BBC|CNN|News|Times|Post|Journal|Press|Herald|Guardian|Telegraph|Tribune|Gazette)\b/;
/** How many mentions back a role or organisation phrase looks for its entity. */
const NOMINAL_LOOKBACK = 200;

/** "Prime Minister" fits "prime minister" and "minister"; "sporting director" fits "director". */
function roleFits(role: string, words: string): boolean {
  const r = role.toLowerCase();
  const tail = words.replace(/^(?:[a-z-]+\s+)*?(?=(?:[a-z-]+\s+)?[a-z-]+$)/, '');
  return r === words || r.endsWith(' ' + words) || r.endsWith(' ' + tail) || r === tail;
}

/** Words that make an unnamed speaker phrase a person ("a spokesperson", "the official"). */
const HUMAN_HEADS = /\b(?:spokesperson|spokesman|spokeswoman|official|minister|secretary|president|senator|governor|mayor|aide|adviser|advisor|analyst|lawmaker|diplomat|source|officer|commander|leader|chairman|chairwoman|chief|director|executive|lawyer|attorney|judge|prosecutor|professor|expert|witness|resident|worker|survivor|mother|father|woman|man|candidate|nominee|strategist|pollster|voter|delegate|negotiator|ambassador|envoy|manager|owner|founder|economist|researcher|doctor|nurse)\b/i;
const PREPOSITION_BEFORE = /\b(?:of|for|at|in|from|with|to|on|near)\s+(?:the\s+)?$/i;

/** Does "’s" or "'s" start at `i`, ending a word (/^['’]s\b/ without slicing a string per mention)?
 *  A possessor ("Donald Trump’s spokesman") is not the speaker. */
export function possessiveAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c !== 39 && c !== 0x2019) || text.charCodeAt(i + 1) !== 115) return false;
  const d = text.charCodeAt(i + 2); // NaN past the end: a boundary too
  return !((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95);
}

class SpeakerResolver {
  /** every entity mention in text order (resolve-entities.ts): starts, ends and entities */
  private readonly mStart: number[];
  private readonly mEnd: number[];
  private readonly mEntity: Entity[];
  /** people mentioned outside quotes, and unnamed human speakers, in order: pronoun antecedents */
  private antecedents: Antecedent[] = [];

  constructor(
    private readonly text: string,
    resolved: ResolvedEntities,
    quotes: Span[],
  ) {
    this.mStart = resolved.mentionStarts;
    this.mEnd = resolved.mentionEnds;
    this.mEntity = resolved.mentionEntities;
    const genders = new Map<Entity, Gender>();
    let q = 0;
    for (let i = 0; i < this.mStart.length; i++) {
      const entity = this.mEntity[i];
      const start = this.mStart[i];
      if (entity.type !== 'person') continue;
      while (q < quotes.length && quotes[q].end <= start) q++;
      if (q < quotes.length && quotes[q].start <= start) continue;
      let gender = genders.get(entity);
      if (gender === undefined) genders.set(entity, (gender = this.genderOf(entity)));
      this.antecedents.push({ start, end: this.mEnd[i], name: entity.name, entityId: entity.id, gender });
    }
  }

  /** the speaker phrases of cues and reported speech, as start, end pairs (addHumanSpeakers), and
   *  each one's resolution: resolved once, looked up by index instead of a map by offset */
  private phrases: number[] = [];
  private phraseRes: (Resolution | undefined)[] = [];

  /** Unnamed human speaker phrases ("A spokesperson for APM Terminals") can be "she" later.
   *  `nps` holds start, end pairs in text offsets: every cue's and reported speech's phrase, which
   *  resolvePhrase(k) then serves. */
  addHumanSpeakers(nps: number[]): void {
    this.phrases = nps;
    this.phraseRes = new Array<Resolution | undefined>(nps.length >> 1);
    const extra: Antecedent[] = [];
    for (let i = 0; i < nps.length; i += 2) {
      const start = nps[i];
      const end = nps[i + 1];
      if (end - start > 80) continue;
      const r = this.resolveUncached(start, end);
      this.phraseRes[i >> 1] = r;
      if (r.method !== 'explicit' || r.speaker.entityId !== null || !HUMAN_HEADS.test(r.speaker.text)) continue;
      extra.push({ start, end, name: r.speaker.text, entityId: null, gender: phraseGender(r.speaker.text) });
    }
    if (extra.length === 0) return;
    this.antecedents = this.antecedents.concat(extra).sort((a, b) => a.end - b.end || a.start - b.start);
  }

  /** The speaker named by phrase k of addHumanSpeakers' list (a pronoun is resolved again: the
   *  human speakers added since may be nearer antecedents). */
  resolvePhrase(k: number): Resolution {
    const hit = this.phraseRes[k];
    if (hit !== undefined && hit.method !== 'pronoun') return hit;
    const r = this.resolveUncached(this.phrases[2 * k], this.phrases[2 * k + 1]);
    this.phraseRes[k] = r;
    return r;
  }

  /** resolutions of phrases outside that list (sentence subjects, reported speech found around a
   *  quote) by start, so each is resolved once */
  private readonly memo = new Map<number, Resolution>();

  /** The speaker named by the phrase text[start, end). */
  resolve(start: number, end: number): Resolution {
    const hit = this.memo.get(start);
    if (hit && hit.npEnd === end && hit.method !== 'pronoun') return hit;
    const r = this.resolveUncached(start, end);
    this.memo.set(start, r);
    return r;
  }

  private resolveUncached(start: number, end: number): Resolution {
    // the phrase's own text only when a pronoun or an unnamed phrase needs it (most name someone)
    const short = end - start <= 4 ? this.text.slice(start, end) : '';
    const lower = short.toLowerCase();
    if (RESOLVABLE_PRONOUNS.has(lower)) {
      const text = short;
      const m = this.lastBefore(start, pronounGender(lower));
      return {
        speaker: { start, end, text, name: m ? m.name : text, entityId: m ? m.entityId : null },
        method: 'pronoun',
        npEnd: end,
      };
    }
    if (OTHER_PRONOUNS.has(lower)) return { speaker: { start, end, text: short, name: short, entityId: null }, method: 'pronoun', npEnd: end };
    // a person named anywhere in the phrase; an organisation or place only as its head
    let best = -1; // index of the best mention
    for (let i = this.firstMentionFrom(start); i < this.mStart.length && this.mStart[i] < end; i++) {
      const mStart = this.mStart[i];
      const mEnd = this.mEnd[i];
      const entity = this.mEntity[i];
      if (mEnd > end) continue;
      // a possessor is not the speaker: "Donald Trump’s spokesman"
      if (mEnd < end && possessiveAt(this.text, mEnd)) continue;
      if (entity.type !== 'person') {
        if (mEnd !== end || (mStart > start && PREPOSITION_BEFORE.test(this.text.slice(start, mStart)))) continue;
      }
      if (best < 0) {
        best = i;
        continue;
      }
      const p = SPEAKER_PRIORITY[entity.type];
      const bp = SPEAKER_PRIORITY[this.mEntity[best].type];
      if (p > bp || (p === bp && mEnd - mStart > this.mEnd[best] - this.mStart[best])) best = i;
    }
    if (best >= 0) {
      const bStart = this.mStart[best];
      const bEnd = this.mEnd[best];
      const entity = this.mEntity[best];
      return {
        speaker: { start: bStart, end: bEnd, text: this.text.slice(bStart, bEnd), name: entity.name, entityId: entity.id },
        method: 'explicit',
        npEnd: end,
      };
    }
    // "the prime minister", "his agent", "the company": the person with that role, or the organisation, named before
    const text = end - start <= 4 ? short : this.text.slice(start, end);
    const named = text.length <= 60 ? this.nominal(start, text) : undefined;
    if (named) return { speaker: { start, end, text, name: named.name, entityId: named.id }, method: 'explicit', npEnd: end };
    return { speaker: { start, end, text, name: text, entityId: null }, method: 'explicit', npEnd: end };
  }

  /** The entity a role or organisation noun phrase refers to: the last one before `at` that fits. */
  private nominal(at: number, text: string): Entity | undefined {
    const m = NOMINAL.exec(text);
    if (!m) return undefined;
    const words = m[1].toLowerCase();
    const head = words.slice(words.lastIndexOf(' ') + 1);
    const org = ORG_REFERENCES.has(head);
    if (!org && !ROLE_HEADS.has(head)) return undefined;
    for (let i = this.firstMentionFrom(at) - 1, n = 0; i >= 0 && n < NOMINAL_LOOKBACK; i--, n++) {
      const e = this.mEntity[i];
      if (org ? e.type === 'organization' && !NEWS_ORGS.test(e.name) : e.type === 'person' && e.role !== undefined && roleFits(e.role, words)) return e;
    }
    return undefined;
  }

  private firstMentionFrom(at: number): number {
    return firstAtOrAfter(this.mStart, at);
  }

  /** The last antecedent before `at`; of the pronoun's gender when one is near ("she" skips Trump). */
  private lastBefore(at: number, gender: Gender): Antecedent | undefined {
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
    if (best < 0) return undefined;
    if (gender !== null) {
      for (let i = best; i >= 0 && best - i < GENDER_LOOKBACK; i--) if (a[i].gender === null || a[i].gender === gender) return a[i];
    }
    return a[best];
  }

  /** A person's gender from the name, the role and the words just before each mention ("Mrs. Lynch"). */
  private genderOf(e: Entity): Gender {
    const before: string[] = [];
    for (let i = 0; i < e.mentions.length && i < 8; i++) {
      const m = e.mentions[i];
      before.push(this.text.slice(Math.max(0, m.start - NAME_CONTEXT), m.start));
    }
    return personGender(e.name, e.role, before);
  }
}

// assemble() and resolveEntities() run once per analysis, so their loops run mostly unoptimized,
// where for-of over an array allocates an iterator result per step: they use indexed loops.
/** Links kept paragraphs (the incremental path): their figures are copied to text offsets, never
 *  moved in place, and the output shares no object with them. */
export function assemble(text: string, paras: ParagraphState[]): Analysis {
  const linker = new Linker(text, false);
  for (let pi = 0; pi < paras.length; pi++) linker.add(paras[pi].start, paras[pi].local, pi + 1 < paras.length && paras[pi + 1].local.opensWithQuote);
  return linker.finish();
}

/** A paragraph's figure in text offsets: a copy, which kept paragraph results need (the incremental
 *  path moves output objects in place). */
export function textFigure(f: Figure, base: number): Figure {
  return { start: f.start + base, end: f.end + base, text: f.text, kind: f.kind, value: f.value, unit: f.unit };
}

/** Every entity candidate of a full analysis, copied from its paragraph (see Linker.add): one array
 *  reused by every analysis, so it is in the old generation and never copied by the garbage
 *  collector, and it does not grow again (it keeps the room the largest text needed). */
const allCands: EntityCandidates = [];
/** Shorter texts keep their candidates in their paragraphs' arrays: those die young anyway, and the
 *  copy's stores into an old array (write barriers) cost a short article ~2% of its time. */
const ALL_CANDS_MIN_LENGTH = 256 * 1024;

/** Links paragraphs fed one at a time in text order. A full analysis feeds each paragraph as soon as
 *  the next one is analysed (add needs to know whether that one opens with a quote), so most of a
 *  paragraph's results die young: kept until the end, 10 MB of text had 66k paragraphs' results
 *  promoted to the old generation, and the garbage collector copied and marked them all. */
export class Linker {
  private readonly work: Work[] = [];
  private readonly candGroups: CandidateGroups = { bases: [], cands: [], sizes: [] };
  /** whether the candidates go to allCands, and how many of its slots they fill */
  private readonly flat: boolean;
  private candSlots = 0;
  private readonly figures: Figure[] = [];
  /** reported speech of every paragraph, with its paragraph start */
  private readonly reported: LocalReported[] = [];
  private readonly reportedBase: number[] = [];
  /** paragraphs added so far */
  private paras = 0;
  /** index in work of an open quote waiting for the next paragraph */
  private carry = -1;
  /** the previous paragraph's trailing cue ("Caddell continued:") and start */
  private trailing: LocalCue | null = null;
  private trailingBase = 0;

  /** Clears what this analysis put in allCands, so it keeps no document's strings alive (also when
   *  an analysis stops half way through). */
  release(): void {
    if (this.candSlots > 0) allCands.fill(undefined, 0, this.candSlots);
    this.candSlots = 0;
  }

  constructor(
    private readonly text: string,
    /** the caller drops the paragraphs' results (a full analysis): their figures are moved to text
     *  offsets in place instead of copied (assemble, for kept results, copies). A long text also has
     *  each paragraph's entity candidates copied into allCands, so the paragraph's own array dies
     *  young: kept, they were copied twice each by the garbage collector on their way to the old
     *  generation (10 MB of text has 150,000) */
    private readonly owned: boolean,
  ) {
    this.flat = owned && text.length >= ALL_CANDS_MIN_LENGTH;
  }

  /** The next paragraph: its start, results, and whether the paragraph after it opens with a quote. */
  add(base: number, local: ParagraphLocal, nextOpens: boolean): void {
    const { work } = this;
    const pi = this.paras++;
    const reportedFrom = this.reported.length;
    for (let i = 0; i < local.reported.length; i++) {
      this.reported.push(local.reported[i]);
      this.reportedBase.push(base);
    }
    for (let qi = 0; qi < local.quotes.length; qi++) {
      const lq = local.quotes[qi];
      if (lq.open && !nextOpens) continue; // unbalanced: never swallows the rest
      let lc = local.quoteCues[qi];
      // "Caddell continued:" at the end of the previous paragraph
      let cueBase = base;
      if (!lc && qi === 0 && lq.start === 0 && pi > 0 && this.trailing) {
        lc = this.trailing;
        cueBase = this.trailingBase;
      }
      const continues = qi === 0 && lq.start === 0 && this.carry >= 0 ? this.carry : -1;
      work.push({
        start: lq.start + base,
        end: lq.end + base,
        partial: lq.partial,
        para: pi,
        paraStart: base,
        paraLength: local.length,
        reportedFrom,
        reportedTo: this.reported.length,
        cue: lc,
        cueBase,
        subject: lc ? null : local.subjectCues[qi],
        intro: lc ? null : local.introCues[qi],
        continues,
        phrase: -1,
      });
    }
    const last = work[work.length - 1];
    this.carry = last && last.para === pi && local.quotes.length > 0 && local.quotes[local.quotes.length - 1].open && nextOpens ? work.length - 1 : -1;
    this.trailing = local.trailingCue;
    this.trailingBase = base;
    const es = local.entities;
    if (this.flat) {
      // copied (a few stores each), so the paragraph's array dies young: kept, it was copied by the
      // garbage collector twice on its way to the old generation (1.35 MB per MB of text)
      let at = this.candSlots;
      for (let k = 0; k < es.length; k += CAND_SIZE) {
        for (let j = 0; j < CAND_SIZE; j++) allCands[at + j] = es[k + j];
        allCands[at + C_START] = (es[k + C_START] as number) + base;
        allCands[at + C_END] = (es[k + C_END] as number) + base;
        at += CAND_SIZE;
      }
      this.candSlots = at;
    } else if (es.length > 0) {
      this.candGroups.bases.push(base);
      this.candGroups.cands.push(es);
      this.candGroups.sizes.push(es.length);
    }
    const figs = local.figures;
    const figures = this.figures;
    for (let i = 0; i < figs.length; i++) {
      const f = figs[i];
      if (this.owned) {
        f.start += base;
        f.end += base;
        figures.push(f);
      } else figures.push(textFigure(f, base));
    }
  }

  /** The analysis of every paragraph added. */
  finish(): Analysis {
    const { work, text, reported, reportedBase, figures } = this;
    const quotes: Quote[] = new Array<Quote>(work.length);
    for (let i = 0; i < work.length; i++) {
      const w = work[i];
      quotes[i] = { start: w.start, end: w.end, text: text.slice(w.start, w.end), speaker: null, cue: null, method: 'none', partial: w.partial };
    }
    let resolved: ResolvedEntities;
    if (this.flat) {
      try {
        resolved = resolveEntities({ bases: [0], cands: [allCands], sizes: [this.candSlots] });
      } finally {
        this.release();
      }
    } else resolved = resolveEntities(this.candGroups);
    const resolver = new SpeakerResolver(text, resolved, quotes);
    const attributions: Attribution[] = [];
    // speaker phrases of quotes, then of reported speech, as start, end pairs in text offsets
    const speakerPhrases: number[] = [];
    for (let i = 0; i < work.length; i++) {
      const w = work[i];
      if (!w.cue) continue;
      w.phrase = speakerPhrases.length >> 1;
      speakerPhrases.push(w.cue.npStart + w.cueBase, w.cue.npEnd + w.cueBase);
    }
    const reportedPhrases = speakerPhrases.length >> 1;
    for (let i = 0; i < reported.length; i++) speakerPhrases.push(reported[i].npStart + reportedBase[i], reported[i].npEnd + reportedBase[i]);
    resolver.addHumanSpeakers(speakerPhrases);

    /** `lc` is relative to the paragraph starting at `base`; `phrase` its index in speakerPhrases, or -1. */
    const attribute = (q: Quote, lc: LocalCue, base: number, how: AttributionMethod | null, phrase: number) => {
      const { speaker, method } = phrase >= 0 ? resolver.resolvePhrase(phrase) : resolver.resolve(lc.npStart + base, lc.npEnd + base);
      const cueStart = lc.cueStart + base;
      const cueEnd = lc.cueEnd + base;
      q.speaker = speaker;
      q.method = how ?? method;
      q.cue = { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) };
      attributions.push({
        start: Math.min(speaker.start, cueStart, q.start),
        end: Math.max(speaker.end, cueEnd, q.end),
        speaker,
        cue: q.cue,
        content: { start: q.start, end: q.end },
        reported: false,
      });
    };
    const titles = new Uint8Array(work.length);
    for (let wi = 0; wi < work.length; wi++) {
      const w = work[wi];
      // a show or book title in quotation marks has no speaker: on Fox News’s “Fox and Friends”
      if (w.partial && isTitle(text, quotes[wi])) titles[wi] = 1;
      else if (w.cue) attribute(quotes[wi], w.cue, w.cueBase, null, w.phrase);
    }
    // multi-paragraph quotes share one speaker: a part without a cue takes the chain's
    const roots = new Int32Array(work.length);
    for (let i = 0; i < work.length; i++) roots[i] = work[i].continues >= 0 ? roots[work[i].continues] : i;
    // per chain root: the first part with a speaker, or -1
    const chainSpeaker = new Int32Array(work.length).fill(-1);
    const byStart = new ReportedByStart(reported);
    for (let i = 0; i < work.length; i++) {
      const root = roots[i];
      if (quotes[i].speaker && chainSpeaker[root] < 0) chainSpeaker[root] = i;
    }
    for (let i = 0; i < work.length; i++) {
      const w = work[i];
      const q = quotes[i];
      if (q.speaker || titles[i]) continue;
      const inChain = w.continues >= 0 || (i + 1 < work.length && work[i + 1].continues === i);
      const from = inChain && chainSpeaker[roots[i]] >= 0 ? quotes[chainSpeaker[roots[i]]] : undefined;
      if (from) {
        q.speaker = from.speaker;
        q.method = 'inherited';
        continue;
      }
      // inside reported speech: "A cashier who “steals …” is held accountable, Warren said."
      const paraStart = w.paraStart;
      const rep = reportedAround(byStart.of(w), paraStart, q);
      if (rep) {
        attribute(q, rep, paraStart, null, -1);
        continue;
      }
      if (w.subject) {
        attribute(q, w.subject, paraStart, 'subject', -1);
        continue;
      }
      // a quote with no cue takes the speaker of the previous quote, same or previous paragraph, or
      // of reported speech just before it ("…, Schiff said. “The other factor …”")
      const before = q.partial ? null : reportedBefore(byStart.of(w), paraStart, q, i > 0 ? quotes[i - 1].end : 0);
      if (before) {
        q.speaker = resolver.resolve(before.npStart + paraStart, before.npEnd + paraStart).speaker;
        q.method = 'inherited';
        continue;
      }
      if (!q.partial && i > 0) {
        const prev = work[i - 1];
        if (quotes[i - 1].speaker && (w.para === prev.para || (w.para - prev.para === 1 && !w.intro))) {
          q.speaker = quotes[i - 1].speaker;
          q.method = 'inherited';
          continue;
        }
      }
      if (w.intro) attribute(q, w.intro, paraStart, 'subject', -1);
    }

    const quoteAttributions = attributions.splice(0, attributions.length);
    echoSpeakers(work, quotes);
    for (let i = 0; i < reported.length; i++) {
      const r = reported[i];
      const base = reportedBase[i];
      const cueStart = r.cueStart + base;
      const cueEnd = r.cueEnd + base;
      const content = { start: r.contentStart + base, end: r.contentEnd + base };
      const { speaker } = resolver.resolvePhrase(reportedPhrases + i);
      attributions.push({
        start: Math.min(speaker.start, cueStart, content.start),
        end: Math.max(speaker.end, cueEnd, content.end),
        speaker,
        cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
        content,
        reported: true,
      });
    }
    const ordered = merge(sortIfNeeded(quoteAttributions, byAttribution), sortIfNeeded(attributions, byAttribution), byAttribution);
    sortIfNeeded(figures, bySpan);
    return { quotes, attributions: ordered, figures, entities: resolved.entities };
  }
}

/** Words before a title in quotation marks: "on “Face the Nation”", "Fox News’s “Fox and Friends”" (not "of":
 *  "chants of “Bobby!”", "a goal of “Peace Through Strength”" are words someone said). */
const BEFORE_TITLE = /(?:\b(?:on|in|hosts?|hosted|starred|watch|watched)|['’]s)\s+(?:the\s+|a\s+)?$/;
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is']);

/** A short title-case quote after "on", "of", "’s": the name of a show, a book or a film. */
function isTitle(text: string, q: Quote): boolean {
  const inner = q.text.slice(1, -1).replace(/[.,!?]+$/, '');
  if (inner.length < 2) return false;
  // at most six words, each capitalised, a number, or (after the first) a small word; no array of words
  for (let from = 0, i = 0; ; i++) {
    if (i === 6) return false;
    const space = inner.indexOf(' ', from);
    const end = space < 0 ? inner.length : space;
    if (end === from) return false; // an empty word: a double, leading or trailing space
    const first = inner[from];
    const c = inner.charCodeAt(from);
    const cap = first !== first.toLowerCase();
    if (!cap && !(i > 0 && TITLE_SMALL_WORDS.has(inner.slice(from, end))) && !(c >= 48 && c <= 57)) return false;
    if (space < 0) break;
    from = space + 1;
  }
  return BEFORE_TITLE.test(text.slice(Math.max(0, q.start - TITLE_CONTEXT), q.start));
}

/** How many reported-speech attributions before a quote are looked at: keeps a paragraph with
 *  thousands of quotes and cues linear. */
const REPORTED_LOOKBACK = 16;

/** Each paragraph's reported speech ordered by content start (sorted on first use). */
class ReportedByStart {
  private readonly sorted = new Map<number, LocalReported[]>();

  /** every paragraph's reported speech, in paragraph order */
  constructor(private readonly all: LocalReported[]) {}

  /** The reported speech of w's paragraph; null when it has none. */
  of(w: Work): LocalReported[] | null {
    if (w.reportedFrom === w.reportedTo) return null;
    let xs = this.sorted.get(w.para);
    if (!xs) {
      xs = this.all.slice(w.reportedFrom, w.reportedTo).sort((a, b) => a.contentStart - b.contentStart);
      this.sorted.set(w.para, xs);
    }
    return xs;
  }
}

/** Index of the last item whose content starts at or before `at`, or -1. */
function lastStartingBy(xs: LocalReported[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].contentStart <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The reported speech `xs` of the quote's paragraph (starting at `base`) whose content holds the quote (innermost), in paragraph offsets. */
function reportedAround(xs: LocalReported[] | null, base: number, q: Span): LocalCue | null {
  if (!xs) return null;
  const s = q.start - base;
  const e = q.end - base;
  for (let i = lastStartingBy(xs, s), n = 0; i >= 0 && n < REPORTED_LOOKBACK; i--, n++) {
    if (xs[i].contentEnd >= e) return xs[i];
  }
  return null;
}

/** The last reported speech `xs` of the quote's paragraph (starting at `base`) between `after` and the quote, in paragraph offsets. */
function reportedBefore(xs: LocalReported[] | null, base: number, q: Span, after: number): LocalCue | null {
  if (!xs) return null;
  const s = q.start - base;
  const from = after - base;
  let best: LocalReported | null = null;
  for (let i = lastStartingBy(xs, s), n = 0; i >= 0 && n < REPORTED_LOOKBACK && xs[i].contentStart >= from; i--, n++) {
    const r = xs[i];
    if (Math.max(r.cueEnd, r.contentEnd) <= s && (!best || r.cueEnd > best.cueEnd)) best = r;
  }
  return best;
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
export const ECHO_WINDOW = 40;
/** Paragraphs this long or shorter are headline-like (the incremental path checks an edit keeps that). */
export const HEADLINE_MAX = 160;

/** A quote that may take the speaker of a later quote it repeats, when it has none. */
export function mayEcho(partial: boolean, textLength: number, paragraphLength: number): boolean {
  return !partial && textLength >= 10 && paragraphLength <= HEADLINE_MAX;
}

/** The words of a quote's text (marks included), as echoes compare them. */
export function echoKey(quoteText: string): string {
  return quoteText.slice(1, -1).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A headline quote repeats words said later ("‘We lost everything’"): it takes that speaker.
 *  Only short (headline-like) paragraphs are checked, against a bounded window of quotes. */
function echoSpeakers(work: Work[], quotes: Quote[]): void {
  const keys = new Map<number, string>();
  const keyOf = (i: number) => {
    let k = keys.get(i);
    if (k === undefined) keys.set(i, (k = echoKey(quotes[i].text)));
    return k;
  };
  for (let i = 0; i < work.length; i++) {
    const q = quotes[i];
    if (q.speaker || !mayEcho(q.partial, q.text.length, work[i].paraLength)) continue;
    const key = keyOf(i);
    if (key.length < 8) continue;
    for (let d = 1; d <= ECHO_WINDOW; d++) {
      let hit = -1;
      // the quote d after first, then d before (no array per step: this loop runs 80 times a quote)
      for (let side = 0; side < 2 && hit < 0; side++) {
        const j = side === 0 ? i + d : i - d;
        const o = quotes[j];
        if (o && o.speaker && o.text.length > q.text.length && keyOf(j).includes(key)) hit = j;
      }
      if (hit >= 0) {
        q.speaker = quotes[hit].speaker;
        q.method = 'inherited';
        break;
      }
    }
  }
}
