import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analyzer/index';

const text = readFileSync(resolve(__dirname, '../../../samples/korea-artillery-shells.article'), 'utf8');
const a = analyze(text);

function quote(startsWith: string) {
  const q = a.quotes.find((x) => x.text.startsWith(startsWith));
  assert.ok(q, `no quote starting ${startsWith}`);
  return q;
}

describe('analyzer: the sample article', () => {
  it('finds every quote, and nothing else', () => {
    assert.deepEqual(
      a.quotes.map((q) => q.text.slice(0, 21)),
      [
        '“confidential”', '“under the premise th', '“In order to make up ', '“agreed ‘in principle',
        '“But the allies are h', '“We’ve provided human', '“In any case, it’s a ', '“indispensable”',
        '“This drawdown will b', '“The air defence, lon', '“We will continue to ',
      ],
    );
  });

  it('attributes each quote to the right speaker, by the right method', () => {
    const got = a.quotes.map((q) => [q.text.slice(0, 14), q.speaker?.name ?? null, q.method, q.partial]);
    assert.deepEqual(got, [
      ['“confidential”', 'South Korea’s defence ministry', 'explicit', true],
      ['“under the pre', 'South Korea’s defence ministry', 'explicit', true],
      ['“In order to m', 'South Korea’s defence ministry', 'explicit', false],
      ['“agreed ‘in pr', 'Yonhap News Agency', 'explicit', true],
      ['“But the allie', 'Yonhap News Agency', 'explicit', false],
      ['“We’ve provide', 'Yoon Suk-yeol', 'explicit', false],
      ['“In any case, ', 'Yoon Suk-yeol', 'pronoun', false],
      ['“indispensable', 'Volodymyr Zelenskyy', 'pronoun', true],
      ['“This drawdown', 'Antony Blinken', 'explicit', false],
      ['“The air defen', 'Antony Blinken', 'explicit', false],
      ['“We will conti', 'Antony Blinken', 'inherited', false],
    ]);
  });

  it('links speakers to entities and points the speaker span at the text', () => {
    const yoon = quote('“We’ve');
    assert.equal(yoon.speaker?.text, 'Yoon');
    assert.equal(yoon.speaker?.entityId, 'person:yoon-suk-yeol');
    assert.equal(text.slice(yoon.speaker!.start, yoon.speaker!.end), 'Yoon');
    assert.equal(yoon.cue?.text, 'told');
    const added = quote('“In any case');
    assert.equal(added.speaker?.text, 'he');
    assert.equal(added.cue?.text, 'added');
    const ministry = quote('“In order');
    assert.equal(ministry.speaker?.text, 'the ministry');
    assert.equal(ministry.speaker?.entityId, 'org:south-koreas-defence-ministry');
    const yonhap = quote('“But the allies');
    assert.equal(yonhap.speaker?.text, 'Yonhap');
    assert.equal(yonhap.speaker?.entityId, 'org:yonhap-news-agency');
  });

  it('names every person by the full name, with the role the text gives', () => {
    const people = a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role ?? null]);
    assert.deepEqual(people.sort(), [
      ['Antony Blinken', 'US Secretary of State'],
      ['Lee Jong-sup', 'defence minister'],
      ['Lloyd Austin', 'US Secretary of Defense'],
      ['Vladimir Putin', 'Russian President'],
      ['Volodymyr Zelenskyy', 'Ukrainian President'],
      ['Yoon Suk-yeol', 'South Korean President'],
    ]);
    const putin = a.entities.find((e) => e.id === 'person:vladimir-putin')!;
    assert.deepEqual(putin.mentions.map((m) => m.text), ['Putin', 'Vladimir Putin', 'Putin', 'Putin']);
  });

  it('groups the ministry’s mentions and the places’ aliases', () => {
    const ministry = a.entities.find((e) => e.id === 'org:south-koreas-defence-ministry')!;
    assert.deepEqual(ministry.mentions.map((m) => m.text), ['South Korea’s defence ministry', 'the ministry', 'the country’s defence ministry', 'The ministry']);
    const us = a.entities.find((e) => e.id === 'place:united-states')!;
    assert.equal(us.mentions[0].text, 'United States');
    assert.ok(us.mentions.slice(1).every((m) => m.text === 'US'));
    assert.ok(a.entities.some((e) => e.id === 'org:al-jazeera' && e.type === 'organization'));
  });

  it('finds reported speech with speaker, cue and content', () => {
    const rep = a.attributions.filter((x) => x.reported).map((x) => [x.speaker?.name, x.cue.text, text.slice(x.content.start, x.content.end).slice(0, 31)]);
    assert.deepEqual(rep.find((r) => r[1] === 'warned'), ['The official', 'warned', 'news of the talks being made pu']);
    assert.deepEqual(rep.find((r) => r[1] === 'denied'), ['Yoon Suk-yeol', 'denied', 'Seoul had provided any lethal w']);
    assert.ok(rep.some((r) => r[0] === 'Vladimir Putin' && r[1] === 'said' && r[2] === 'such a decision would destroy t'));
    assert.ok(rep.some((r) => r[0] === 'local media' && r[1] === 'reported'));
    // direct quotes with a cue are attributions too
    assert.equal(a.attributions.filter((x) => !x.reported).length, 10);
  });

  it('returns every array sorted by start, with offsets that point at the text', () => {
    for (const list of [a.quotes, a.attributions, a.figures, a.entities.map((e) => e.mentions[0])]) {
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start);
    }
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
});
