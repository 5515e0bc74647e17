// `npm run eval`: every evaluation, printed (or as JSON with --json; -v lists the errors).
// Data comes from ../shared/eval (or NEWSMARK_EVAL_DIR); each part skips with a message when absent.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalAttribution, printAttribution } from './attribution';
import { evalEntities, printEntities } from './entities';

async function main(): Promise<void> {
  const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
  const json = process.argv.includes('--json');
  const results: Record<string, unknown> = {};
  results.attribution = await evalAttribution();
  results.entities = await evalEntities();
  const figuresPath = join(dirname(fileURLToPath(import.meta.url)), 'figures.ts');
  let printFigures: ((e: never, v: boolean) => void) | undefined;
  if (existsSync(figuresPath)) {
    const figures = await import('./figures');
    results.figures = await figures.evalFigures();
    printFigures = (figures as { printReport?: (e: never, v: boolean) => void }).printReport;
  }
  if (json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  printAttribution(results.attribution as Awaited<ReturnType<typeof evalAttribution>>, verbose);
  printEntities(results.entities as Awaited<ReturnType<typeof evalEntities>>, verbose);
  if (results.figures) {
    if (printFigures) printFigures(results.figures as never, verbose);
    else {
      const f = results.figures as { skipped?: string; overall?: { precision: number; recall: number; f1: number } };
      if (f.skipped) console.log(`figures: skipped (${f.skipped})`);
      else if (f.overall) console.log(`figures — overall  P ${f.overall.precision.toFixed(3)}  R ${f.overall.recall.toFixed(3)}  F1 ${f.overall.f1.toFixed(3)}  (details: npx tsx scripts/eval/figures.ts)`);
    }
  }
}

main().catch((err) => {
  console.error(`eval failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
