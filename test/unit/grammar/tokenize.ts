// Loads the project's TextMate grammar into the real engine VS Code uses (vscode-textmate + oniguruma).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..', '..');
let grammar: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async () => {
        const file = join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');
        return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
      },
    });
    const g = await registry.loadGrammar('text.news-article');
    if (!g) throw new Error('grammar text.news-article not found');
    return g;
  })();
  return grammar;
}

/** Tokenizes every line; returns the scopes of each token as `text → scopes`. */
export async function tokenize(text: string): Promise<{ text: string; scopes: string[] }[]> {
  const g = await loadGrammar();
  let stack = vsctm.INITIAL;
  const out: { text: string; scopes: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = g.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  }
  return out;
}
