// The readable (non-JSON) report of one analysed file.
import type { Analysis, Entity, Figure, Quote } from '../core/analyzer/types';
import type { Palette } from './terminal';

const MAX_ROWS = 12;
const QUOTE_WIDTH = 70;

function oneLine(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}

function formatValue(f: Figure): string {
  if (f.value === null) return f.kind;
  const v = Math.abs(f.value) >= 1e4 ? f.value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(f.value);
  return `${f.kind} ${v}${f.unit ? ' ' + f.unit : ''}`;
}

function more(rows: number, c: Palette): string {
  return rows > MAX_ROWS ? `\n    ${c.dim(`… ${rows - MAX_ROWS} more`)}` : '';
}

function quoteRow(q: Quote, c: Palette): string {
  const who = q.speaker ? c.cyan(q.speaker.name) : c.dim('(unattributed)');
  const how = q.method === 'explicit' || q.method === 'none' ? '' : c.dim(` [${q.method}]`);
  return `    ${who}${how}: ${c.green(oneLine(q.text, QUOTE_WIDTH))}`;
}

function entityRow(e: Entity, c: Palette): string {
  const n = e.mentions.length;
  return `    ${c.magenta(e.name)} ${c.dim(`${e.type}, ${n} mention${n === 1 ? '' : 's'}`)}`;
}

export function formatSummary(file: string, a: Analysis, c: Palette): string {
  const lines: string[] = [];
  lines.push(c.bold(file));
  const counts = [
    `${a.quotes.length} quote${a.quotes.length === 1 ? '' : 's'}`,
    `${a.attributions.filter((x) => x.reported).length} reported`,
    `${a.figures.length} figure${a.figures.length === 1 ? '' : 's'}`,
    `${a.entities.length} entit${a.entities.length === 1 ? 'y' : 'ies'}`,
  ];
  lines.push(`  ${c.dim(counts.join(' · '))}`);
  if (a.quotes.length) {
    lines.push(`  ${c.bold('Quotes')}`);
    lines.push(...a.quotes.slice(0, MAX_ROWS).map((q) => quoteRow(q, c)));
    if (a.quotes.length > MAX_ROWS) lines.push(more(a.quotes.length, c).slice(1));
  }
  if (a.figures.length) {
    lines.push(`  ${c.bold('Figures')}`);
    for (const f of a.figures.slice(0, MAX_ROWS)) lines.push(`    ${c.yellow(oneLine(f.text, 40))} ${c.dim(formatValue(f))}`);
    if (a.figures.length > MAX_ROWS) lines.push(more(a.figures.length, c).slice(1));
  }
  if (a.entities.length) {
    const sorted = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length);
    lines.push(`  ${c.bold('Entities')}`);
    lines.push(...sorted.slice(0, MAX_ROWS).map((e) => entityRow(e, c)));
    if (sorted.length > MAX_ROWS) lines.push(more(sorted.length, c).slice(1));
  }
  return lines.join('\n') + '\n';
}
