import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openArticle, readText, waitFor, writeFile, wsFile } from './helpers';

interface Api {
  claimsFor(uri: vscode.Uri): readonly { id: string; label: string; note: string; range: vscode.Range | null }[];
}

const SAMPLE = () => wsFile('samples', 'korea-artillery-shells.article');

suite('export and import in the editor', () => {
  teardown(closeAll);

  test('exports the sample article in every format, with its claims as they stand in the editor', async () => {
    const editor = await openArticle(SAMPLE());
    const api = (await activateExtension()).exports as Api;
    await waitFor(() => api.claimsFor(SAMPLE()).length === 3, 'the sample claims');
    // an edit above the claims: the export must use today's offsets, not the sidecar's
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED '));
    const out = (ext: string) => wsFile(`export-${Date.now()}.${ext}`);

    const w3cUri = await vscode.commands.executeCommand<string>('newsmark.exportAnnotations', { format: 'w3c', target: out('jsonld').toString() });
    const w3c = JSON.parse(await readText(vscode.Uri.parse(w3cUri)));
    assert.equal(w3c.type, 'AnnotationCollection');
    const items = w3c.first.items as { target: { selector: { type: string; exact?: string; start?: number }[] } }[];
    assert.equal(items.length, 3);
    const text = editor.document.getText();
    for (const item of items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.ok(text.includes(quote.exact!));
      if (pos) assert.equal(pos.start, [...text.slice(0, text.indexOf(quote.exact!))].length, 'code point position after the edit');
    }

    const brat = await readText(vscode.Uri.parse(await vscode.commands.executeCommand<string>('newsmark.exportAnnotations', { format: 'brat', target: out('ann').toString() })));
    assert.match(brat, /^T\d+\tQuote \d+ \d+\t/m);
    assert.match(brat, /^R\d+\tSaidBy Arg1:T\d+ Arg2:T\d+/m);
    assert.match(brat, /^T\d+\tClaim \d+ \d+\t/m);

    const reviews = JSON.parse(await readText(vscode.Uri.parse(await vscode.commands.executeCommand<string>('newsmark.exportAnnotations', { format: 'claimreview', target: out('jsonld').toString() }))));
    const list = Array.isArray(reviews) ? reviews : reviews['@graph'] ?? [reviews];
    assert.ok(list.some((r: { '@type': string; claimReviewed: string; itemReviewed?: { author?: { name: string } } }) => r['@type'] === 'ClaimReview'
      && r.claimReviewed.includes('$19.3 billion') && r.itemReviewed?.author?.name === 'Antony Blinken'), JSON.stringify(list).slice(0, 600));

    const csv = await readText(vscode.Uri.parse(await vscode.commands.executeCommand<string>('newsmark.exportAnnotations', { format: 'csv', target: out('csv').toString() })));
    assert.ok(csv.split('\r\n').length > 20);
    const jsonl = await readText(vscode.Uri.parse(await vscode.commands.executeCommand<string>('newsmark.exportAnnotations', { format: 'jsonl', target: out('jsonl').toString() })));
    assert.ok(jsonl.trim().split('\n').every((l) => typeof JSON.parse(l).kind === 'string'));
  });

  test('imports brat claims into a fresh article, anchored on its words, as one undoable step', async () => {
    const article = wsFile(`import-${Date.now()}.article`);
    const text = 'Headline\nThe minister said the plan would cost $5bn.\nCritics called the figure “fantasy”.\n';
    await writeFile(article, text);
    const editor = await openArticle(article);
    const api = (await activateExtension()).exports as Api;
    const s = text.indexOf('the plan would cost $5bn');
    // stale offsets (shifted by 3): the words win
    const ann = `T1\tClaim ${s + 3} ${s + 3 + 24}\tthe plan would cost $5bn\nA1\tLabel T1 disputed\n#1\tAnnotatorNotes T1\tcheck the budget\n`;
    const source = wsFile(`import-${Date.now()}.ann`);
    await writeFile(source, ann);
    const result = await vscode.commands.executeCommand<{ added: number; orphans: number }>('newsmark.importAnnotations', { source: source.toString() });
    assert.deepEqual(result && { added: result.added, orphans: result.orphans }, { added: 1, orphans: 0 });
    const claims = api.claimsFor(article);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].label, 'disputed');
    assert.equal(claims[0].note, 'check the budget');
    assert.equal(editor.document.getText(claims[0].range!), 'the plan would cost $5bn');
    const sidecar = JSON.parse(await readText(article.with({ path: `${article.path}.annotations.json` })));
    assert.equal(sidecar.annotations.length, 1);
    await vscode.commands.executeCommand('newsmark.undoLastTag', { uri: article.toString() });
    assert.equal(api.claimsFor(article).length, 0, 'undo removes the import');
  });
});
