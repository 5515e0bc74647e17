// Speakers found without a speech verb next to the quote (context-cues.ts) and the cue patterns
// added after the PolNeAR error analysis. Each sentence is made up in the style of the misses.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyzer/index';

function speakerOf(t: string, i = 0): [string | null, string | null, string] {
  const q = analyze(t).quotes[i];
  assert.ok(q, `no quote ${i} in ${t}`);
  return [q.speaker?.name ?? null, q.cue?.text ?? null, q.method];
}

describe('analyzer: speakers from context', () => {
  it('takes the subject of a sentence whose verb is not a speech cue, and says so', () => {
    assert.deepEqual(speakerOf('Maria Lopez openly admires the mayor as a “strong leader.”'), ['Maria Lopez', 'openly admires', 'subject']);
    assert.deepEqual(speakerOf('The Republican nominee also outlined his plan and vowed to punish “those who leak.”'), ['The Republican nominee', 'also outlined', 'subject']);
    assert.deepEqual(speakerOf('At Monday’s debate, Clinton branded his remarks as “examples of disrespect.”'), ['Clinton', 'branded', 'subject']);
    assert.deepEqual(speakerOf('Sen. Ann Fry (D-Vt.), who lost the primary, identified “exhaustion” as the reason.'), ['Ann Fry', 'identified', 'subject']);
    assert.deepEqual(speakerOf('He’s claiming that fraud is “a big, big problem.”'), ['He', '’s claiming', 'subject']);
  });

  it('does not take a copula or a passive subject as the speaker', () => {
    assert.deepEqual(speakerOf('The senator is a “con artist” to his critics.'), [null, null, 'none']);
    assert.deepEqual(speakerOf('“American Skin” was praised by Springsteen in 1999.'), [null, null, 'none']);
  });

  it('gives a quote opening a sentence the previous sentence’s subject, below a previous quote’s speaker', () => {
    assert.deepEqual(speakerOf('Sen. Ann Fry identified exhaustion as the reason. “Young people are tired of it.”'), ['Ann Fry', 'identified', 'subject']);
    const a = analyze('“One,” Blinken said. Bank executives disagreed. “Two.”');
    assert.deepEqual([a.quotes[1].speaker?.name, a.quotes[1].method], ['Blinken', 'inherited']);
  });

  it('reads dash bylines and transcript speakers', () => {
    assert.deepEqual(speakerOf('“He scares me.” ― Krystal Correa'), ['Krystal Correa', '―', 'explicit']);
    assert.deepEqual(speakerOf('"PENCE: Well, look, this is serious.\n\n"WALLACE: But, Governor, I have to ask.'), ['PENCE', ':', 'explicit']);
  });

  it('gives a partial quote inside reported speech that speaker', () => {
    assert.deepEqual(speakerOf('A cashier who “steals a handful of $20s” is held accountable, Warren said.'), ['Warren', 'said', 'explicit']);
  });

  it('lets a quote after reported speech inherit its speaker', () => {
    assert.deepEqual(speakerOf('The talks stalled over Syria, Schiff said. “The other factor is timing.”'), ['Schiff', null, 'inherited']);
  });

  it('reads cues through party tags, nested closing marks and appositives', () => {
    assert.deepEqual(speakerOf('“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.'), ['Gwen Moore', 'said', 'explicit']);
    assert.deepEqual(speakerOf('“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.'), ['Mitch McConnell', 'said', 'explicit']);
    assert.deepEqual(speakerOf('“They said, ‘It was those 5,000 people,’” Merkley said.'), ['Merkley', 'said', 'explicit']);
    assert.deepEqual(speakerOf('The country "has made dramatic changes," McConnell said in June 2012.'), ['McConnell', 'said', 'explicit']);
    assert.deepEqual(speakerOf('“They are wrong,” said 9/11 widow Terry Strada.'), ['Terry Strada', 'said', 'explicit']);
    assert.deepEqual(speakerOf('“So why didn’t he pay?” a narrator in the Clinton ad asks.'), ['a narrator in the Clinton ad', 'asks', 'explicit']);
  });

  it('never takes a day, a number or an adverb for the speaker', () => {
    assert.notEqual(speakerOf('“It is over,” said Tuesday.')[0], 'Tuesday');
    assert.deepEqual(speakerOf('Marc Morial forcefully told a young woman that "this is not the first generation."').slice(0, 2), ['Marc Morial', 'forcefully told']);
    const a = analyze('In August, several environmental groups granted an extension, saying his "capital was less than expected."');
    assert.equal(a.quotes[0].speaker?.name, 'several environmental groups');
  });

  it('reads "it added", "Said X:" and "as X put it"', () => {
    assert.deepEqual(speakerOf('“He continues to pursue the projects,” it further wrote.'), ['it', 'further wrote', 'pronoun']);
    assert.deepEqual(speakerOf('Ellis is an economist. Said Ellis: “I don’t get the sense she cares.”'), ['Ellis', 'Said', 'explicit']);
    assert.deepEqual(speakerOf('The requirement is a "lawful source of income," as a Homeland Security memo put it.').slice(1), ['put it', 'explicit']);
  });

  it('prefers a cue closing the sentence right after a partial quote', () => {
    const t = 'DuVernay said she felt the amendment was worth examining because “most people don’t know about that loop-hole,” she said.';
    assert.deepEqual(speakerOf(t).slice(1), ['said', 'pronoun']);
    assert.equal(analyze(t).quotes[0].speaker?.text, 'she');
  });
});

describe('analyzer: pronoun gender', () => {
  it('lets "she" skip the men mentioned since, and "he" the women', () => {
    const a = analyze('Hillary Clinton spoke first. Donald Trump replied. “We will win,” she said.');
    assert.deepEqual([a.quotes[0].speaker?.text, a.quotes[0].speaker?.name], ['she', 'Hillary Clinton']);
    const b = analyze('Mrs. Lynch met Mr. Comey. “It was fine,” she said. “It was not,” he said.');
    assert.deepEqual(b.quotes.map((q) => q.speaker?.name), ['Lynch', 'Comey']);
  });

  it('keeps the nearest person when nothing tells the gender', () => {
    const a = analyze('Alex Morgan met Sam Reyes. “It was fine,” she said.');
    assert.equal(a.quotes[0].speaker?.name, 'Sam Reyes');
  });
});

describe('analyzer: clauses', () => {
  it('does not reach back past a clause with its own subject for the cue', () => {
    const t = '“You winning?” she said, but Kevin was drifting off again, and as Trump went on about “how the system is rigged,” Melanie said yes.';
    assert.deepEqual(speakerOf(t, 1), ['Trump', 'went', 'subject']);
  });

  it('still reaches back past a clause without a subject of its own', () => {
    assert.deepEqual(speakerOf('He said he was angry because the deal was “a disaster.”').slice(1), ['said', 'pronoun']);
  });
});

describe('analyzer: more patterns from the PolNeAR misses', () => {
  it('reads a name and verb right after a quote, and a participle after it', () => {
    const t = '“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton before asking her, “Where do we go from here?”';
    assert.deepEqual(speakerOf(t, 0), ['Blige', 'sings', 'subject']);
    assert.deepEqual(speakerOf(t, 1), ['Blige', 'asking', 'explicit']);
  });

  it('gives the second of two coordinated verbs the first one’s subject', () => {
    const t = 'Though she called the behavior “outrageous” and called for pay to be “clawed back,” Clinton said little else.';
    assert.equal(analyze(t).quotes[1].speaker?.text, 'she');
  });

  it('skips a long opening phrase and a participle opener', () => {
    const t = 'With Democratic leaders increasingly worried about a lack of passion for the party among young black voters, President Obama is rolling out a new message: "It\'s about me."';
    assert.deepEqual(speakerOf(t), ['Obama', 'is rolling', 'subject']);
  });

  it('takes the author of a passive "was written by"', () => {
    assert.deepEqual(speakerOf('“American Skin (41 Shots)” was written by Springsteen after the shooting.'), ['Springsteen', 'was written by', 'subject']);
    assert.deepEqual(speakerOf('“The Deal” was praised by Smith.'), [null, null, 'none']);
  });

  it('gives no speaker to a show title after "on" or a possessive', () => {
    const a = analyze('Flynn said Thursday on Fox News’s “Fox and Friends.” Trump called her “Crooked Hillary” in a speech.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), [null, 'Trump']);
  });
});

describe('analyzer: long speaker phrases after the verb', () => {
  it('reads a name joined by "and" up to the person', () => {
    assert.deepEqual(speakerOf('“The next 48 hours are critical,” said Environment and Climate Change Canada meteorologist Alain Tremblay.').slice(0, 2), ['Alain Tremblay', 'said']);
  });
});
