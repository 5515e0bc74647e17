import * as vscode from 'vscode';
import { ARTICLE_SELECTOR } from '../language';
import type { ClaimStore } from './store';

/** Hover on a tagged claim: its label, note, who tagged it and when. */
export function registerClaimHover(store: ClaimStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, {
    provideHover(doc, pos) {
      const claim = store.claimAt(doc, pos);
      if (!claim?.range) return undefined;
      const md = new vscode.MarkdownString();
      md.appendMarkdown(`**Claim: ${escape(claim.labelTitle)}**\n\n`);
      if (claim.note) md.appendMarkdown(`${escape(claim.note)}\n\n`);
      md.appendMarkdown(`*Tagged by ${escape(claim.creator)} on ${formatDate(claim.created)}*`);
      if (claim.modified !== claim.created) md.appendMarkdown(` *· edited ${formatDate(claim.modified)}*`);
      return new vscode.Hover(md, claim.range);
    },
  });
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}
