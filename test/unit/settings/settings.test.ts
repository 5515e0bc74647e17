import * as assert from 'node:assert/strict';
import { DEFAULT_LABELS, defaultSettings, parseSettings } from '../../../src/core/settings';

describe('settings', () => {
  it('has the default labels with titles and #RRGGBB colours', () => {
    assert.deepEqual(DEFAULT_LABELS.map((l) => l.id), ['verified', 'disputed', 'false', 'misleading', 'needs-source', 'opinion']);
    assert.deepEqual(DEFAULT_LABELS.map((l) => l.title), ['Verified', 'Disputed', 'False', 'Misleading', 'Needs source', 'Opinion']);
    for (const l of DEFAULT_LABELS) assert.match(l.color, /^#[0-9A-F]{6}$/i);
  });

  it('gives the defaults for nothing at all', () => {
    for (const raw of [undefined, null, {}, 42, 'x']) {
      const { settings, errors } = parseSettings(raw);
      assert.deepEqual(settings, defaultSettings());
      assert.deepEqual(errors, []);
    }
    const d = defaultSettings();
    assert.deepEqual(d.claimLabels, DEFAULT_LABELS);
    assert.equal(d.semanticHighlighting, true);
    assert.deepEqual(d.decorations, { quotes: true, figures: true, entities: true });
    assert.equal(d.creator, '');
    assert.deepEqual(d.export, { url: undefined, datePublished: undefined });
    assert.equal(d.maxAnalysisSize, 20_000_000);
  });

  it('reads flat keys (as VS Code gives them), with or without the newsmark. prefix, and nested objects', () => {
    const flat = parseSettings({ 'decorations.quotes': false, 'newsmark.semanticHighlighting': false, creator: 'Ana', 'export.url': 'https://x.test/a', 'export.datePublished': '' });
    assert.deepEqual(flat.errors, []);
    assert.equal(flat.settings.decorations.quotes, false);
    assert.equal(flat.settings.decorations.figures, true);
    assert.equal(flat.settings.semanticHighlighting, false);
    assert.equal(flat.settings.creator, 'Ana');
    assert.deepEqual(flat.settings.export, { url: 'https://x.test/a', datePublished: undefined });
    const nested = parseSettings({ newsmark: { decorations: { entities: false }, maxAnalysisSize: 5 } });
    assert.equal(nested.settings.decorations.entities, false);
    assert.equal(nested.settings.maxAnalysisSize, 5);
  });

  it('falls back to the default for each invalid piece and says which', () => {
    const { settings, errors } = parseSettings({ semanticHighlighting: 'yes', maxAnalysisSize: -1, 'decorations.figures': false, unknownKey: 1 });
    assert.equal(settings.semanticHighlighting, true);
    assert.equal(settings.maxAnalysisSize, 20_000_000);
    assert.equal(settings.decorations.figures, false);
    assert.equal(errors.length, 2);
    assert.match(errors[0], /^newsmark\.semanticHighlighting: /);
    assert.match(errors[1], /^newsmark\.maxAnalysisSize: /);
  });

  it('keeps the valid custom labels, drops invalid and duplicate ones, and never ends up with none', () => {
    const { settings, errors } = parseSettings({
      claimLabels: [
        { id: 'satire', title: 'Satire', color: '#123abc' },
        { id: 'Bad Id', title: 'x', color: '#123456' },
        { id: 'satire', title: 'Again', color: '#123456' },
        { id: 'ok', title: 'OK', color: 'red' },
      ],
    });
    assert.deepEqual(settings.claimLabels, [{ id: 'satire', title: 'Satire', color: '#123abc' }]);
    assert.equal(errors.length, 3);
    assert.match(errors[0], /claimLabels\[1\]\.id/);
    assert.match(errors[1], /duplicate id "satire"/);
    assert.match(errors[2], /claimLabels\[3\]\.color/);
    for (const bad of [[], 'verified', [{ id: 'x' }]]) {
      const r = parseSettings({ claimLabels: bad });
      assert.deepEqual(r.settings.claimLabels, DEFAULT_LABELS);
      assert.ok(r.errors.length > 0);
    }
  });
});
