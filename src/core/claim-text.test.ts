import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { claimText } from './claim-text.ts';

describe('claimText', () => {
  it('joins the pieces of a split quote without the attribution between them', () => {
    const text = '"We will not be rushed," the minister told reporters on Friday. "Talks take time."';
    const claim = analyze(text).claims.find((c) => c.direct);
    expect(claim?.contentSpans.length).toBe(2);
    expect(claimText(claim!)).toBe('"We will not be rushed," … "Talks take time."');
  });
  it('is the content itself for a claim in one piece', () => {
    const text = 'The mayor said the bridge would reopen in May.';
    const claim = analyze(text).claims[0];
    expect(claimText(claim!)).toBe(claim!.content.text);
  });
});
