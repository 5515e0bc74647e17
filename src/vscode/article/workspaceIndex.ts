import * as vscode from 'vscode';
import { analyze, type EntityType } from '../../core/analyzer';
import type { Settings } from '../settings';

export interface IndexedEntity {
  name: string;
  type: EntityType;
  /** per file: mention offsets of this entity */
  files: { uri: vscode.Uri; mentions: { start: number; end: number }[] }[];
}

const GLOB = '**/*.{article,news}';

/**
 * Entities across every article of the workspace, for the view's workspace mode. Built in the background
 * (cancellable, with progress) on first use, then kept current file by file through a watcher.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly perFile = new Map<string, { uri: vscode.Uri; entities: { name: string; type: EntityType; mentions: { start: number; end: number }[] }[] }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  private building: Promise<void> | undefined;
  private cts: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Starts indexing once; later calls wait for the same run. */
  ensureBuilt(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    this.watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.watcher.onDidCreate((u) => void this.indexFile(u).then(() => this.emitter.fire()));
    this.watcher.onDidChange((u) => void this.indexFile(u).then(() => this.emitter.fire()));
    this.watcher.onDidDelete((u) => {
      this.perFile.delete(u.toString());
      this.emitter.fire();
    });
    this.cts = new vscode.CancellationTokenSource();
    const outer = this.cts.token;
    await vscode.window.withProgress(
      { location: { viewId: 'newsmark.articleView' }, title: 'Indexing articles', cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles(GLOB, '**/node_modules/**', undefined, token);
        let done = 0;
        for (const uri of files) {
          if (token.isCancellationRequested || outer.isCancellationRequested) {
            this.log.info(`workspace index cancelled after ${done} of ${files.length} articles`);
            break;
          }
          await this.indexFile(uri);
          done++;
          progress.report({ message: `${done}/${files.length}`, increment: 100 / files.length });
          if (done % 20 === 0) this.emitter.fire();
        }
      },
    );
    this.emitter.fire();
  }

  private async indexFile(uri: vscode.Uri): Promise<void> {
    try {
      // an open document's unsaved text wins over the file on disk
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (text.length > this.settings.current.maxAnalysisSize) {
        this.log.info(`workspace index: ${uri.toString()} skipped (larger than newsmark.maxAnalysisSize)`);
        return;
      }
      const a = analyze(text);
      this.perFile.set(uri.toString(), { uri, entities: a.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })) })) });
    } catch (err) {
      this.log.warn(`workspace index: ${uri.toString()}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Entities merged by (type, name) across files, most mentioned first. */
  entities(): IndexedEntity[] {
    const merged = new Map<string, IndexedEntity>();
    for (const f of this.perFile.values()) {
      for (const e of f.entities) {
        const key = `${e.type}:${e.name}`;
        const m = merged.get(key) ?? { name: e.name, type: e.type, files: [] };
        m.files.push({ uri: f.uri, mentions: e.mentions });
        merged.set(key, m);
      }
    }
    const count = (e: IndexedEntity) => e.files.reduce((n, f) => n + f.mentions.length, 0);
    return [...merged.values()].sort((x, y) => count(y) - count(x) || x.name.localeCompare(y.name));
  }

  get fileCount(): number {
    return this.perFile.size;
  }

  dispose(): void {
    this.cts?.cancel();
    this.cts?.dispose();
    this.watcher?.dispose();
    this.emitter.dispose();
  }
}
