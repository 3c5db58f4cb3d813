/**
 * The rules that complete what the role tagger leaves out: a quotation split by its cue, a
 * quotation set off after a colon, and the shared source of a continuing participle
 * ("…, adding that …"). Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import type { Claim } from '../types.ts';
import { findClaims } from './index.ts';
import { buildContext } from './context.ts';
import { contentBefore } from './content-before.ts';
import { releaseCuePreposition, trimCueTail } from './cue-clauses.ts';
import { runToEnd } from '../run-steps.ts';

function run(text: string): Claim[] {
  const toks = tokenize(text);
  const steps = findClaims(text, toks, splitSentences(text, toks), []);
  return runToEnd(steps).claims;
}

function byCue(claims: Claim[], cue: string): Claim {
  const found = claims.find((c) => c.cue.text === cue);
  if (!found) throw new Error(`no claim with cue ${JSON.stringify(cue)} in ${JSON.stringify(claims.map((c) => c.cue.text))}`);
  return found;
}

describe('quotation split by its cue', () => {
  it('takes both pieces of “…,” she said. “…”', () => {
    const text = 'The vote was close.\n\n“It is finished,” she said after the count. “We will appeal the ruling tomorrow.”\n\nThe court closed early.\n';
    const c = byCue(run(text), 'said');
    expect(c.content.text).toBe('“It is finished,” she said after the count. “We will appeal the ruling tomorrow.”');
    expect(c.contentSpans).toHaveLength(2);
    expect(c.direct).toBe(true);
  });

  it('leaves the next quotation to its own cue', () => {
    const text = '“It is finished,” she said. “We will appeal,” her lawyer added.\n';
    const claims = run(text);
    expect(byCue(claims, 'said').content.text).toBe('“It is finished,”');
  });
});

describe('quotation after a colon', () => {
  it('takes the quotation of the next paragraph', () => {
    const text = 'The senator was blunt about the bill.\n\nHe said:\n\n“This law will not pass while I am in office.”\n\nOthers disagreed.\n';
    const c = byCue(run(text), 'said:');
    expect(c.content.text).toBe('“This law will not pass while I am in office.”');
  });
});

describe('continuing participle', () => {
  it('shares the source of the cue it continues', () => {
    const text = 'The plant will close next year, the mayor said on Tuesday, adding that the city would help the workers.\n';
    const claims = run(text);
    const said = byCue(claims, 'said');
    const adding = byCue(claims, 'adding');
    expect(said.source?.text).toBe('the mayor');
    expect(adding.source?.text).toBe('the mayor');
    expect(adding.content.text).toBe('the city would help the workers');
  });
});

describe('clause before an inverted cue (the rule alone)', () => {
  function before(text: string, cue: string): string | null {
    const toks = tokenize(text);
    const ctx = buildContext(text, toks, splitSentences(text, toks));
    const cs = ctx.lower.indexOf(cue);
    const r = contentBefore(ctx, cs, cs + 1);
    return r ? text.slice(toks.start[r[0]], toks.end[r[1] - 1]) : null;
  }

  it('takes the sentence up to the comma before the source', () => {
    expect(before('The factory was the heart of the town for decades, Mr. Harlow said, until it closed.', 'said')).toBe(
      'The factory was the heart of the town for decades',
    );
    expect(before('The ad could run this week, said Brian Baker, an adviser.', 'said')).toBe('The ad could run this week');
  });

  it('keeps a quotation whole, and ignores verbs that report nothing', () => {
    expect(before('“We will appeal,” she said.', 'said')).toBe('“We will appeal,”');
    expect(before('The bill, as the mayor called it, was a disaster.', 'called')).toBeNull();
    expect(before('The plant was closed, the owners decided on Monday.', 'decided')).toBeNull();
  });
});

describe('attributing headline', () => {
  it('reads "Name: claim" at the top of the text', () => {
    const text = 'Harlow: Town Will Rebuild the Old Factory by Spring.\n\nThe mayor spoke at a meeting on Monday.\n';
    const c = byCue(run(text), ':');
    expect(c.source?.text).toBe('Harlow');
    expect(c.content.text).toBe('Town Will Rebuild the Old Factory by Spring');
  });

  it('leaves a plain title alone', () => {
    const text = 'The Latest: Town Will Rebuild the Old Factory.\n\nThe mayor spoke on Monday.\n';
    expect(run(text).some((c) => c.cue.text === ':')).toBe(false);
  });
});

describe('participle after a report', () => {
  it('ends the reported clause at the comma before ", saying"', () => {
    const text = 'The mayor said the plant would close next year, adding that the city would help the workers.\n';
    const claims = run(text);
    expect(byCue(claims, 'said').content.text).toBe('the plant would close next year');
  });
});

describe('a quotation in the sentence before', () => {
  it('stays with its own cue when the next cue has content of its own', () => {
    const text =
      'Belgian Foreign Minister Maxime Prévot said his government would not accept "any solution that leaves Belgium alone with the risk". ' +
      'A spokesperson for the Hungarian government, Zoltán Kovács, wrote on X that Budapest would veto the plan.\n';
    const c = byCue(run(text), 'wrote');
    expect(c.content.text).toBe('Budapest would veto the plan');
  });
});

describe('reported speech before a quotation', () => {
  it('stops at the end of its sentence when the next sentence is a quotation', () => {
    const text = 'Von der Leyen told a press conference that Europe preferred a negotiated solution. "We are ready to talk, but we are also ready to act," she said.\n';
    const claims = run(text);
    expect(byCue(claims, 'told').content.text).toBe('Europe preferred a negotiated solution');
    expect(byCue(claims, 'said').content.text).toBe('"We are ready to talk, but we are also ready to act,"');
  });
});

describe('a cue cut inside a noun phrase (the rule alone)', () => {
  function trimmed(text: string, cue: string, len: number): string {
    const toks = tokenize(text);
    const ctx = buildContext(text, toks, splitSentences(text, toks));
    const cs = ctx.lower.indexOf(cue);
    const ce = trimCueTail(ctx, cs, cs + len);
    return text.slice(toks.start[cs], toks.end[ce - 1]);
  }

  it('drops a trailing article and the preposition before it', () => {
    expect(trimmed('“We are ready,” Ms. Orlova said at a news conference.', 'said', 3)).toBe('said');
    expect(trimmed('He said in the statement that prices would fall.', 'said', 3)).toBe('said');
    expect(trimmed('The mayor told a reporter that the bridge would close.', 'told', 2)).toBe('told');
  });

  it('leaves cues that end in a word of their own', () => {
    expect(trimmed('She bristled at the suggestion.', 'bristled', 2)).toBe('bristled at');
    expect(trimmed('He said at length that it was over.', 'said', 1)).toBe('said');
    expect(trimmed('According to the report, sales fell.', 'according', 2)).toBe('According to');
  });
});

describe('a cue ending in a preposition before a named place of speech (the rule alone)', () => {
  function released(text: string, cue: string, cueLen: number): string {
    const toks = tokenize(text);
    const ctx = buildContext(text, toks, splitSentences(text, toks));
    const cs = ctx.lower.indexOf(cue);
    const ce = cs + cueLen;
    const final = ctx.lower.lastIndexOf('.');
    const ce2 = releaseCuePreposition(ctx, [[ce, final]], cs, ce);
    return text.slice(toks.start[cs], toks.end[ce2 - 1]);
  }

  it('gives back the preposition when a name runs into "that"', () => {
    expect(released('Mr. Trump wrote on Truth Social that it was a gift to the Democrats.', 'wrote', 2)).toBe('wrote');
    expect(released('The mayor said on Fox News that the city was safe.', 'said', 2)).toBe('said');
  });

  it('keeps it when the object is no name or no clause follows', () => {
    expect(released('She wrote on social media that the vote was rigged.', 'wrote', 2)).toBe('wrote on');
    expect(released('He bristled at Senate Republicans for the delay.', 'bristled', 2)).toBe('bristled at');
  });
});

