import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyzer/index';

const ents = (t: string) => analyze(t).entities.map((e) => [e.id, e.type, e.name, e.role ?? null, e.mentions.map((m) => m.text)]);

describe('analyzer: entities', () => {
  it('takes a title prefix as the role and the rest as the name', () => {
    assert.deepEqual(ents('Russian President Vladimir Putin spoke. Putin left.'), [
      ['person:vladimir-putin', 'person', 'Vladimir Putin', 'Russian President', ['Vladimir Putin', 'Putin']],
    ]);
    const t = ents('Treasury Secretary Janet Yellen met the country’s defence minister Lee Jong-sup.');
    assert.deepEqual(t.map((e) => [e[2], e[3]]), [['Janet Yellen', 'Treasury Secretary'], ['Lee Jong-sup', 'defence minister']]);
  });

  it('names a person by the fullest form even when the surname comes first', () => {
    const e = analyze('Putin warns Seoul\nRussian President Vladimir Putin said so.').entities.find((x) => x.type === 'person')!;
    assert.equal(e.name, 'Vladimir Putin');
    assert.deepEqual(e.mentions.map((m) => m.text), ['Putin', 'Vladimir Putin']);
  });

  it('knows places and organisations by their aliases', () => {
    assert.deepEqual(ents('The US and the UN met in Kyiv, Reuters news agency said.').map((e) => [e[0], e[4]]), [
      ['place:united-states', ['US']],
      ['org:united-nations', ['UN']],
      ['place:kyiv', ['Kyiv']],
      ['org:reuters', ['Reuters']],
    ]);
  });

  it('links "the ministry" to a descriptive organisation named before', () => {
    const e = analyze('South Korea’s defence ministry said no. Later the ministry added more.').entities.find((x) => x.type === 'organization')!;
    assert.equal(e.name, 'South Korea’s defence ministry');
    assert.deepEqual(e.mentions.map((m) => m.text), ['South Korea’s defence ministry', 'the ministry']);
  });

  it('makes organisations of names ending in an organisation word, with their acronyms', () => {
    const e = analyze('Ukraine Security Assistance Initiative (USAI) funds were used; USAI said so.').entities.find((x) => x.type === 'organization')!;
    assert.equal(e.id, 'org:ukraine-security-assistance-initiative');
    assert.deepEqual(e.mentions.map((m) => m.text), ['Ukraine Security Assistance Initiative', 'USAI', 'USAI']);
  });

  it('does not take sentence-initial words, weekdays or demonyms for names', () => {
    assert.deepEqual(ents('The South Korean government said on Friday that However it was.'), []);
  });
});
