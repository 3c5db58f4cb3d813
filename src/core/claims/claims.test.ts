/**
 * Claims on news paragraphs written for these tests: every attribution pattern the product
 * promises, with the spans a reader would mark. Conventions (the seeds' gold): content starts
 * after the complementiser "that", keeps closing quotation marks and drops the final full stop;
 * a source keeps its title unless it is a known person, whose source is the name alone.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import type { Claim, OutletCredit, Person } from '../types.ts';
import { findClaims } from './index.ts';
import { runToEnd } from '../run-steps.ts';
import { buildContext } from './context.ts';
import { dropHeadlineCues } from './headline.ts';

function run(text: string, people: Person[] = []): { claims: Claim[]; outlets: OutletCredit[] } {
  const toks = tokenize(text);
  const steps = findClaims(text, toks, splitSentences(text, toks), people);
  return runToEnd(steps);
}

function byCue(claims: Claim[], cue: string, nth = 0): Claim {
  const found = claims.filter((c) => c.cue.text === cue)[nth];
  if (!found) throw new Error(`no claim with cue ${JSON.stringify(cue)} in ${JSON.stringify(claims.map((c) => c.cue.text))}`);
  return found;
}

/** Every span's text must be the slice of the document it points at. */
function expectConsistent(text: string, claims: Claim[]): void {
  for (const c of claims) {
    for (const s of [c.source, c.cue, c.content]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    const first = c.contentSpans[0] as [number, number];
    const last = c.contentSpans[c.contentSpans.length - 1] as [number, number];
    expect([first[0], last[1]]).toEqual([c.content.start, c.content.end]);
  }
}

describe('findClaims: reported speech', () => {
  const text =
    'Prime Minister Tomas Veld told reporters on Monday that the budget would be approved before the summer.\n' +
    'Analysts warned that inflation could rise again next year.\n' +
    'A senior official, who spoke on condition of anonymity, said the talks had stalled.\n' +
    'The ministry said in a statement that it had opened an investigation.\n' +
    'Observers suggested the vote was a test of the government\'s strength.\n' +
    'Mayor Jane Doe stated there was no threat to the public.\n';
  const { claims } = run(text);

  it('finds a named source, its cue and the clause after "that"', () => {
    const c = byCue(claims, 'told');
    expect(c.source?.text).toBe('Prime Minister Tomas Veld');
    expect(c.sourceKind).toBe('named-person');
    expect(c.content.text).toBe('the budget would be approved before the summer');
    expect(c.direct).toBe(false);
  });

  it('labels unnamed sources', () => {
    const warned = byCue(claims, 'warned');
    expect(warned.source?.text).toBe('Analysts');
    expect(warned.sourceKind).toBe('unnamed');
    expect(warned.content.text).toBe('inflation could rise again next year');
    const said = byCue(claims, 'said');
    expect(said.source?.text).toBe('A senior official');
    expect(said.sourceKind).toBe('unnamed');
    expect(said.content.text).toBe('the talks had stalled');
    const suggested = byCue(claims, 'suggested');
    expect(suggested.sourceKind).toBe('unnamed');
    expect(suggested.content.text).toBe("the vote was a test of the government's strength");
  });

  it('labels organisations', () => {
    const c = claims.find((x) => x.source?.text === 'The ministry');
    expect(c?.sourceKind).toBe('organization');
    expect(c?.content.text).toBe('it had opened an investigation');
  });

  it('finds "stated" with a bare clause', () => {
    const c = byCue(claims, 'stated');
    expect(c.source?.text).toBe('Mayor Jane Doe');
    expect(c.content.text).toBe('there was no threat to the public');
  });

  it('keeps every span consistent with the text', () => expectConsistent(text, claims));
});

describe('findClaims: quotations', () => {
  const text =
    '"We are not going anywhere," said Olena Marchenko, a spokeswoman for the ministry.\n' +
    '"The situation is difficult," she said, "but it is under control."\n';
  const { claims } = run(text);

  it('finds a direct quote before an inverted cue', () => {
    const c = claims[0] as Claim;
    expect(c.cue.text).toBe('said');
    expect(c.source?.text.startsWith('Olena Marchenko')).toBe(true);
    expect(c.content.text).toBe('"We are not going anywhere,"');
    expect(c.direct).toBe(true);
  });

  it('joins a quote split around its cue', () => {
    const c = claims[1] as Claim;
    expect(c.source?.text).toBe('she');
    expect(c.contentSpans.length).toBe(2);
    expect(c.contentSpans.map(([s, e]) => text.slice(s, e))).toEqual(['"The situation is difficult,"', '"but it is under control."']);
    expect(c.content.text).toBe('"The situation is difficult," she said, "but it is under control."');
    expect(c.direct).toBe(true);
  });
});

describe('findClaims: according to, passive, outlets', () => {
  const text =
    'KYIV (Reuters) - According to the ministry, 40 people were injured in the blast.\n' +
    'It was reported that the president had left the capital.\n' +
    'The Associated Press reported that the ceasefire had collapsed overnight.\n';
  const { claims, outlets } = run(text);

  it('reads "according to X" with the content before or after', () => {
    const c = byCue(claims, 'According to');
    expect(c.source?.text).toBe('the ministry');
    expect(c.content.text).toBe('40 people were injured in the blast');
  });

  it('treats "it was reported" as a sourceless passive cue', () => {
    const c = byCue(claims, 'It was reported');
    expect(c.source).toBeNull();
    expect(c.sourceKind).toBe('passive');
    expect(c.content.text).toBe('the president had left the capital');
  });

  it('labels an outlet source and credits it', () => {
    const c = byCue(claims, 'reported');
    expect(c.source?.text).toBe('The Associated Press');
    expect(c.sourceKind).toBe('outlet');
    expect(c.outlet).toBe('Associated Press');
  });

  it('credits the dateline outlet to the article', () => {
    expect(byCue(claims, 'According to').outlet).toBe('Reuters');
    expect(outlets.map((o) => [o.text, o.outlet])).toEqual([['Reuters', 'Reuters']]);
  });
});

describe('findClaims: outlet credits by paragraph', () => {
  const text =
    'Defence Minister Lena Park said the drills would continue. The navy will take part. (Reuters)\n' +
    'Finance Minister Omar Haddad said the deficit had narrowed.\n' +
    'Economists noted that growth remained weak, according to Bloomberg.\n';
  const { claims, outlets } = run(text);

  it('a credit closing a paragraph covers its claims only', () => {
    expect(claims.find((c) => c.source?.text === 'Defence Minister Lena Park')?.outlet).toBe('Reuters');
    expect(claims.find((c) => c.source?.text === 'Finance Minister Omar Haddad')?.outlet).toBeNull();
  });

  it('"according to <outlet>" credits its sentence', () => {
    expect(byCue(claims, 'noted').outlet).toBe('Bloomberg');
    expect(outlets.map((o) => o.outlet)).toEqual(['Reuters', 'Bloomberg']);
  });
});

describe('findClaims: linking sources to people', () => {
  const text = 'Foreign Minister Dmitry Kuleba said he had met the envoy. Kuleba stated Kyiv wanted support.\n';
  const person: Person = {
    name: 'Dmitry Kuleba',
    title: 'Foreign Minister',
    titleSpan: null,
    organization: null,
    country: null,
    mentions: [
      { start: 17, end: 30, text: 'Dmitry Kuleba', kind: 'name' },
      { start: 58, end: 64, text: 'Kuleba', kind: 'surname' },
    ],
  };
  const { claims } = run(text, [person]);

  it('points sourcePerson at the person whose mention the source overlaps', () => {
    expect(byCue(claims, 'said').sourcePerson).toBe(0);
    expect(byCue(claims, 'stated').sourcePerson).toBe(0);
    expect(byCue(claims, 'stated').sourceKind).toBe('named-person');
  });

  it('keeps the source as written (title included, as PolNeAR annotates it); the person names who', () => {
    expect(byCue(claims, 'said').source?.text).toBe('Foreign Minister Dmitry Kuleba');
    expect(byCue(claims, 'stated').source?.text).toBe('Kuleba');
  });

  it('starts the content after "that" and keeps a bare clause whole', () => {
    expect(byCue(claims, 'said').content.text).toBe('he had met the envoy');
    expect(byCue(claims, 'stated').content.text).toBe('Kyiv wanted support');
  });
});

describe('findClaims: the complementiser "that"', () => {
  const text = 'Engineers said that the mine had flooded overnight.\nThe foreman said that was the plan all along.\n';
  const { claims } = run(text);

  it('starts the content after a complementiser', () => {
    expect(byCue(claims, 'said', 0).content.text).toBe('the mine had flooded overnight');
  });

  it('keeps a demonstrative "that"', () => {
    expect(byCue(claims, 'said', 1).content.text).toBe('that was the plan all along');
  });

  it('keeps "that" before a single word, which is no clause', () => {
    const r = run('Talks had stalled, an official said.\n\nThe speaker’s spokesman, Raj Shah, disputed that account.\n');
    expect(byCue(r.claims, 'disputed').content.text).toBe('that account');
  });
});

describe('source kinds with a prepositional phrase', () => {
  it('reads "analysts at <organisation>" as unnamed analysts', () => {
    const text = 'Analysts at the Brussels-based Bruegel think tank warned that a delay could unsettle markets.\n';
    const toks = tokenize(text);
    const claims = runToEnd(findClaims(text, toks, splitSentences(text, toks), [])).claims;
    expect(claims.map((c) => [c.source?.text, c.sourceKind])).toEqual([['Analysts at the Brussels-based Bruegel think tank', 'unnamed']]);
  });
});

describe('a quantifier before the source’s noun', () => {
  it('keeps "Some economists" together as the source of "doubt"', () => {
    const text = 'Food prices rose again in March.\n\nSome economists doubt the measures will lower food prices.\n';
    const { claims } = run(text);
    expect(claims.map((c) => [c.source?.text, c.cue.text, c.sourceKind])).toEqual([['Some economists', 'doubt', 'unnamed']]);
  });
});

describe('where it was said, before "that"', () => {
  it('skips "in a statement carried by state media" (state is no verb there)', () => {
    const r = run('Kim Yo Jong said in a statement carried by state media KCNA that the summit was "a farce."\n');
    // The cue may be "said" or "said in a statement"; either way the content is what was said.
    const said = r.claims.find((c) => c.cue.text.startsWith('said'));
    expect(said?.content.text).toBe('the summit was "a farce."');
  });
});

describe('a Title Case headline', () => {
  it('holds no claim without a reporting verb', () => {
    const judge = run('Judge Rejects Bid to Dismiss Fraud Case Against Former Crypto Executive\n\nA federal judge on Wednesday refused to dismiss the charges.\n');
    expect(judge.claims.filter((c) => c.cue.start < 70)).toEqual([]);
  });

  it('keeps a cue with a reporting verb or a colon (the rule alone)', () => {
    const kept = (text: string, cues: Array<[number, number]>) => {
      const toks = tokenize(text);
      return dropHeadlineCues(text, toks, buildContext(text, toks, splitSentences(text, toks)), cues);
    };
    expect(kept('Trump Says Tariffs Will Stay\n\nHe spoke.\n', [[1, 2]])).toEqual([[1, 2]]);
    expect(kept('Judge Rejects Bid to Dismiss Case\n\nHe spoke.\n', [[3, 5]])).toEqual([]);
    // Not a headline: a sentence in lower case keeps its cues.
    expect(kept('The judge rejected a bid to dismiss the case.\n', [[5, 7]])).toEqual([[5, 7]]);
  });
});

describe('a verb joined by "and" to a reported claim', () => {
  it('takes the first source when it has none of its own', () => {
    const r = run('Nkosi-Dlamini denied wrongdoing. Her lawyer, Dali Mpofu, said she would plead not guilty and described the case as "politically motivated."\n');
    const described = r.claims.find((c) => c.cue.text === 'described');
    expect(described?.source?.text).toBe('Her lawyer, Dali Mpofu,');
  });
});

describe('sources and contents at their edges', () => {
  it('keeps an inverted source before its relative clause ("…, who asked not to be named")', () => {
    const r = run('Talks resumed on Monday.\n\n"The threat is real," said a senior NATO diplomat, who asked not to be named.\n');
    expect(byCue(r.claims, 'said').source?.text).toBe('a senior NATO diplomat');
  });

  it('starts reported content at its article after an addressee ("told parliament the money …")', () => {
    const r = run('Defence Minister Hanno Pevkur told parliament the money would go to air defence.\n');
    expect(byCue(r.claims, 'told').content.text).toBe('the money would go to air defence');
  });
});

describe('verbs that report only before "that"', () => {
  it('reads "has estimated that" as a claim, not "found a body"', () => {
    const r = run('The World Health Organization has estimated that 55 million people live with dementia. Police found a body near the river.\n');
    expect(r.claims.map((c) => c.cue.text)).toEqual(['has estimated']);
  });
});

describe('"told" with a named addressee and no "that"', () => {
  it('reads the clause after the addressee, never the source before the cue', () => {
    const text = 'The Bundesbank\'s president, Joachim Nagel, told Handelsblatt the reform was "sensible," while economists warned it could fuel inflation.\n';
    const told = byCue(run(text).claims, 'told');
    expect(told.source?.text).toBe("The Bundesbank's president, Joachim Nagel,");
    expect(told.content.text).toBe('the reform was "sensible,"');
  });
});
