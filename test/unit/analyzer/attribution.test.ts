import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyzer/index';

function speakerOf(t: string, i = 0) {
  const q = analyze(t).quotes[i];
  assert.ok(q, `no quote ${i} in ${t}`);
  return [q.speaker?.name ?? null, q.cue?.text ?? null, q.method];
}

describe('analyzer: attribution', () => {
  it('reads the common cue patterns', () => {
    assert.deepEqual(speakerOf('“We will win,” Antony Blinken said.'), ['Antony Blinken', 'said', 'explicit']);
    assert.deepEqual(speakerOf('Antony Blinken said: “We will win.”'), ['Antony Blinken', 'said', 'explicit']);
    assert.deepEqual(speakerOf('“We will win,” said US Secretary of State Antony Blinken.'), ['Antony Blinken', 'said', 'explicit']);
    assert.deepEqual(speakerOf('According to Reuters, “talks are over”.'), ['Reuters', 'According to', 'explicit']);
    assert.deepEqual(speakerOf('“We never sent weapons,” Yoon Suk-yeol told reporters.'), ['Yoon Suk-yeol', 'told', 'explicit']);
    assert.deepEqual(speakerOf('“But talks go on,” Yonhap reported, citing a statement from the ministry.'), ['Yonhap News Agency', 'reported', 'explicit']);
    assert.deepEqual(speakerOf('“It is not perfect,” Senator Elena Marquez, the committee’s chairwoman, said after the vote.'), ['Elena Marquez', 'said', 'explicit']);
  });

  it('resolves a surname to the full name given earlier, and links the entity', () => {
    const a = analyze('South Korean President Yoon Suk-yeol spoke on Monday.\n“We are neutral,” Yoon told reporters.');
    const q = a.quotes[0];
    assert.equal(q.speaker?.name, 'Yoon Suk-yeol');
    assert.equal(q.speaker?.text, 'Yoon');
    assert.equal(q.speaker?.entityId, 'person:yoon-suk-yeol');
  });

  it('resolves he/she to the person last mentioned, and unnamed speakers too', () => {
    const a = analyze('“First,” Yoon Suk-yeol said.\nBut, he added: “Second.”');
    assert.deepEqual([a.quotes[1].speaker?.name, a.quotes[1].method], ['Yoon Suk-yeol', 'pronoun']);
    const b = analyze('Mark Rutte spoke. A spokesperson for APM Terminals said the company had made an offer.\n«The door is open,» she said.');
    assert.equal(b.quotes[0].speaker?.name, 'A spokesperson for APM Terminals');
  });

  it('lets a quote paragraph with no cue inherit the previous speaker, but not across a gap', () => {
    const a = analyze('“One,” Blinken said.\n“Two.”\nSomething else happened.\nMore news.\n“Three.”');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name ?? null, q.method]), [['Blinken', 'explicit'], ['Blinken', 'inherited'], [null, 'none']]);
  });

  it('takes the cue from a paragraph ending in a colon', () => {
    assert.deepEqual(speakerOf('Pat Caddell continued:\n"The numbers are bad."'), ['Pat Caddell', 'continued', 'explicit']);
  });

  it('finds reported speech without quotation marks', () => {
    const t = 'The official said that the funds could be used. Yonhap reported that talks were close. The minister warned that the deal could fail. The ships were diverted, local media reported.';
    const rep = analyze(t).attributions.filter((x) => x.reported).map((x) => [x.speaker?.name, x.cue.text, t.slice(x.content.start, x.content.end)]);
    assert.deepEqual(rep, [
      ['The official', 'said', 'the funds could be used'],
      ['Yonhap News Agency', 'reported', 'talks were close'],
      ['The minister', 'warned', 'the deal could fail'],
      ['local media', 'reported', 'The ships were diverted'],
    ]);
  });

  it('lists direct quotes among the attributions too', () => {
    const a = analyze('“We will win,” Blinken said.');
    assert.equal(a.attributions.length, 1);
    assert.equal(a.attributions[0].reported, false);
    assert.deepEqual([a.attributions[0].content.start, a.attributions[0].content.end], [a.quotes[0].start, a.quotes[0].end]);
  });
});
