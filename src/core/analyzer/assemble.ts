// Links per-paragraph results into one Analysis: multi-paragraph quotes, entities across the
// article, speakers (entity names, pronouns, inheritance). Its cost is linear in the number of
// quotes, cues and entity candidates, not in the text, so the incremental path can rerun it on
// every edit and still agree exactly with a full analysis.

import type { Analysis, Attribution, AttributionMethod, Figure, Quote, Span, Speaker, Entity } from './types';
import type { ParagraphLocal } from './paragraph-local';
import type { LocalCue, LocalReported } from './attribution';
import { resolveEntities, type CandidateGroups, type ResolvedEntities } from './resolve-entities';
import { type CandidateSink, type EntityCandidates } from './entities';
import { personGender, phraseGender, pronounGender, type Gender } from './gender';
import { Scratch, int32, int8, uint8 } from './scratch';
import { firstAtOrAfter } from './search';

export interface ParagraphState extends Span {
  local: ParagraphLocal;
}

const SPEAKER_PRIORITY: Record<string, number> = { person: 3, organization: 2, place: 1 };
const RESOLVABLE_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['they', 'we', 'i', 'it', 'you']);

// What the linker keeps of each quote and reported speech is numbers in typed arrays, in text
// offsets: no object per quote, and no paragraph's cue objects kept alive until finish (each one
// that lives that long is copied twice by the garbage collector on its way to the old generation,
// and numbers in a typed array are not traced at all).
/** A cue's four numbers, in LocalCue's order: cue start and end, speaker phrase start and end. */
const CUE_START = 0;
const CUE_END = 1;
const NP_START = 2;
const NP_END = 3;
/** A quote's slots in the linker's quote array (Q_SIZE a quote). */
const Q_START = 0;
const Q_END = 1;
/** PARTIAL, HAS_CUE, HAS_SUBJECT, HAS_INTRO */
const Q_FLAGS = 2;
/** the quote's paragraph: its index and length */
const Q_PARA = 3;
const Q_PARA_LENGTH = 4;
/** the paragraph's reported speech: [from, to) in the linker's reported arrays */
const Q_REP_FROM = 5;
const Q_REP_TO = 6;
/** index of the quote this one continues (multi-paragraph convention), or -1 */
const Q_CONTINUES = 7;
/** index of the cue's speaker phrase in the resolver's list, or -1 */
const Q_PHRASE = 8;
/** the cue next to the quote (or the previous paragraph's trailing "He said:") */
const Q_CUE = 9;
/** the sentence's subject and verb, when no speech cue was found */
const Q_SUBJECT = 13;
/** the previous sentence's subject, for a quote opening a sentence with no cue */
const Q_INTRO = 17;
const Q_SIZE = 21;
const PARTIAL = 1;
const HAS_CUE = 2;
const HAS_SUBJECT = 4;
const HAS_INTRO = 8;
/** A reported speech's slots (R_SIZE each): its cue's four numbers, then its content's span. */
const R_CONTENT_START = 4;
const R_CONTENT_END = 5;
const R_SIZE = 6;

/** Stores cue `lc` (offsets relative to `base`) at a[at, at + 4) in text offsets. */
function putCue(a: Int32Array, at: number, lc: LocalCue, base: number): void {
  a[at + CUE_START] = lc.cueStart + base;
  a[at + CUE_END] = lc.cueEnd + base;
  a[at + NP_START] = lc.npStart + base;
  a[at + NP_END] = lc.npEnd + base;
}

interface Resolution {
  speaker: Speaker;
  method: AttributionMethod;
  /** end of the phrase it resolves (the memo's check) */
  npEnd: number;
}

// Text read beyond the per-paragraph results: besides each quote's, cue's and speaker phrase's own
// text, these windows. The incremental path moves the old output instead of relinking only when an
// edit changes none of it (incremental-same.ts): keep that file in step with any new read.
/** Characters before a name read for its gender ("Mrs. Lynch"). */
export const NAME_CONTEXT = 14;
/** Characters before a partial quote read to tell a title ("on “Face the Nation”"). */
export const TITLE_CONTEXT = 24;

/** Genders as numbers, for Int8Arrays of them: unknown (fits both), f, m; and not yet worked out. */
const NEUTRAL = 0;
const UNKNOWN = -1;
const genderCode = (g: Gender): number => (g === null ? NEUTRAL : g === 'f' ? 1 : 2);
/** How a speaker phrase was resolved, for a Uint8Array of them: not yet, by name, as a pronoun. */
const EXPLICIT = 1;
const PRONOUN = 2;

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

// The resolver's and linker's columns, reused by every analysis (see scratch.ts).
const aStartCol = new Scratch(int32);
const aEndCol = new Scratch(int32);
const aGenderCol = new Scratch(int8);
const aRefCol = new Scratch(int32);
const spareStartCol = new Scratch(int32);
const spareEndCol = new Scratch(int32);
const spareGenderCol = new Scratch(int8);
const spareRefCol = new Scratch(int32);
const gendersCol = new Scratch(int8);
const phraseMethodCol = new Scratch(uint8);
const quotesCol = new Scratch(int32);
const repCol = new Scratch(int32);
const repOrderCol = new Scratch(int32);
const phrasesCol = new Scratch(int32);
const rootsCol = new Scratch(int32);
const chainCol = new Scratch(int32);
const titlesCol = new Scratch(uint8);
const NO_PHRASES = new Int32Array(0);
const NO_METHODS = new Uint8Array(0);

class SpeakerResolver {
  /** every entity mention in text order (resolve-entities.ts): starts, ends and entities (indices
   *  in `entities`) */
  private readonly mStart: Int32Array;
  private readonly mEnd: Int32Array;
  private readonly mEntity: Int32Array;
  /** each mention's index in its entity's mentions */
  private readonly mOrdinal: Int32Array;
  /** how many mentions (the columns are longer: reused buffers) */
  private readonly mCount: number;
  private readonly entities: Entity[];
  /** pronoun antecedents, by end then start: people mentioned outside quotes, and unnamed human
   *  speakers. Columns of numbers (no object each): start, end, gender (a speaker phrase's; UNKNOWN
   *  for a mention, whose entity's is worked out when a pronoun first needs it: genderAt), and
   *  what it is: a mention's index, or -1 - k for speaker phrase k. */
  private aStart: Int32Array;
  private aEnd: Int32Array;
  private aGender: Int8Array;
  private aRef: Int32Array;
  private aCount = 0;
  /** each entity's gender, once known (UNKNOWN before): only a pronoun needs one, and an article
   *  without "he" or "she" none, while working a person's out reads the words before each mention */
  private readonly genders: Int8Array;
  /** how the last resolution returned found its speaker */
  method: AttributionMethod = 'none';

  constructor(
    private readonly text: string,
    resolved: ResolvedEntities,
    quotes: Span[],
  ) {
    this.mStart = resolved.mentionStarts;
    this.mEnd = resolved.mentionEnds;
    this.mEntity = resolved.mentionEntities;
    this.mOrdinal = resolved.mentionOrdinals;
    this.entities = resolved.entities;
    const n = (this.mCount = resolved.mentionCount);
    this.aStart = aStartCol.get(n);
    this.aEnd = aEndCol.get(n);
    this.aGender = aGenderCol.get(n);
    this.aRef = aRefCol.get(n);
    this.genders = gendersCol.get(this.entities.length).fill(UNKNOWN, 0, this.entities.length);
    let q = 0;
    let a = 0;
    for (let i = 0; i < n; i++) {
      const ei = this.mEntity[i];
      const entity = this.entities[ei];
      const start = this.mStart[i];
      if (entity.type !== 'person') continue;
      while (q < quotes.length && quotes[q].end <= start) q++;
      if (q < quotes.length && quotes[q].start <= start) continue;
      this.aStart[a] = start;
      this.aEnd[a] = this.mEnd[i];
      this.aGender[a] = UNKNOWN;
      this.aRef[a++] = i;
    }
    this.aCount = a;
  }

  /** the speaker phrases of cues and reported speech, as start, end pairs (addHumanSpeakers), and
   *  each one's speaker and method once resolved (method 0 before): looked up by index instead
   *  of a map by offset */
  private phrases: Int32Array = NO_PHRASES;
  private phraseSpeaker: (Speaker | undefined)[] = [];
  private phraseMethod: Uint8Array = NO_METHODS;

  /** Unnamed human speaker phrases ("A spokesperson for APM Terminals") can be "she" later.
   *  `nps` holds n start, end pairs in text offsets: every cue's and reported speech's phrase, which
   *  resolvePhrase(k) then serves. */
  addHumanSpeakers(nps: Int32Array, n: number): void {
    this.phrases = nps;
    this.phraseSpeaker = new Array<Speaker | undefined>(n);
    this.phraseMethod = phraseMethodCol.get(n).fill(0, 0, n);
    const extra: number[] = [];
    for (let k = 0; k < n; k++) {
      const start = nps[2 * k];
      const end = nps[2 * k + 1];
      if (end - start > 80) continue;
      const speaker = this.resolveUncached(start, end);
      this.phraseSpeaker[k] = speaker;
      this.phraseMethod[k] = this.method === 'pronoun' ? PRONOUN : EXPLICIT;
      if (this.method !== 'explicit' || speaker.entityId !== null || !HUMAN_HEADS.test(speaker.text)) continue;
      extra.push(k);
    }
    if (extra.length > 0) this.addAntecedents(extra);
  }

  /** Adds speaker phrases `ks` to the antecedents, keeping their order: by end, then start, then
   *  as added (a stable sort of all, nearly linear: both parts are mostly in order already). */
  private addAntecedents(ks: number[]): void {
    const nps = this.phrases;
    const n = this.aCount + ks.length;
    // the antecedents so far and the new ones, in the spare columns; then sorted into the columns
    const start = spareStartCol.get(n);
    const end = spareEndCol.get(n);
    const gender = spareGenderCol.get(n);
    const ref = spareRefCol.get(n);
    for (let i = 0; i < this.aCount; i++) {
      start[i] = this.aStart[i];
      end[i] = this.aEnd[i];
      gender[i] = this.aGender[i];
      ref[i] = this.aRef[i];
    }
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      const a = this.aCount + i;
      start[a] = nps[2 * k];
      end[a] = nps[2 * k + 1];
      gender[a] = genderCode(phraseGender(this.phraseSpeaker[k]!.text));
      ref[a] = -1 - k;
    }
    const order: number[] = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => end[a] - end[b] || start[a] - start[b] || a - b);
    this.aStart = aStartCol.get(n);
    this.aEnd = aEndCol.get(n);
    this.aGender = aGenderCol.get(n);
    this.aRef = aRefCol.get(n);
    for (let i = 0; i < n; i++) {
      const o = order[i];
      this.aStart[i] = start[o];
      this.aEnd[i] = end[o];
      this.aGender[i] = gender[o];
      this.aRef[i] = ref[o];
    }
    this.aCount = n;
  }

  /** The speaker named by phrase k of addHumanSpeakers' list (a pronoun is resolved again: the
   *  human speakers added since may be nearer antecedents); `method` says how. */
  resolvePhrase(k: number): Speaker {
    if (this.phraseMethod[k] === EXPLICIT) {
      this.method = 'explicit';
      return this.phraseSpeaker[k]!;
    }
    const speaker = this.resolveUncached(this.phrases[2 * k], this.phrases[2 * k + 1]);
    this.phraseSpeaker[k] = speaker;
    this.phraseMethod[k] = this.method === 'pronoun' ? PRONOUN : EXPLICIT;
    return speaker;
  }

  /** resolutions of phrases outside that list (sentence subjects, reported speech found around a
   *  quote) by start, so each is resolved once */
  private readonly memo = new Map<number, Resolution>();

  /** The speaker named by the phrase text[start, end); `method` says how. */
  resolve(start: number, end: number): Speaker {
    const hit = this.memo.get(start);
    if (hit && hit.npEnd === end && hit.method !== 'pronoun') {
      this.method = hit.method;
      return hit.speaker;
    }
    const speaker = this.resolveUncached(start, end);
    this.memo.set(start, { speaker, method: this.method, npEnd: end });
    return speaker;
  }

  /** The speaker named by text[start, end), and `method` set to how it was found. */
  private resolveUncached(start: number, end: number): Speaker {
    // the phrase's own text only when a pronoun or an unnamed phrase needs it (most name someone)
    const short = end - start <= 4 ? this.text.slice(start, end) : '';
    const lower = short.toLowerCase();
    if (RESOLVABLE_PRONOUNS.has(lower)) {
      const text = short;
      const a = this.lastBefore(start, genderCode(pronounGender(lower)));
      this.method = 'pronoun';
      return { start, end, text, name: a >= 0 ? this.antecedentName(a) : text, entityId: a >= 0 ? this.antecedentId(a) : null };
    }
    if (OTHER_PRONOUNS.has(lower)) {
      this.method = 'pronoun';
      return { start, end, text: short, name: short, entityId: null };
    }
    this.method = 'explicit';
    // a person named anywhere in the phrase; an organisation or place only as its head
    let best = -1; // index of the best mention
    for (let i = this.firstMentionFrom(start); i < this.mCount && this.mStart[i] < end; i++) {
      const mStart = this.mStart[i];
      const mEnd = this.mEnd[i];
      const entity = this.entities[this.mEntity[i]];
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
      const bp = SPEAKER_PRIORITY[this.entities[this.mEntity[best]].type];
      if (p > bp || (p === bp && mEnd - mStart > this.mEnd[best] - this.mStart[best])) best = i;
    }
    if (best >= 0) {
      const bStart = this.mStart[best];
      const bEnd = this.mEnd[best];
      const entity = this.entities[this.mEntity[best]];
      // the mention's own string: a candidate's text is always its span's (entities.ts slices or
      // interns it from the same tokens), and a slice per speaker was one more string to copy
      // (the length check is a cheap guard; comparing the characters cost more than the slice)
      const mention = entity.mentions[this.mOrdinal[best]].text;
      const text = mention.length === bEnd - bStart ? mention : this.text.slice(bStart, bEnd);
      return { start: bStart, end: bEnd, text, name: entity.name, entityId: entity.id };
    }
    // "the prime minister", "his agent", "the company": the person with that role, or the organisation, named before
    const text = end - start <= 4 ? short : this.text.slice(start, end);
    const named = text.length <= 60 ? this.nominal(start, text) : undefined;
    if (named) return { start, end, text, name: named.name, entityId: named.id };
    return { start, end, text, name: text, entityId: null };
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
      const e = this.entities[this.mEntity[i]];
      if (org ? e.type === 'organization' && !NEWS_ORGS.test(e.name) : e.type === 'person' && e.role !== undefined && roleFits(e.role, words)) return e;
    }
    return undefined;
  }

  /** Index of the first mention starting at or after `at`; mCount when none. */
  private firstMentionFrom(at: number): number {
    return firstAtOrAfter(this.mStart, at, this.mCount);
  }

  /** The last antecedent before `at` (its index, or -1); of the pronoun's gender (GENDERS index)
   *  when one is near ("she" skips Trump). */
  private lastBefore(at: number, gender: number): number {
    const end = this.aEnd;
    let lo = 0;
    let hi = this.aCount - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (end[mid] <= at) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return -1;
    if (gender !== NEUTRAL) {
      for (let i = best; i >= 0 && best - i < GENDER_LOOKBACK; i--) {
        const g = this.genderAt(i);
        if (g === NEUTRAL || g === gender) return i;
      }
    }
    return best;
  }

  /** Antecedent i's gender (a genderCode). */
  private genderAt(i: number): number {
    const g = this.aGender[i];
    if (g !== UNKNOWN) return g;
    const ei = this.mEntity[this.aRef[i]];
    if (this.genders[ei] === UNKNOWN) this.genders[ei] = genderCode(this.genderOf(this.entities[ei]));
    return this.genders[ei];
  }

  /** Antecedent a's name: its entity's, or an unnamed speaker phrase's text. */
  private antecedentName(a: number): string {
    const ref = this.aRef[a];
    return ref >= 0 ? this.entities[this.mEntity[ref]].name : this.phraseSpeaker[-1 - ref]!.text;
  }

  private antecedentId(a: number): string | null {
    const ref = this.aRef[a];
    return ref >= 0 ? this.entities[this.mEntity[ref]].id : null;
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

/** Every entity candidate of a full analysis of a long text (see Linker.sink): one array reused by
 *  every analysis, so it is in the old generation and never copied by the garbage
 *  collector, and it does not grow again (it keeps the room the largest text needed). */
const allCands: EntityCandidates = [];
/** Shorter texts keep their candidates in their paragraphs' arrays: those die young anyway, and the
 *  copy's stores into an old array (write barriers) cost a short article ~2% of its time. */
const ALL_CANDS_MIN_LENGTH = 256 * 1024;

/** Links paragraphs fed one at a time in text order. A full analysis feeds each paragraph as soon as
 *  the next one is analysed (add needs to know whether that one opens with a quote), so most of a
 *  paragraph's results die young: kept until the end, 10 MB of text had 66k paragraphs' results
 *  promoted to the old generation, and the garbage collector copied and marked them all.
 *  Its number columns are module-level scratch (scratch.ts): one linker at a time. */
export class Linker {
  /** the quotes so far, Q_SIZE slots each, and how many */
  private q: Int32Array = quotesCol.get(16 * Q_SIZE);
  private quoteCount = 0;
  /** how many quotes have a cue */
  private cueCount = 0;
  private readonly candGroups: CandidateGroups = { bases: [], cands: [], sizes: [] };
  /** for a long text analysed in full: allCands, which analyzeParagraph fills with each paragraph's
   *  candidates as it finds them (their paragraph results hold none). Null: they come with each
   *  paragraph's results. */
  readonly sink: CandidateSink | null;
  private readonly figures: Figure[] = [];
  /** reported speech of every paragraph (R_SIZE slots each), and how many */
  private rep: Int32Array = repCol.get(16 * R_SIZE);
  private repCount = 0;
  /** indices of the reported speech, each paragraph's ordered by content start */
  private repOrder: Int32Array = repOrderCol.get(16);
  /** paragraphs added so far */
  private paras = 0;
  /** index of an open quote waiting for the next paragraph */
  private carry = -1;
  /** the previous paragraph's trailing cue ("Caddell continued:") in text offsets, if it had one */
  private readonly trailing = new Int32Array(4);
  private hasTrailing = false;

  /** Clears what this analysis put in allCands, so it keeps no document's strings alive (also when
   *  an analysis stops half way through). */
  release(): void {
    const sink = this.sink;
    if (sink && sink.slots > 0) allCands.fill(undefined, 0, sink.slots);
    if (sink) sink.slots = 0;
  }

  constructor(
    private readonly text: string,
    /** the caller drops the paragraphs' results (a full analysis): their figures are moved to text
     *  offsets in place instead of copied (assemble, for kept results, copies). A long text also has
     *  its entity candidates go to allCands (the sink): an array per paragraph, kept until the end,
     *  was copied twice by the garbage collector on its way to the old generation (10 MB of text has
     *  150,000 candidates), and one copied out at once was still 13 MB of garbage per 10 MB */
    private readonly owned: boolean,
  ) {
    this.sink = owned && text.length >= ALL_CANDS_MIN_LENGTH ? { cands: allCands, slots: 0, base: 0 } : null;
  }

  /** The next paragraph: its start, results, and whether the paragraph after it opens with a quote. */
  add(base: number, local: ParagraphLocal, nextOpens: boolean): void {
    const pi = this.paras++;
    const reportedFrom = this.repCount;
    const lr = local.reported;
    if (lr.length > 0) this.addReported(lr, base);
    const reportedTo = this.repCount;
    const lqs = local.quotes;
    if (lqs.length > 0) {
      const w = (this.q = quotesCol.grow((this.quoteCount + lqs.length) * Q_SIZE, this.quoteCount * Q_SIZE));
      for (let qi = 0; qi < lqs.length; qi++) {
        const lq = lqs[qi];
        if (lq.open && !nextOpens) continue; // unbalanced: never swallows the rest
        const at = this.quoteCount++ * Q_SIZE;
        w[at + Q_START] = lq.start + base;
        w[at + Q_END] = lq.end + base;
        w[at + Q_PARA] = pi;
        w[at + Q_PARA_LENGTH] = local.length;
        w[at + Q_REP_FROM] = reportedFrom;
        w[at + Q_REP_TO] = reportedTo;
        w[at + Q_CONTINUES] = qi === 0 && lq.start === 0 && this.carry >= 0 ? this.carry : -1;
        w[at + Q_PHRASE] = -1;
        let flags = lq.partial ? PARTIAL : 0;
        const lc = local.quoteCues[qi];
        if (lc) {
          flags |= HAS_CUE;
          putCue(w, at + Q_CUE, lc, base);
        } else if (qi === 0 && lq.start === 0 && pi > 0 && this.hasTrailing) {
          // "Caddell continued:" at the end of the previous paragraph
          flags |= HAS_CUE;
          w.set(this.trailing, at + Q_CUE);
        } else {
          const subject = local.subjectCues[qi];
          const intro = local.introCues[qi];
          if (subject) {
            flags |= HAS_SUBJECT;
            putCue(w, at + Q_SUBJECT, subject, base);
          }
          if (intro) {
            flags |= HAS_INTRO;
            putCue(w, at + Q_INTRO, intro, base);
          }
        }
        if ((flags & HAS_CUE) !== 0) this.cueCount++;
        w[at + Q_FLAGS] = flags;
      }
      const n = this.quoteCount;
      this.carry = n > 0 && w[(n - 1) * Q_SIZE + Q_PARA] === pi && lqs[lqs.length - 1].open && nextOpens ? n - 1 : -1;
    } else this.carry = -1;
    const tc = local.trailingCue;
    this.hasTrailing = tc !== null;
    if (tc) putCue(this.trailing, 0, tc, base);
    // (with a sink, the candidates are in it already)
    const es = local.entities;
    if (!this.sink && es.length > 0) {
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

  /** A paragraph's reported speech (starting at `base`), and its order by content start. */
  private addReported(lr: LocalReported[], base: number): void {
    const from = this.repCount;
    const to = from + lr.length;
    const rep = (this.rep = repCol.grow(to * R_SIZE, from * R_SIZE));
    const order = (this.repOrder = repOrderCol.grow(to, from));
    for (let i = 0; i < lr.length; i++) {
      const r = lr[i];
      const at = (from + i) * R_SIZE;
      putCue(rep, at, r, base);
      rep[at + R_CONTENT_START] = r.contentStart + base;
      rep[at + R_CONTENT_END] = r.contentEnd + base;
      // a stable insertion sort by content start (mostly in order already)
      const s = rep[at + R_CONTENT_START];
      let j = from + i;
      while (j > from && rep[order[j - 1] * R_SIZE + R_CONTENT_START] > s) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = from + i;
    }
    this.repCount = to;
  }

  /** The analysis of every paragraph added. */
  finish(): Analysis {
    const { text, figures } = this;
    const w = this.q;
    const n = this.quoteCount;
    const rep = this.rep;
    const repCount = this.repCount;
    const order = this.repOrder;
    const quotes: Quote[] = new Array<Quote>(n);
    for (let i = 0; i < n; i++) {
      const at = i * Q_SIZE;
      const start = w[at + Q_START];
      const end = w[at + Q_END];
      quotes[i] = { start, end, text: text.slice(start, end), speaker: null, cue: null, method: 'none', partial: (w[at + Q_FLAGS] & PARTIAL) !== 0 };
    }
    let resolved: ResolvedEntities;
    if (this.sink) {
      try {
        resolved = resolveEntities({ bases: [0], cands: [allCands], sizes: [this.sink.slots] });
      } finally {
        this.release();
      }
    } else resolved = resolveEntities(this.candGroups);
    const resolver = new SpeakerResolver(text, resolved, quotes);
    // speaker phrases of quotes, then of reported speech, as start, end pairs in text offsets
    const phraseCount = this.cueCount + repCount;
    const speakerPhrases = phrasesCol.get(2 * phraseCount);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const at = i * Q_SIZE;
      if ((w[at + Q_FLAGS] & HAS_CUE) === 0) continue;
      w[at + Q_PHRASE] = k >> 1;
      speakerPhrases[k++] = w[at + Q_CUE + NP_START];
      speakerPhrases[k++] = w[at + Q_CUE + NP_END];
    }
    const reportedPhrases = k >> 1;
    for (let i = 0; i < repCount; i++) {
      speakerPhrases[k++] = rep[i * R_SIZE + NP_START];
      speakerPhrases[k++] = rep[i * R_SIZE + NP_END];
    }
    resolver.addHumanSpeakers(speakerPhrases, phraseCount);

    const quoteAttributions: Attribution[] = [];
    /** The cue at cues[at, at + 4) attributes quote q; `phrase` is its index in speakerPhrases, or -1. */
    const attribute = (q: Quote, cues: Int32Array, at: number, how: AttributionMethod | null, phrase: number) => {
      const speaker = phrase >= 0 ? resolver.resolvePhrase(phrase) : resolver.resolve(cues[at + NP_START], cues[at + NP_END]);
      const method = resolver.method;
      const cueStart = cues[at + CUE_START];
      const cueEnd = cues[at + CUE_END];
      q.speaker = speaker;
      q.method = how ?? method;
      q.cue = { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) };
      quoteAttributions.push({
        start: Math.min(speaker.start, cueStart, q.start),
        end: Math.max(speaker.end, cueEnd, q.end),
        speaker,
        cue: q.cue,
        content: { start: q.start, end: q.end },
        reported: false,
      });
    };
    const titles = titlesCol.get(n).fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      const at = i * Q_SIZE;
      const flags = w[at + Q_FLAGS];
      // a show or book title in quotation marks has no speaker: on Fox News’s “Fox and Friends”
      if ((flags & PARTIAL) !== 0 && isTitle(text, quotes[i])) titles[i] = 1;
      else if ((flags & HAS_CUE) !== 0) attribute(quotes[i], w, at + Q_CUE, null, w[at + Q_PHRASE]);
    }
    // multi-paragraph quotes share one speaker: a part without a cue takes the chain's
    const roots = rootsCol.get(n);
    for (let i = 0; i < n; i++) {
      const c = w[i * Q_SIZE + Q_CONTINUES];
      roots[i] = c >= 0 ? roots[c] : i;
    }
    // per chain root: the first part with a speaker, or -1
    const chainSpeaker = chainCol.get(n).fill(-1, 0, n);
    for (let i = 0; i < n; i++) {
      const root = roots[i];
      if (quotes[i].speaker && chainSpeaker[root] < 0) chainSpeaker[root] = i;
    }
    for (let i = 0; i < n; i++) {
      const at = i * Q_SIZE;
      const flags = w[at + Q_FLAGS];
      const q = quotes[i];
      if (q.speaker || titles[i]) continue;
      const inChain = w[at + Q_CONTINUES] >= 0 || (i + 1 < n && w[at + Q_SIZE + Q_CONTINUES] === i);
      const from = inChain && chainSpeaker[roots[i]] >= 0 ? quotes[chainSpeaker[roots[i]]] : undefined;
      if (from) {
        q.speaker = from.speaker;
        q.method = 'inherited';
        continue;
      }
      // inside reported speech: "A cashier who “steals …” is held accountable, Warren said."
      const repFrom = w[at + Q_REP_FROM];
      const repTo = w[at + Q_REP_TO];
      const around = reportedAround(rep, order, repFrom, repTo, q);
      if (around >= 0) {
        attribute(q, rep, around * R_SIZE, null, -1);
        continue;
      }
      if ((flags & HAS_SUBJECT) !== 0) {
        attribute(q, w, at + Q_SUBJECT, 'subject', -1);
        continue;
      }
      // a quote with no cue takes the speaker of the previous quote, same or previous paragraph, or
      // of reported speech just before it ("…, Schiff said. “The other factor …”")
      const before = q.partial ? -1 : reportedBefore(rep, order, repFrom, repTo, q, i > 0 ? quotes[i - 1].end : 0);
      if (before >= 0) {
        q.speaker = resolver.resolve(rep[before * R_SIZE + NP_START], rep[before * R_SIZE + NP_END]);
        q.method = 'inherited';
        continue;
      }
      if (!q.partial && i > 0) {
        const para = w[at + Q_PARA];
        const prevPara = w[at - Q_SIZE + Q_PARA];
        if (quotes[i - 1].speaker && (para === prevPara || (para - prevPara === 1 && (flags & HAS_INTRO) === 0))) {
          q.speaker = quotes[i - 1].speaker;
          q.method = 'inherited';
          continue;
        }
      }
      if ((flags & HAS_INTRO) !== 0) attribute(q, w, at + Q_INTRO, 'subject', -1);
    }

    echoSpeakers(w, quotes);
    const reportedAttributions: Attribution[] = new Array<Attribution>(repCount);
    for (let i = 0; i < repCount; i++) {
      const at = i * R_SIZE;
      const cueStart = rep[at + CUE_START];
      const cueEnd = rep[at + CUE_END];
      const content = { start: rep[at + R_CONTENT_START], end: rep[at + R_CONTENT_END] };
      const speaker = resolver.resolvePhrase(reportedPhrases + i);
      reportedAttributions[i] = {
        start: Math.min(speaker.start, cueStart, content.start),
        end: Math.max(speaker.end, cueEnd, content.end),
        speaker,
        cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
        content,
        reported: true,
      };
    }
    const ordered = merge(sortIfNeeded(quoteAttributions, byAttribution), sortIfNeeded(reportedAttributions, byAttribution), byAttribution);
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

/** Position in order[from, to) (reported speech by content start) of the last whose content starts
 *  at or before `at`; from - 1 when none. */
function lastStartingBy(rep: Int32Array, order: Int32Array, from: number, to: number, at: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rep[order[mid] * R_SIZE + R_CONTENT_START] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The reported speech of the quote's paragraph (order[from, to)) whose content holds the quote
 *  (innermost): its index, or -1. */
function reportedAround(rep: Int32Array, order: Int32Array, from: number, to: number, q: Span): number {
  for (let i = lastStartingBy(rep, order, from, to, q.start), n = 0; i >= from && n < REPORTED_LOOKBACK; i--, n++) {
    if (rep[order[i] * R_SIZE + R_CONTENT_END] >= q.end) return order[i];
  }
  return -1;
}

/** The last reported speech of the quote's paragraph (order[from, to)) between `after` and the
 *  quote: its index, or -1. */
function reportedBefore(rep: Int32Array, order: Int32Array, from: number, to: number, q: Span, after: number): number {
  let best = -1;
  for (let i = lastStartingBy(rep, order, from, to, q.start), n = 0; i >= from && n < REPORTED_LOOKBACK && rep[order[i] * R_SIZE + R_CONTENT_START] >= after; i--, n++) {
    const at = order[i] * R_SIZE;
    if (Math.max(rep[at + CUE_END], rep[at + R_CONTENT_END]) <= q.start && (best < 0 || rep[at + CUE_END] > rep[best * R_SIZE + CUE_END])) best = order[i];
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
function echoSpeakers(w: Int32Array, quotes: Quote[]): void {
  const keys = new Map<number, string>();
  const keyOf = (i: number) => {
    let k = keys.get(i);
    if (k === undefined) keys.set(i, (k = echoKey(quotes[i].text)));
    return k;
  };
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || !mayEcho(q.partial, q.text.length, w[i * Q_SIZE + Q_PARA_LENGTH])) continue;
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
