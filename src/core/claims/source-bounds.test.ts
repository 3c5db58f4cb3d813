import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const claim = (text: string, cue: string) => analyze(text).claims.find((c) => c.cue.text === cue);

describe('source bounds', () => {
  it('starts the source after a fronted phrase and its comma', () => {
    const text =
      'In New Zealand, former Prime Minister Jacinda Ardern said in a speech that misinformation was the obstacle.\n\n' +
      'In a statement on Monday, a department spokesman, Peter Carr, said the government was ready.\n';
    const claims = analyze(text).claims;
    expect(claims.map((c) => c.source?.text)).toEqual(['former Prime Minister Jacinda Ardern', 'a department spokesman, Peter Carr,']);
  });

  it('keeps another claim\'s cue out of a nested source', () => {
    const text = 'Lindqvist said Romania and Kazakhstan had reported the highest numbers.\n';
    expect(claim(text, 'had reported')?.source?.text).toBe('Romania and Kazakhstan');
  });

  it('takes the official, not the reason, from an anonymity clause', () => {
    const text =
      'A senior EU official, speaking on condition of anonymity because the talks were confidential, said a deal was still possible.\n';
    const c = claim(text, 'said');
    expect(c?.source?.text).toBe('A senior EU official');
    expect(c?.sourceKind).toBe('unnamed');
  });

  it('reads "The WHO" as an organisation source, not the pronoun, and keeps it out of the content', () => {
    const text = 'Cases rose again in the spring.\n\nThe WHO said it would publish updated figures in October.\n';
    const c = claim(text, 'said');
    expect(c).toMatchObject({ sourceKind: 'organization', source: { text: 'The WHO' }, content: { text: 'it would publish updated figures in October' } });
  });
});

describe('sources set off from their claim', () => {
  it('ends reported content where a trailing source phrase begins', () => {
    const text = 'The ethics committee has opened an inquiry into the bidding, two people with knowledge of the matter said on Tuesday.\n';
    expect(claim(text, 'said')).toMatchObject({
      source: { text: 'two people with knowledge of the matter' },
      content: { text: 'The ethics committee has opened an inquiry into the bidding' },
      sourceKind: 'unnamed',
    });
  });

  it('reads "who" as the phrase before it once its clause has closed', () => {
    const text = 'But a UEFA official, who asked not to be named, said European federations were watching closely.\n';
    expect(claim(text, 'said')?.source?.text).toBe('a UEFA official');
  });

  it('names the person of a source by its head, not by a name in its relative clause', () => {
    const text =
      'FIFA President Gianni Infantino defended the decision. UEFA President Aleksander Čeferin, whose organization has clashed with Infantino, said he would not comment.\n';
    const a = analyze(text);
    const c = a.claims.find((x) => x.cue.text === 'said');
    expect(a.people[c?.sourcePerson ?? -1]?.name).toBe('Aleksander Čeferin');
  });

  it('ends the first claim before "but" and a second reporting verb', () => {
    const text = 'A FIFA spokesperson said the organization "does not comment on ongoing cases" but insisted that the bidding had followed the rules.\n';
    expect(claim(text, 'said')?.content.text).toBe('the organization "does not comment on ongoing cases"');
    expect(claim(text, 'insisted')?.source?.text).toBe('A FIFA spokesperson');
    const urged = 'Minky Worden, a director at the group, said migrant workers faced "serious risks" and urged FIFA to demand guarantees.\n';
    expect(claim(urged, 'said')?.content.text).toBe('migrant workers faced "serious risks"');
  });
});

describe('who a source is', () => {
  const personOf = (text: string, cue: string) => {
    const a = analyze(text);
    const c = a.claims.find((x) => x.cue.text === cue);
    return c && c.sourcePerson !== null ? (a.people[c.sourcePerson]?.name ?? null) : null;
  };

  it('is nobody for a role phrase or an owned thing, and the apposed name otherwise', () => {
    expect(personOf('According to a spokesman for Senate Majority Leader Chuck Schumer, the Senate could vote in June.\n', 'According to')).toBeNull();
    expect(personOf('Linda Yaccarino runs the firm. Ms. Yaccarino said her company supported the bill.\n', 'supported')).toBeNull();
    expect(personOf('Jay Lund, co-director of the center at the University of California, Davis, said groundwater had fallen.\n', 'said')).toBe('Jay Lund');
    expect(personOf('The company, founded by Bill Gates and Paul Allen in 1975, said it would hire engineers.\n', 'said')).toBeNull();
    expect(personOf('Sir Keir Starmer spoke first, but several of his own backbenchers said the cuts went too far.\n', 'said')).toBeNull();
    expect(personOf("German Interior Minister Nancy Faeser spoke first. Faeser's French counterpart, Gérald Darmanin, said France would agree.\n", 'said')).toBe('Gérald Darmanin');
    expect(personOf('"We have heard this before," said Josh Golin, executive director of Fairplay, a children\'s advocacy group.\n', 'said')).toBe('Josh Golin');
  });
});

describe('outlets a claim was made to', () => {
  it('credits "told <outlet>" and "in an interview with <outlet>"', () => {
    const text =
      'Rep. Kathy Castor told The Washington Post that the hearing showed the industry could not police itself.\n\n' +
      'In an interview with CNBC, Andy Stone, a Meta spokesman, said the company had introduced new tools.\n';
    const a = analyze(text);
    expect(a.claims.find((c) => c.cue.text === 'told')?.outlet).toBe('The Washington Post');
    expect(a.claims.find((c) => c.cue.text === 'said')?.outlet).toBe('CNBC');
    expect(a.outlets.map((o) => o.outlet)).toEqual(['The Washington Post', 'CNBC']);
  });
});

describe('a date is no source', () => {
  it('takes the subject before "on Monday"', () => {
    const text = 'A federal judge on Monday refused to postpone the fraud trial of a former executive.\n';
    expect(claim(text, 'refused')?.source?.text).toBe('A federal judge');
  });
});

describe('cue phrases and relative sources', () => {
  it('keeps "on social media" whole in the cue, out of the content', () => {
    const text = 'Colombian President Gustavo Petro wrote on social media that the approach was a mistake.\n';
    const c = analyze(text).claims[0];
    expect(c?.content.text).toBe('the approach was a mistake');
    expect(c?.cue.text.startsWith('wrote')).toBe(true);
    expect(c?.cue.text).not.toBe('wrote on social');
  });

  it('links a "who" source to the person named before its comma', () => {
    const text = 'Colombian President Gustavo Petro, who has urged the region to rethink the war on drugs, spoke on Monday.\n';
    const a = analyze(text);
    const c = a.claims.find((x) => x.source?.text === 'who');
    expect(a.people[c?.sourcePerson ?? -1]?.name).toBe('Gustavo Petro');
  });
});

describe('participles that continue a report', () => {
  it('give the participle the first cue\'s source, not a phrase of its content', () => {
    const text = 'The head of the agency warned on Thursday that cases had risen sharply in Europe and Central Asia, blaming gaps in vaccination.\n';
    expect(claim(text, 'blaming')?.source?.text).toBe('The head of the agency');
  });
});

describe('kinds of person descriptions', () => {
  it('reads "the Serb" and "The pontiff" as unnamed people, not organisations', () => {
    expect(claim('"I gave everything," the Serb told reporters.\n', 'told')?.sourceKind).toBe('unnamed');
    expect(claim('Pope Francis spoke on Sunday. The pontiff said the war must end.\n', 'said')?.sourceKind).toBe('unnamed');
  });
});

describe('names and outlets around a source', () => {
  it('never cuts a name in two', () => {
    const text = 'Commission President Ursula von der Leyen spoke first. Von der Leyen told a news conference that the bloc had cut its dependence.\n';
    expect(claim(text, 'told')?.source?.text).toBe('Von der Leyen');
  });

  it('credits an outlet named after a descriptor or "published in"', () => {
    const text =
      'In an op-ed published in Le Monde, French Energy Minister Marc Ferracci wrote that Europe had no choice.\n\n' +
      'Russian Deputy Prime Minister Alexander Novak dismissed the plan, telling state news agency RIA Novosti that consumers would pay.\n';
    expect(claim(text, 'wrote')?.outlet).toBe('Le Monde');
    expect(claim(text, 'telling')?.outlet).toBe('RIA Novosti');
  });
});

describe('narration around a reporting clause', () => {
  it('leaves the main clause out when the source opens an "after" clause', () => {
    const text = "Brent crude rose 1.2 percent after Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, said OPEC+ would keep output curbs in place.\n";
    expect(claim(text, 'said')?.content.text).toBe('OPEC+ would keep output curbs in place');
  });

  it('drops a firm named before its analysts from the people', () => {
    expect(analyze('Shares of Apple fell after Jefferies analysts downgraded the stock.\n').people).toEqual([]);
  });
});
