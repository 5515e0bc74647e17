// TextMate grammar speed in the real engine (vscode-textmate + oniguruma): linear in line length, so a
// pathological line costs time in proportion (VS Code itself stops tokenizing lines over 20,000 chars).
import { readFileSync } from 'node:fs';
import { tokenize } from '../test/unit/grammar/tokenize';
import type { BenchRow } from './row';

async function mbps(text: string): Promise<number> {
  await tokenize(text.slice(0, 10000)); // warm-up
  const t = performance.now();
  await tokenize(text);
  return Math.round((text.length / 1e6 / ((performance.now() - t) / 1000)) * 100) / 100;
}

export async function run(): Promise<BenchRow[]> {
  const sample = readFileSync('samples/korea-artillery-shells.article', 'utf8');
  const article = sample.repeat(Math.ceil(1_000_000 / sample.length));
  const unit = 'Officials said “the deal, worth $400m, ‘would go ahead 100,000 rounds 155mm 😀 שלום « ';
  const line1 = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const line5 = unit.repeat(Math.ceil(5_000_000 / unit.length));
  return [
    { name: 'grammar: 1 MB of articles (lines)', value: await mbps(article), unit: 'MB/s' },
    { name: 'grammar: 1 MB single line, unbalanced quotes', value: await mbps(line1), unit: 'MB/s' },
    { name: 'grammar: 5 MB single line, unbalanced quotes', value: await mbps(line5), unit: 'MB/s', note: 'same rate as 1 MB = linear' },
  ];
}
