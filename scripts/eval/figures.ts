// Figures evaluation against the Microsoft Recognizers-Text English spec cases (dev part).
// Gold `End` is inclusive. A gold figure is found when a predicted figure overlaps its span and
// has the same numeric value (for ranges, either bound). Run: npx tsx scripts/eval/figures.ts
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFigures, rangeHigh } from '../../src/core/analyzer/figures';
import type { Figure, FigureKind } from '../../src/core/analyzer/types';

interface GoldResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  End: number;
}

interface Case {
  Input: string;
  Results?: GoldResult[];
}

export interface ModelMetrics {
  model: string;
  cases: number;
  gold: number;
  found: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** of found gold figures with a unit, how many had the right unit */
  unitAccuracy: number | null;
  misses: string[];
  falsePositives: string[];
}

export interface FiguresEval {
  skipped?: string;
  models: ModelMetrics[];
  overall: { gold: number; found: number; predicted: number; truePositives: number; precision: number; recall: number; f1: number };
}

const MODELS: { file: string; model: string; kinds: FigureKind[] }[] = [
  // ordinals are a separate Recognizers-Text model, so they are not Number predictions
  { file: 'NumberModel.dev.json', model: 'Number', kinds: ['count', 'range', 'year'] },
  { file: 'CurrencyModel.dev.json', model: 'Currency', kinds: ['money'] },
  { file: 'DimensionModel.dev.json', model: 'Dimension', kinds: ['measure'] },
  { file: 'PercentModel.dev.json', model: 'Percent', kinds: ['percent'] },
];

// Recognizers-Text unit names → our units
const UNIT_NAMES: Record<string, string[]> = {
  Dollar: ['USD', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD'], 'United States dollar': ['USD'], 'Canadian dollar': ['CAD'],
  Euro: ['EUR'], Pound: ['GBP', 'lb'], 'Japanese yen': ['JPY'], 'Chinese yuan': ['CNY'], Franc: ['CHF'],
  Pence: ['pence'], Cent: ['cents'], 'Costa Rican colón': ['CRC'], 'Lao kip': ['LAK'],
  Inch: ['in'], Mile: ['miles'], Barrel: ['barrels'], Ounce: ['oz'], Foot: ['ft'], Gallon: ['gal'],
  'Cubic foot': ['ft³'], 'Square meter': ['m²'], Bit: ['bit'], Meter: ['m'], Kilometer: ['km'],
  'Metric ton': ['tons', 'tonnes'], Ton: ['tonnes', 'tons'], 'Square kilometer': ['km²'], Decimeter: ['dm'],
  Megabyte: ['MB'], Kilogram: ['kg'], Microgram: ['µg'], Gram: ['g'],
};

function goldValue(r: GoldResult): number | null {
  const v = r.Resolution?.value;
  if (v === null || v === undefined) return null;
  const n = Number(String(v).replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-6;
}

function matches(f: Figure, start: number, end: number, value: number): boolean {
  if (f.end <= start || f.start >= end) return false;
  if (f.value !== null && close(f.value, value)) return true;
  const hi = rangeHigh(f);
  return hi !== null && close(hi, value);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function defaultEvalDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return process.env.NEWSMARK_EVAL_DIR ?? resolve(here, '../../../shared/eval');
}

export async function evalFigures(evalDir: string = defaultEvalDir()): Promise<FiguresEval> {
  const dir = join(evalDir, 'recognizers-text');
  const empty = { gold: 0, found: 0, predicted: 0, truePositives: 0, precision: 0, recall: 0, f1: 0 };
  if (!existsSync(dir)) return { skipped: `no eval data at ${dir}`, models: [], overall: empty };
  const models: ModelMetrics[] = [];
  for (const { file, model, kinds } of MODELS) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const cases = JSON.parse(readFileSync(path, 'utf8')) as Case[];
    let gold = 0;
    let found = 0;
    let predicted = 0;
    let tp = 0;
    let unitGold = 0;
    let unitOk = 0;
    const misses: string[] = [];
    const fps: string[] = [];
    for (const c of cases) {
      const figs = findFigures(c.Input);
      const golds = (c.Results ?? [])
        .map((r) => ({ r, start: r.Start, end: r.End + 1, value: goldValue(r) }))
        .filter((g) => g.value !== null) as { r: GoldResult; start: number; end: number; value: number }[];
      for (const g of golds) {
        gold++;
        const hit = figs.find((f) => matches(f, g.start, g.end, g.value));
        if (hit) {
          found++;
          const goldUnit = g.r.Resolution?.unit;
          if (goldUnit && model !== 'Number' && model !== 'Percent') {
            unitGold++;
            const iso = g.r.Resolution?.isoCurrency;
            const ok = (UNIT_NAMES[goldUnit] ?? []).includes(hit.unit ?? '') || (!!iso && hit.unit === iso);
            if (ok) unitOk++;
          }
        } else {
          misses.push(`${JSON.stringify(g.r.Text)}=${g.value} in ${JSON.stringify(c.Input.slice(0, 90))} got ${figs.map((f) => `${f.text}=${f.value}`).join(', ')}`);
        }
      }
      // precision over the kinds this model is about; a prediction is right if it matches some gold
      for (const f of figs) {
        if (!kinds.includes(f.kind)) continue;
        predicted++;
        if (golds.some((g) => matches(f, g.start, g.end, g.value))) tp++;
        else fps.push(`${JSON.stringify(f.text)} ${f.kind}=${f.value} in ${JSON.stringify(c.Input.slice(0, 80))}`);
      }
    }
    const precision = predicted ? tp / predicted : 1;
    const recall = gold ? found / gold : 1;
    models.push({
      model, cases: cases.length, gold, found, predicted, truePositives: tp,
      precision: round(precision), recall: round(recall), f1: round(f1(precision, recall)),
      unitAccuracy: unitGold ? round(unitOk / unitGold) : null, misses, falsePositives: fps,
    });
  }
  const sum = (k: 'gold' | 'found' | 'predicted' | 'truePositives') => models.reduce((a, m) => a + m[k], 0);
  const g = sum('gold');
  const fd = sum('found');
  const pr = sum('predicted');
  const tp = sum('truePositives');
  const p = pr ? tp / pr : 1;
  const r = g ? fd / g : 1;
  return { models, overall: { gold: g, found: fd, predicted: pr, truePositives: tp, precision: round(p), recall: round(r), f1: round(f1(p, r)) } };
}

function printReport(e: FiguresEval, verbose: boolean): void {
  if (e.skipped) {
    console.log(`figures eval skipped: ${e.skipped}`);
    return;
  }
  console.log('model      gold  found  recall  pred  tp   precision  F1     unit-acc');
  for (const m of e.models) {
    console.log(
      `${m.model.padEnd(10)} ${String(m.gold).padStart(4)}  ${String(m.found).padStart(5)}  ${m.recall.toFixed(3)}   ${String(m.predicted).padStart(4)}  ${String(m.truePositives).padStart(3)}  ${m.precision.toFixed(3)}      ${m.f1.toFixed(3)}  ${m.unitAccuracy === null ? '-' : m.unitAccuracy.toFixed(3)}`,
    );
  }
  const o = e.overall;
  console.log(`overall    ${String(o.gold).padStart(4)}  ${String(o.found).padStart(5)}  ${o.recall.toFixed(3)}   ${String(o.predicted).padStart(4)}  ${String(o.truePositives).padStart(3)}  ${o.precision.toFixed(3)}      ${o.f1.toFixed(3)}`);
  if (verbose) {
    for (const m of e.models) {
      for (const x of m.misses) console.log(`  miss ${m.model}: ${x}`);
      for (const x of m.falsePositives) console.log(`  fp   ${m.model}: ${x}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalFigures().then((e) => printReport(e, process.argv.includes('--verbose') || process.argv.includes('-v')), (err) => {
    console.error(`figures eval failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
