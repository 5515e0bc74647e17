import * as vscode from 'vscode';
import { ARTICLE_SELECTOR } from '../language';
import type { Settings } from '../settings';
import { claimRangeIn } from './commands';
import type { ClaimStore } from './store';

const TAG_KIND = vscode.CodeActionKind.Refactor.append('newsmark').append('tagClaim');
const EDIT_KIND = vscode.CodeActionKind.Refactor.append('newsmark').append('editClaim');

/**
 * The lightbulb: "Tag claim: <label>" on a selection (or the sentence under the cursor), and on a
 * tagged claim "Change label", "Edit claim note", "Remove claim tag".
 */
export function registerClaimCodeActions(store: ClaimStore, settings: Settings): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(doc, range) {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      await store.ensureLoaded(doc);
      if (store.problemFor(doc.uri)) return [];
      const actions: vscode.CodeAction[] = [];
      const uri = doc.uri.toString();
      const claim = store.claimAt(doc, range.start);
      if (claim) {
        for (const l of settings.current.claimLabels) {
          if (l.id === claim.label) continue;
          actions.push(action(`Change claim label to ${l.title}`, EDIT_KIND, 'newsmark.changeClaimLabel', { uri, id: claim.id, label: l.id }));
        }
        actions.push(action('Edit claim note…', EDIT_KIND, 'newsmark.editClaimNote', { uri, id: claim.id }));
        actions.push(action('Remove claim tag', EDIT_KIND, 'newsmark.removeClaimTag', { uri, id: claim.id }));
        return actions;
      }
      const target = editor && editor.selection.contains(range) ? claimRangeIn(editor) : rangeToOffsets(doc, range);
      if (!target) return [];
      for (const l of settings.current.claimLabels) {
        actions.push(action(`Tag claim: ${l.title}`, TAG_KIND, 'newsmark.tagClaim', { uri, ...target, label: l.id, note: '' }));
      }
      return actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, provider, {
    providedCodeActionKinds: [TAG_KIND, EDIT_KIND],
  });
}

function action(title: string, kind: vscode.CodeActionKind, command: string, args: object): vscode.CodeAction {
  const a = new vscode.CodeAction(title, kind);
  a.command = { title, command, arguments: [args] };
  return a;
}

function rangeToOffsets(doc: vscode.TextDocument, range: vscode.Range): { start: number; end: number } | null {
  if (range.isEmpty) return null;
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  return end > start ? { start, end } : null;
}
