import * as vscode from 'vscode';
import { sentenceAt } from '../../core/text/sentence-at';
import { isArticle } from '../language';
import type { Settings } from '../settings';
import type { ClaimView } from './api';
import { SidecarError, type ClaimStore, type SidecarProblem } from './store';

/** Arguments the code actions (and tests, and keybindings) pass; every field optional for the palette. */
export interface ClaimCommandArgs {
  uri?: string;
  start?: number;
  end?: number;
  label?: string;
  note?: string;
  id?: string;
}

export function registerClaimCommands(store: ClaimStore, settings: Settings, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const guarded = <T>(name: string, fn: (args: ClaimCommandArgs) => Promise<T>) =>
    vscode.commands.registerCommand(name, async (args?: ClaimCommandArgs) => {
      try {
        return await fn(args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {});
      } catch (err) {
        if (err instanceof SidecarError) void showProblem(err.problem);
        else {
          log.error(`${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
          void vscode.window.showErrorMessage(`Newsmark: ${err instanceof Error ? err.message : String(err)}`);
        }
        return undefined;
      }
    });

  const labels = () => settings.current.claimLabels;

  const pickLabel = async (current?: string) => {
    const pick = await vscode.window.showQuickPick(
      labels().map((l) => ({ label: l.title, description: l.id === current ? 'current' : undefined, id: l.id })),
      { title: 'Tag claim', placeHolder: 'Label for the selected claim' },
    );
    return pick?.id;
  };

  return [
    guarded('newsmark.tagClaim', async (args) => {
      const editor = await editorFor(args.uri);
      const range = args.start !== undefined && args.end !== undefined ? { start: args.start, end: args.end } : claimRangeIn(editor);
      if (!range) {
        void vscode.window.showInformationMessage('Newsmark: select the words of the claim, or put the cursor in a sentence.');
        return undefined;
      }
      const label = args.label ?? (await pickLabel());
      if (!label) return undefined;
      if (!labels().some((l) => l.id === label)) throw new Error(`unknown claim label "${label}" (see the newsmark.claimLabels setting)`);
      let note = args.note;
      if (note === undefined && args.label === undefined) {
        note = await vscode.window.showInputBox({ title: 'Claim note (optional)', prompt: 'Why this label? Sources, reasoning…' });
      }
      const a = await store.tag(editor.document, { ...range, label, note: note ?? '' });
      return a.id;
    }),

    guarded('newsmark.changeClaimLabel', async (args) => {
      const { editor, claim } = await claimFor(store, args);
      if (!claim) return undefined;
      const label = args.label ?? (await pickLabel(claim.label));
      if (!label) return undefined;
      await store.update(editor.document, claim.id, { label });
      return claim.id;
    }),

    guarded('newsmark.editClaimNote', async (args) => {
      const { editor, claim } = await claimFor(store, args);
      if (!claim) return undefined;
      const note = args.note ?? (await vscode.window.showInputBox({ title: `Note for this ${claim.labelTitle} claim`, value: claim.note }));
      if (note === undefined) return undefined;
      await store.update(editor.document, claim.id, { note });
      return claim.id;
    }),

    guarded('newsmark.removeClaimTag', async (args) => {
      const { editor, claim } = await claimFor(store, args);
      if (!claim) return undefined;
      await store.remove(editor.document, claim.id);
      return claim.id;
    }),

    guarded('newsmark.undoLastTag', async (args) => {
      const editor = await editorFor(args.uri);
      const undone = await store.undo(editor.document);
      if (!undone) void vscode.window.showInformationMessage('Newsmark: no tag change to undo in this article.');
      return undone;
    }),

    guarded('newsmark.nextClaim', async (args) => jump(await editorFor(args.uri), store, +1)),
    guarded('newsmark.previousClaim', async (args) => jump(await editorFor(args.uri), store, -1)),

    guarded('newsmark.showClaims', async (args) => {
      const editor = await editorFor(args.uri);
      const claims = store.claimsFor(editor.document.uri);
      if (claims.length === 0) {
        void vscode.window.showInformationMessage('Newsmark: this article has no tagged claims yet.');
        return undefined;
      }
      const pick = await vscode.window.showQuickPick(
        claims.map((c) => ({
          label: `${c.labelTitle}: ${clip(c.exact)}`,
          description: c.range ? `line ${c.range.start.line + 1}` : 'orphaned: words not found',
          detail: c.note || undefined,
          claim: c,
        })),
        { title: 'Claims in this article', matchOnDescription: true, matchOnDetail: true },
      );
      if (pick?.claim.range) reveal(editor, pick.claim.range);
      return pick?.claim.id;
    }),

    guarded('newsmark.openSidecar', async (args) => {
      const editor = await editorFor(args.uri);
      const problem = store.problemFor(editor.document.uri);
      const uri = problem?.sidecar ?? vscode.Uri.parse(`${editor.document.uri.toString()}.annotations.json`);
      await vscode.window.showTextDocument(uri);
      return uri.toString();
    }),
  ];
}

async function editorFor(uri?: string): Promise<vscode.TextEditor> {
  const active = vscode.window.activeTextEditor;
  if (uri) {
    if (active?.document.uri.toString() === uri) return active;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    return visible ?? vscode.window.showTextDocument(vscode.Uri.parse(uri));
  }
  if (!active || !isArticle(active.document)) throw new Error('open a news article first');
  return active;
}

/** The selection, or the sentence under the cursor when nothing is selected. */
export function claimRangeIn(editor: vscode.TextEditor): { start: number; end: number } | null {
  const doc = editor.document;
  const sel = editor.selection;
  if (!sel.isEmpty) {
    const text = doc.getText(sel);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    const start = doc.offsetAt(sel.start) + lead;
    const end = doc.offsetAt(sel.end) - trail;
    return end > start ? { start, end } : null;
  }
  return sentenceAt(doc.getText(), doc.offsetAt(sel.active));
}

async function claimFor(store: ClaimStore, args: ClaimCommandArgs): Promise<{ editor: vscode.TextEditor; claim?: ClaimView }> {
  const editor = await editorFor(args.uri);
  await store.ensureLoaded(editor.document);
  const claim = args.id
    ? store.claimsFor(editor.document.uri).find((c) => c.id === args.id)
    : store.claimAt(editor.document, editor.selection.active);
  if (!claim) void vscode.window.showInformationMessage('Newsmark: put the cursor in a tagged claim first.');
  return { editor, claim };
}

function jump(editor: vscode.TextEditor, store: ClaimStore, dir: 1 | -1): string | undefined {
  const claims = store.claimsFor(editor.document.uri).filter((c) => c.range);
  if (claims.length === 0) return undefined;
  const here = editor.selection.active;
  const ordered = dir > 0 ? claims : [...claims].reverse();
  const next =
    ordered.find((c) => (dir > 0 ? c.range!.start.isAfter(here) : c.range!.start.isBefore(here))) ?? ordered[0]; // wraps around
  reveal(editor, next.range!);
  return next.id;
}

function reveal(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function showProblem(problem: SidecarProblem): Promise<void> {
  const name = problem.sidecar.path.split('/').pop();
  const choice = await vscode.window.showErrorMessage(
    `Newsmark: ${name} cannot be used (${problem.message}). It was left untouched; tagging is off for this article until it is fixed.`,
    'Open File',
  );
  if (choice === 'Open File') await vscode.window.showTextDocument(problem.sidecar);
}

function clip(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
