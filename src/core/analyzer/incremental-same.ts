// Whether an edit left the linking's input unchanged up to moved offsets. The linking (assemble.ts)
// reads the per-paragraph results and, beyond them, a little text: each quote's, cue's and speaker
// phrase's own text, TITLE_CONTEXT characters before a partial quote, NAME_CONTEXT before a name
// (its gender) and a possessive "’s" after it. When the re-analysed paragraphs' results equal the
// old ones with offsets moved, and the edit changes none of what that text tells, the old output
// with moved offsets is exactly what relinking would build; only a quote's own text may change,
// when no quote near it can echo it (echoUnaffected), and the figures, which are not linked.

import { ECHO_WINDOW, HEADLINE_MAX, NAME_CONTEXT, TITLE_CONTEXT, echoKey, mayEcho, possessiveAt, type ParagraphState } from './assemble';
import { CAND_SIZE, C_END, C_START } from './entities';
import { phraseGender } from './gender';
import type { Move } from './incremental-move';
import type { LocalCue, LocalReported } from './local-cues';
import type { Figure, Quote } from './types';

/** The results of new paragraph `b` are those of old paragraph `a`, offsets moved by `m`; all but
 *  the figures, which the linking does not read (sameFigures). */
export function sameMoved(a: ParagraphState, b: ParagraphState, m: Move): boolean {
  // text typed at a paragraph's start or end joins it
  if (b.start !== m.end(a.start) || b.end !== m.start(a.end)) return false;
  const x = a.local;
  const y = b.local;
  if (x.opensWithQuote !== y.opensWithQuote || x.length > HEADLINE_MAX !== y.length > HEADLINE_MAX) return false;
  // offsets compared in text coordinates: old paragraph offset r is at a.start + r
  const s = (r: number, r2: number) => m.start(a.start + r) === b.start + r2;
  const e = (r: number, r2: number) => m.end(a.start + r) === b.start + r2;
  const cue = (c: LocalCue | null, d: LocalCue | null) =>
    c === null || d === null ? c === d : s(c.cueStart, d.cueStart) && e(c.cueEnd, d.cueEnd) && s(c.npStart, d.npStart) && e(c.npEnd, d.npEnd);
  const cues = (cs: (LocalCue | null)[], ds: (LocalCue | null)[]) => {
    if (cs.length !== ds.length) return false;
    for (let i = 0; i < cs.length; i++) if (!cue(cs[i], ds[i])) return false;
    return true;
  };

  if (x.quotes.length !== y.quotes.length) return false;
  for (let i = 0; i < x.quotes.length; i++) {
    const q = x.quotes[i];
    const r = y.quotes[i];
    if (q.open !== r.open || q.partial !== r.partial || !s(q.start, r.start) || !e(q.end, r.end)) return false;
    // a quote opening its paragraph continues one or takes the previous paragraph's trailing cue
    if ((q.start === 0) !== (r.start === 0)) return false;
  }
  if (!cues(x.quoteCues, y.quoteCues) || !cues(x.subjectCues, y.subjectCues) || !cues(x.introCues, y.introCues) || !cue(x.trailingCue, y.trailingCue)) return false;
  if (x.reported.length !== y.reported.length) return false;
  for (let i = 0; i < x.reported.length; i++) {
    const c: LocalReported = x.reported[i];
    const d: LocalReported = y.reported[i];
    if (!cue(c, d) || !s(c.contentStart, d.contentStart) || !e(c.contentEnd, d.contentEnd)) return false;
  }
  const xe = x.entities;
  const ye = y.entities;
  if (xe.length !== ye.length) return false;
  for (let k = 0; k < xe.length; k += CAND_SIZE) {
    if (!s(xe[k + C_START] as number, ye[k + C_START] as number) || !e(xe[k + C_END] as number, ye[k + C_END] as number)) return false;
    for (let j = 0; j < CAND_SIZE; j++) if (j !== C_START && j !== C_END && xe[k + j] !== ye[k + j]) return false;
  }
  return true;
}

/** New paragraph `b`'s figures are old paragraph `a`'s, offsets moved by `m`. */
export function sameFigures(a: ParagraphState, b: ParagraphState, m: Move): boolean {
  const x = a.local.figures;
  const y = b.local.figures;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const f: Figure = x[i];
    const g: Figure = y[i];
    if (m.start(a.start + f.start) !== b.start + g.start || m.end(a.start + f.end) !== b.start + g.end) return false;
    if (f.text !== g.text || f.kind !== g.kind || f.value !== g.value || f.unit !== g.unit) return false;
  }
  return true;
}

/** The edit changes what the linking reads around old paragraph `p`'s results (see the header),
 *  other than the text inside a quote that is not partial. */
export function readsEdit(p: ParagraphState, m: Move, oldText: string, newText: string): boolean {
  const base = p.start;
  const x = p.local;
  const cue = (c: LocalCue | null) => c !== null && (m.inside(c.cueStart + base, c.cueEnd + base) || m.inside(c.npStart + base, c.npEnd + base));
  const anyCue = (cs: (LocalCue | null)[]) => {
    for (let i = 0; i < cs.length; i++) if (cue(cs[i])) return true;
    return false;
  };
  for (let i = 0; i < x.quotes.length; i++) {
    const q = x.quotes[i];
    // a partial quote may be a title: its text and the words before it decide
    if (q.partial && (m.inside(q.start + base, q.end + base) || m.near(q.start + base - TITLE_CONTEXT, q.start + base))) return true;
  }
  if (anyCue(x.quoteCues) || anyCue(x.subjectCues) || anyCue(x.introCues) || anyCue(x.reported) || cue(x.trailingCue)) return true;
  const xe = x.entities;
  for (let k = 0; k < xe.length; k += CAND_SIZE) {
    const start = (xe[k + C_START] as number) + base;
    const end = (xe[k + C_END] as number) + base;
    if (m.inside(start, end)) return true;
    if (m.near(start - NAME_CONTEXT, start)) {
      const after = m.start(start);
      const was = phraseGender(oldText.slice(Math.max(0, start - NAME_CONTEXT), start));
      if (after !== after || was !== phraseGender(newText.slice(Math.max(0, after - NAME_CONTEXT), after))) return true;
    }
    if (m.near(end, end + 3)) {
      const after = m.end(end);
      if (after !== after || possessiveAt(oldText, end) !== possessiveAt(newText, after)) return true;
    }
  }
  return false;
}

/** How far before or after a paragraph the text read around its results reaches. */
export const READ_REACH = Math.max(TITLE_CONTEXT, NAME_CONTEXT, 3);

/** Quote `i`'s text changes to `newText`: no quote within the echo window may take a speaker by
 *  repeating it differently (assemble.ts echoSpeakers). `lengthOf(q)` is the length of the
 *  paragraph holding quote q. */
export function echoUnaffected(quotes: Quote[], i: number, newText: string, lengthOf: (q: Quote) => number): boolean {
  const q = quotes[i];
  // the edited quote itself may echo another
  if (echoes(q, q.text.length, lengthOf) || echoes(q, newText.length, lengthOf)) return false;
  // one that does not echo kept its speaker, if any, from before the echo pass; without one it is
  // never repeated from
  if (!q.speaker) return true;
  let oldKey: string | undefined;
  let newKey: string | undefined;
  for (let k = Math.max(0, i - ECHO_WINDOW); k <= i + ECHO_WINDOW && k < quotes.length; k++) {
    const o = quotes[k];
    if (k === i || !echoes(o, o.text.length, lengthOf)) continue;
    // whether echoSpeakers finds o repeated in q, before and after the edit
    const key = echoKey(o.text);
    oldKey ??= echoKey(q.text);
    newKey ??= echoKey(newText);
    if ((q.text.length > o.text.length && oldKey.includes(key)) !== (newText.length > o.text.length && newKey.includes(key))) return false;
  }
  return true;
}

/** Whether echoSpeakers looked at quote q: one whose speaker came from anywhere but inheritance
 *  had it before that pass, so was skipped; an inherited one may have come from the pass itself. */
function echoes(q: Quote, textLength: number, lengthOf: (q: Quote) => number): boolean {
  return !(q.speaker && q.method !== 'inherited') && mayEcho(q.partial, textLength, lengthOf(q));
}
