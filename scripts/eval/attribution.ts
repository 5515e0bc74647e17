// Attribution evaluation: quotes, speakers and reported speech.
//  1. Hand-annotated gold fixtures (test/fixtures/gold): quote F1 by span overlap, speaker accuracy
//     over found quotes, reported-speech (cue, content) F1 and speaker accuracy.
//  2. PolNeAR dev (../shared/eval/polnear-dev, or NEWSMARK_EVAL_DIR): recall of direct-quote
//     contents, speaker overlap with the annotated Source, recall of reported (cue, content) pairs.
// Run: npx tsx scripts/eval/attribution.ts [-v]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyzer/index';
import type { Span } from '../../src/core/analyzer/types';
import { loadGold } from './gold';
import { CUE_VERBS } from '../../src/core/analyzer/gazetteer-words';
import { prf, matchByOverlap, overlaps, sameSpeaker, pct, type PRF } from './metrics';

export interface AttributionEval {
  gold: {
    quotes: PRF;
    speakerAccuracy: number;
    partialAccuracy: number;
    reported: PRF;
    reportedSpeakerAccuracy: number;
    errors: string[];
  };
  polnear: {
    skipped?: string;
    files: number;
    directQuotes: { gold: number; found: number; recall: number; predictedQuotes: number; predictedOverlappingAnyContent: number; precision: number };
    speakerOverlap: number;
    /** the same, reading Source/Cue the other way round where the Source is a speech verb */
    speakerOverlapLabelsFixed: number;
    swappedLabels: number;
    reported: PRF;
  };
}

export function defaultEvalDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return process.env.NEWSMARK_EVAL_DIR ?? resolve(here, '../../../shared/eval');
}

function evalGold(): AttributionEval['gold'] {
  let gq = 0, pq = 0, tq = 0, spOk = 0, partOk = 0;
  let gr = 0, pr = 0, tr = 0, tpPred = 0, rsOk = 0;
  const errors: string[] = [];
  for (const art of loadGold()) {
    const a = analyze(art.text);
    const m = matchByOverlap(art.quotes, a.quotes);
    gq += art.quotes.length;
    pq += a.quotes.length;
    art.quotes.forEach((g, i) => {
      const snippet = art.text.slice(g.start, Math.min(g.end, g.start + 50));
      if (m[i] < 0) return void errors.push(`${art.name}: missed quote ${snippet}`);
      tq++;
      const p = a.quotes[m[i]];
      if (g.speaker === null ? p.speaker === null : sameSpeaker(g.speaker, p.speaker?.name, p.speaker?.text)) spOk++;
      else errors.push(`${art.name}: speaker of ${snippet}: want ${g.speaker}, got ${p.speaker?.name ?? 'none'}`);
      if (g.partial === p.partial) partOk++;
      else errors.push(`${art.name}: partial of ${snippet}: want ${g.partial}`);
    });
    const matchedQ = new Set(m);
    a.quotes.forEach((p, i) => matchedQ.has(i) || errors.push(`${art.name}: extra quote ${p.text.slice(0, 50)}`));
    const rep = a.attributions.filter((x) => x.reported);
    const asContent = rep.map((x) => ({ ...x.content, x }));
    const rm = matchByOverlap(
      art.reported.map((r) => ({ ...r.content, r })),
      asContent,
      (g, p) => overlaps(g.r.cue, p.x.cue),
    );
    gr += art.reported.length;
    pr += rep.length;
    art.reported.forEach((g, i) => {
      if (rm[i] < 0) return void errors.push(`${art.name}: missed reported [${g.speaker}] ${g.cue.text}: ${art.text.slice(g.content.start, g.content.start + 50)}`);
      tr++;
      const p = rep[rm[i]];
      if (sameSpeaker(g.speaker, p.speaker?.name, p.speaker?.text)) rsOk++;
      else errors.push(`${art.name}: reported speaker for ${g.cue.text}: want ${g.speaker}, got ${p.speaker?.name}`);
    });
    const matchedR = new Set(rm);
    rep.forEach((p, i) => {
      if (matchedR.has(i)) tpPred++;
      else errors.push(`${art.name}: extra reported [${p.speaker?.text}] ${p.cue.text}: ${art.text.slice(p.content.start, p.content.start + 50)}`);
    });
  }
  return {
    quotes: prf(gq, pq, tq),
    speakerAccuracy: tq ? spOk / tq : 0,
    partialAccuracy: tq ? partOk / tq : 0,
    reported: prf(gr, pr, tr, tpPred),
    reportedSpeakerAccuracy: tr ? rsOk / tr : 0,
    errors,
  };
}

interface AnnSpan extends Span {
  type: string;
  text: string;
}

/** brat standoff: T lines (possibly fragmented "s e;s e") and E lines linking Source/Cue/Content. */
function parseAnn(src: string): { source?: AnnSpan; cue?: AnnSpan; content?: AnnSpan }[] {
  const spans = new Map<string, AnnSpan>();
  const events: { source?: AnnSpan; cue?: AnnSpan; content?: AnnSpan }[] = [];
  const eLines: string[] = [];
  for (const line of src.split('\n')) {
    const parts = line.split('\t');
    if (parts[0].startsWith('T') && parts.length >= 3) {
      const [type, ...rest] = parts[1].split(' ');
      const nums = rest.join(' ').split(';').flatMap((f) => f.split(' ').map(Number));
      spans.set(parts[0], { type, start: Math.min(...nums), end: Math.max(...nums), text: parts[2] });
    } else if (parts[0].startsWith('E')) eLines.push(parts[1] ?? '');
  }
  for (const e of eLines) {
    const ev: { source?: AnnSpan; cue?: AnnSpan; content?: AnnSpan } = {};
    for (const arg of e.split(' ')) {
      const [role, id] = arg.split(':');
      const s = spans.get(id);
      if (!s) continue;
      if (role.startsWith('Source')) ev.source = s;
      else if (role.startsWith('Cue')) ev.cue = s;
      else if (role.startsWith('Content')) ev.content = s;
    }
    if (ev.content) events.push(ev);
  }
  return events;
}

const QUOTE_MARKS = /[“”"«»]|''/; // '' is the New York Times archive's double quote

function evalPolnear(evalDir: string): AttributionEval['polnear'] {
  const dir = join(evalDir, 'polnear-dev');
  const emptyPrf = prf(0, 0, 0);
  const empty = { files: 0, directQuotes: { gold: 0, found: 0, recall: 0, predictedQuotes: 0, predictedOverlappingAnyContent: 0, precision: 0 }, speakerOverlap: 0, speakerOverlapLabelsFixed: 0, swappedLabels: 0, reported: emptyPrf };
  if (!existsSync(join(dir, 'attributions'))) return { skipped: `no eval data at ${dir}`, ...empty };
  let files = 0, gq = 0, fq = 0, spk = 0, spkN = 0, pq = 0, pqOk = 0, spkSwapped = 0, spkFixed = 0;
  let gr = 0, pr = 0, tr = 0, trPred = 0;
  for (const f of readdirSync(join(dir, 'attributions')).filter((n) => n.endsWith('.ann')).sort()) {
    const txtPath = join(dir, 'text', f.replace(/_[^_]*\.ann$/, '.txt'));
    if (!existsSync(txtPath)) continue;
    files++;
    const text = readFileSync(txtPath, 'utf8');
    const events = parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8'));
    const a = analyze(text);
    const direct = events.filter((e) => QUOTE_MARKS.test(text.slice(e.content!.start, e.content!.end)));
    const reportedGold = events.filter((e) => !direct.includes(e) && e.cue);
    // direct quotes: a predicted quote inside the content. Nested attributions ("Flynn said Trump
    // was “right” when he said “…”") are matched innermost first, so each quote goes to the
    // attribution that holds it most tightly.
    const byLength = direct.map((_, i) => i).sort((x, y) => (direct[x].content!.end - direct[x].content!.start) - (direct[y].content!.end - direct[y].content!.start) || x - y);
    const mSorted = matchByOverlap(byLength.map((i) => ({ ...direct[i].content!, e: direct[i] })), a.quotes);
    const m = new Array<number>(direct.length);
    byLength.forEach((i, k) => (m[i] = mSorted[k]));
    gq += direct.length;
    direct.forEach((e, i) => {
      if (m[i] < 0) return;
      fq++;
      if (!e.source) return;
      spkN++;
      const p = a.quotes[m[i]];
      const ok = (src: AnnSpan) => !!p.speaker && (overlaps(p.speaker, src) || sameSpeaker(src.text, p.speaker.name));
      if (ok(e.source)) spk++;
      // a few events have Source and Cue labels swapped (Source "said", Cue "Hester"): counted apart
      const swapped = e.cue && CUE_VERBS.has(e.source.text.toLowerCase()) && !CUE_VERBS.has(e.cue.text.toLowerCase());
      if (swapped) spkSwapped++;
      if (ok(e.source) || (swapped && ok(e.cue!))) spkFixed++;
    });
    pq += a.quotes.length;
    for (const q of a.quotes) if (events.some((e) => overlaps(q, e.content!))) pqOk++;
    const rep = a.attributions.filter((x) => x.reported);
    const rm = matchByOverlap(
      reportedGold.map((e) => ({ ...e.content!, e })),
      rep.map((x) => ({ ...x.content, x })),
      (g, p) => overlaps(g.e.cue!, p.x.cue),
    );
    gr += reportedGold.length;
    pr += rep.length;
    tr += rm.filter((k) => k >= 0).length;
    // a prediction is right if it matches any gold attribution (direct ones included)
    for (const x of rep) if (events.some((e) => e.cue && overlaps(e.cue, x.cue) && overlaps(e.content!, x.content))) trPred++;
  }
  return {
    files,
    directQuotes: { gold: gq, found: fq, recall: gq ? fq / gq : 0, predictedQuotes: pq, predictedOverlappingAnyContent: pqOk, precision: pq ? pqOk / pq : 0 },
    speakerOverlap: spkN ? spk / spkN : 0,
    speakerOverlapLabelsFixed: spkN ? spkFixed / spkN : 0,
    swappedLabels: spkSwapped,
    reported: prf(gr, pr, tr, trPred),
  };
}

export async function evalAttribution(evalDir: string = defaultEvalDir()): Promise<AttributionEval> {
  return { gold: evalGold(), polnear: evalPolnear(evalDir) };
}

export function printAttribution(e: AttributionEval, verbose = false): void {
  const g = e.gold;
  console.log('attribution — gold fixtures (test/fixtures/gold)');
  console.log(`  quotes        P ${pct(g.quotes.precision)}  R ${pct(g.quotes.recall)}  F1 ${pct(g.quotes.f1)}  (${g.quotes.truePositives}/${g.quotes.gold} gold, ${g.quotes.predicted} predicted)`);
  console.log(`  speaker acc   ${pct(g.speakerAccuracy)} over found quotes;  partial flag acc ${pct(g.partialAccuracy)}`);
  console.log(`  reported      P ${pct(g.reported.precision)}  R ${pct(g.reported.recall)}  F1 ${pct(g.reported.f1)}  (${g.reported.truePositives}/${g.reported.gold} gold, ${g.reported.predicted} predicted);  speaker acc ${pct(g.reportedSpeakerAccuracy)}`);
  if (verbose) for (const x of g.errors) console.log(`    ${x}`);
  const p = e.polnear;
  if (p.skipped) {
    console.log(`attribution — polnear: skipped (${p.skipped})`);
    return;
  }
  console.log(`attribution — PolNeAR dev (${p.files} annotation files)`);
  console.log(`  direct quotes recall ${pct(p.directQuotes.recall)} (${p.directQuotes.found}/${p.directQuotes.gold});  predicted quotes inside some annotated content ${pct(p.directQuotes.precision)} (${p.directQuotes.predictedOverlappingAnyContent}/${p.directQuotes.predictedQuotes})`);
  console.log(`  speaker overlaps Source ${pct(p.speakerOverlap)} (over found quotes with a Source);  ${pct(p.speakerOverlapLabelsFixed)} reading ${p.swappedLabels} swapped Source/Cue labels the other way round`);
  console.log(`  reported (cue, content)  R ${pct(p.reported.recall)} (${p.reported.truePositives}/${p.reported.gold})  P ${pct(p.reported.precision)}  F1 ${pct(p.reported.f1)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalAttribution().then((e) => printAttribution(e, process.argv.includes('-v') || process.argv.includes('--verbose')), (err) => {
    console.error(`attribution eval failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
