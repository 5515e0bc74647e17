import * as vscode from 'vscode';
import { z } from 'zod';
import type { Entity } from '../../core/analyzer';
import { isArticle } from '../language';

const glossarySchema = z.array(
  z.object({
    name: z.string().min(1),
    type: z.enum(['person', 'organization', 'place']),
    description: z.string().optional(),
    aliases: z.array(z.string().min(1)).optional(),
  }),
);

export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

const GLOSSARY_PATH = ['.newsmark', 'entities.json'];

/**
 * The optional workspace glossary `.newsmark/entities.json`: descriptions shown in entity hovers,
 * matched on the canonical name, an alias, or any mention's spelling. Reloaded when the file changes.
 */
export class Glossary implements vscode.Disposable {
  private byName = new Map<string, GlossaryEntry>();
  private readonly subs: vscode.Disposable[] = [];

  /** bumped by every load, so a slower earlier read never overwrites a newer one */
  private generation = 0;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.newsmark/entities.json');
    const reload = () => void this.load();
    // file watchers can miss events (remote and web file systems, a folder created with the file):
    // opening an article reads the glossary again, one small file
    const onOpen = vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isArticle(doc)) reload();
    });
    this.subs.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload), onOpen);
    reload();
  }

  describe(e: Entity): string | undefined {
    for (const name of [e.name, ...e.mentions.map((m) => m.text)]) {
      const hit = this.byName.get(name.toLowerCase());
      if (hit && hit.type === e.type && hit.description) return hit.description;
    }
    return undefined;
  }

  async load(): Promise<void> {
    const generation = ++this.generation;
    const next = new Map<string, GlossaryEntry>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ...GLOSSARY_PATH);
      let raw: string;
      try {
        raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // no glossary: fine
      }
      try {
        const parsed = glossarySchema.safeParse(JSON.parse(raw));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          this.log.warn(`glossary ${uri.toString()}: [${issue?.path.join('.')}] ${issue?.message ?? 'invalid'} (ignored)`);
          continue;
        }
        for (const entry of parsed.data) for (const n of [entry.name, ...(entry.aliases ?? [])]) next.set(n.toLowerCase(), entry);
      } catch (err) {
        this.log.warn(`glossary ${uri.toString()}: ${err instanceof Error ? err.message : String(err)} (ignored)`);
      }
    }
    if (generation === this.generation) this.byName = next;
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
  }
}
