// Entity evaluation on the hand-annotated gold fixtures (test/fixtures/gold): mention F1 by exact
// span and type, entity-level checks (canonical name, role) for the gold entities.
// Run: npx tsx scripts/eval/entities.ts [-v]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyzer/index';
import { loadGold } from './gold';
import { prf, pct, type PRF } from './metrics';

export interface EntitiesEval {
  mentions: PRF;
  /** mentions whose span overlaps a gold mention of the same type (lenient) */
  overlapF1: number;
  /** gold entities found with exactly the gold canonical name */
  canonical: { gold: number; found: number; accuracy: number };
  /** gold entities with a role whose predicted role equals it */
  roles: { gold: number; correct: number; accuracy: number };
  perArticle: { name: string; f1: number }[];
  errors: string[];
}

export async function evalEntities(): Promise<EntitiesEval> {
  let g = 0, p = 0, tp = 0, ovTp = 0, ovPred = 0, cg = 0, cf = 0, rg = 0, rc = 0;
  const errors: string[] = [];
  const perArticle: { name: string; f1: number }[] = [];
  for (const art of loadGold()) {
    const a = analyze(art.text);
    const pred = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, entity: e.name })));
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const predKeys = new Set(pred.map(key));
    const goldKeys = new Set(art.mentions.map(key));
    let atp = 0;
    for (const m of art.mentions) {
      if (predKeys.has(key(m))) atp++;
      else errors.push(`${art.name}: missed ${m.type} "${art.text.slice(m.start, m.end)}" @${m.start}`);
      if (pred.some((x) => x.type === m.type && x.start < m.end && m.start < x.end)) ovTp++;
    }
    for (const x of pred) {
      if (!goldKeys.has(key(x))) errors.push(`${art.name}: extra ${x.type} "${x.text}" @${x.start} (${x.entity})`);
      if (art.mentions.some((m) => m.type === x.type && x.start < m.end && m.start < x.end)) ovPred++;
    }
    g += art.mentions.length;
    p += pred.length;
    tp += atp;
    perArticle.push({ name: art.name, f1: prf(art.mentions.length, pred.length, atp).f1 });
    for (const ge of art.entities) {
      cg++;
      const found = a.entities.find((e) => e.type === ge.type && e.name === ge.name);
      if (found) cf++;
      else errors.push(`${art.name}: no ${ge.type} entity named "${ge.name}" (have: ${a.entities.filter((e) => e.type === ge.type).map((e) => e.name).join(', ')})`);
      if (ge.role) {
        rg++;
        if (found?.role === ge.role) rc++;
        else errors.push(`${art.name}: role of ${ge.name}: want "${ge.role}", got "${found?.role ?? ''}"`);
      }
    }
  }
  const ov = prf(g, p, ovTp, ovPred);
  return {
    mentions: prf(g, p, tp),
    overlapF1: ov.f1,
    canonical: { gold: cg, found: cf, accuracy: cg ? cf / cg : 0 },
    roles: { gold: rg, correct: rc, accuracy: rg ? rc / rg : 0 },
    perArticle,
    errors,
  };
}

export function printEntities(e: EntitiesEval, verbose = false): void {
  const m = e.mentions;
  console.log('entities — gold fixtures (test/fixtures/gold), exact span + type');
  console.log(`  mentions      P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (${m.truePositives}/${m.gold} gold, ${m.predicted} predicted);  overlap F1 ${pct(e.overlapF1)}`);
  console.log(`  per article   ${e.perArticle.map((a) => `${a.name} ${pct(a.f1)}`).join(', ')}`);
  console.log(`  canonical     ${e.canonical.found}/${e.canonical.gold} gold entities found under their canonical name (${pct(e.canonical.accuracy)})`);
  console.log(`  roles         ${e.roles.correct}/${e.roles.gold} (${pct(e.roles.accuracy)})`);
  if (verbose) for (const x of e.errors) console.log(`    ${x}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalEntities().then((e) => printEntities(e, process.argv.includes('-v') || process.argv.includes('--verbose')), (err) => {
    console.error(`entities eval failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
