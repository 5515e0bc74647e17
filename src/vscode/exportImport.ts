import * as vscode from 'vscode';
import type { Analysis } from '../core/analyzer';
import { EXPORT_FORMATS, exportAs, FORMATS, isExportFormat, type ExportFormat } from '../core/export';
import { importBrat, importW3C } from '../core/import';
import type { ClaimStore } from './claims/store';
import { isArticle } from './language';
import type { Settings } from './settings';

/** What the commands accept from code (tests, other extensions); the palette asks for each instead. */
export interface ExportArgs {
  format?: ExportFormat;
  /** where to write; default: beside the article, `<article>.<extension>` after a save dialog */
  target?: string;
}
export interface ImportArgs {
  source?: string;
}

/** "Newsmark: Export Annotations…" and "Newsmark: Import Annotations…" for the active article. */
export function registerExportImport(
  store: ClaimStore,
  analysisOf: (doc: vscode.TextDocument) => Analysis | undefined,
  settings: Settings,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  const activeArticle = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!isArticle(doc)) throw new Error('open a news article first');
    return doc;
  };
  const report = (err: unknown) => {
    const msg = err instanceof Error ? err.message : String(err);
    log.error(msg);
    void vscode.window.showErrorMessage(`Newsmark: ${msg}`);
    return undefined;
  };

  const exportCmd = vscode.commands.registerCommand('newsmark.exportAnnotations', async (args: ExportArgs = {}) => {
    try {
      const doc = activeArticle();
      await store.ensureLoaded(doc);
      const format = args.format ?? (await pickFormat());
      if (!format) return undefined;
      if (!isExportFormat(format)) throw new Error(`unknown export format "${format}" (${EXPORT_FORMATS.join(', ')})`);
      const analysis = analysisOf(doc);
      if (!analysis) throw new Error('this article was not analysed (see newsmark.maxAnalysisSize)');
      const { url, datePublished } = settings.current.export;
      const out = exportAs(format, {
        articleUri: url ?? doc.uri.toString(),
        text: doc.getText(),
        analysis,
        sidecar: store.currentSidecar(doc),
        meta: { url, datePublished },
      });
      const suggested = doc.uri.with({ path: `${doc.uri.path.replace(/\.[^./]+$/, '')}.${out.extension}` });
      const target = args.target
        ? vscode.Uri.parse(args.target)
        : await vscode.window.showSaveDialog({ defaultUri: suggested, title: `Export ${FORMATS[format].description}` });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(out.content));
      log.info(`exported ${format} to ${target.toString(true)}`);
      if (!args.target) void vscode.window.showInformationMessage(`Newsmark: exported to ${target.path.split('/').pop()}`);
      return target.toString();
    } catch (err) {
      return report(err);
    }
  });

  const importCmd = vscode.commands.registerCommand('newsmark.importAnnotations', async (args: ImportArgs = {}) => {
    try {
      const doc = activeArticle();
      const source = args.source
        ? vscode.Uri.parse(args.source)
        : (await vscode.window.showOpenDialog({ title: 'Import claims from brat (.ann) or W3C Web Annotation (.json, .jsonld)', filters: { Annotations: ['ann', 'json', 'jsonld'] } }))?.[0];
      if (!source) return undefined;
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      const text = doc.getText();
      const creator = settings.current.creator || undefined;
      const result = source.path.endsWith('.ann') ? importBrat(content, text, { creator }) : importW3C(content, text, { creator });
      for (const p of result.problems) log.warn(`import ${source.toString(true)}: ${JSON.stringify(p)}`);
      const added = await store.importClaims(doc, result.claims);
      const orphans = result.claims.filter((c) => c.status === 'orphaned').length;
      const note = [`${added} claim${added === 1 ? '' : 's'} imported`, orphans ? `${orphans} orphaned (words not found)` : '', result.problems.length ? `${result.problems.length} problem(s), see the log` : '']
        .filter(Boolean).join(', ');
      if (!args.source) void vscode.window.showInformationMessage(`Newsmark: ${note}.`);
      return { added, orphans, problems: result.problems.length };
    } catch (err) {
      return report(err);
    }
  });

  return [exportCmd, importCmd];
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f, description: FORMATS[f].description, format: f })),
    { title: 'Export annotations as…' },
  );
  return pick?.format;
}
