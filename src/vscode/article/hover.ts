import * as vscode from 'vscode';
import type { Analysis, Entity, Figure, Quote } from '../../core/analyzer';
import { ARTICLE_SELECTOR } from '../language';
import type { AnalysisCache } from './analysisCache';
import { ENTITY_TYPE_TITLE, METHOD_TITLE, escapeMarkdown as esc, figureValue, shortQuote } from './format';
import type { Glossary } from './glossary';
import { entityById, figureAt, mentionAt, quoteAt, quotesOf, speakerAt } from './lookup';
import { REVEAL_COMMAND, revealLink } from './reveal';

/** Hovers on entity mentions (who, role, quotes), figures (normalised value) and quotes (who said it, how sure). */
export function registerArticleHover(cache: AnalysisCache, glossary?: Glossary): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(doc, pos) {
      const a = cache.get(doc);
      if (!a) return undefined;
      const offset = doc.offsetAt(pos);
      const parts: string[] = [];
      let span: { start: number; end: number } | undefined;
      const hit = mentionAt(a, offset);
      if (hit) {
        parts.push(entityMarkdown(doc.uri, a, hit.entity, glossary));
        span = hit.mention;
      }
      // a speaker that is not an entity mention ("he added"): show whom it was resolved to
      const spoken = hit ? undefined : speakerAt(a, offset);
      const resolved = entityById(a, spoken?.speaker?.entityId);
      if (spoken?.speaker && resolved) {
        parts.push(`*“${esc(spoken.speaker.text)}” is* ${entityMarkdown(doc.uri, a, resolved, glossary)}`);
        span = spoken.speaker;
      }
      const figure = hit || spoken ? undefined : figureAt(a, offset);
      if (figure) {
        parts.push(figureMarkdown(figure));
        span = figure;
      }
      const quote = quoteAt(a, offset);
      if (quote) {
        parts.push(quoteMarkdown(doc.uri, a, quote));
        span ??= quote;
      }
      if (!parts.length || !span) return undefined;
      // links may run our reveal command and nothing else
      const md = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
      md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
    },
  });
}

const MAX_QUOTES = 8;

export function entityMarkdown(uri: vscode.Uri, a: Analysis, e: Entity, glossary?: Glossary): string {
  const lines = [`**${esc(e.name)}** · ${ENTITY_TYPE_TITLE[e.type]}`];
  if (e.role) lines.push(`*${esc(e.role)}*`);
  const description = glossary?.describe(e);
  if (description) lines.push(esc(description));
  lines.push(`Mentioned ${e.mentions.length === 1 ? 'once' : `${e.mentions.length} times`}`);
  const quotes = quotesOf(a, e);
  if (quotes.length) {
    lines.push(`Quoted ${quotes.length === 1 ? 'once' : `${quotes.length} times`}:`);
    // a long article can quote someone hundreds of times: list the first few, count the rest
    const shown = quotes.slice(0, MAX_QUOTES).map((q) => `- [${esc(shortQuote(q, 70))}](${revealLink(uri, q.start, q.end)} "Go to the quote")`);
    if (quotes.length > MAX_QUOTES) shown.push(`- *…and ${quotes.length - MAX_QUOTES} more (Newsmark view)*`);
    lines.push(shown.join('\n'));
  }
  return lines.join('\n\n');
}

export function figureMarkdown(f: Figure): string {
  return `**${esc(f.text)}** · ${f.kind}\n\n${f.value === null ? '' : `= ${esc(figureValue(f))}`}`.trim();
}

export function quoteMarkdown(uri: vscode.Uri, a: Analysis, q: Quote): string {
  const speaker = q.speaker;
  const who = speaker
    ? `[${esc(speaker.name)}](${revealLink(uri, speaker.start, speaker.end)} "Go to the speaker")`
    : '*no named speaker*';
  const entity = entityById(a, speaker?.entityId);
  const role = entity?.role ? `, ${esc(entity.role)}` : '';
  const cue = q.cue ? ` “${esc(q.cue.text)}”` : '';
  const how = q.method === 'none' ? METHOD_TITLE.none : `${METHOD_TITLE[q.method]}${q.method === 'explicit' ? cue : ''}`;
  return `**${q.partial ? 'Partial quote' : 'Quote'}** by ${who}${role}\n\n*${how}*`;
}
