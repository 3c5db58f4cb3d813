import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { claimText, quotedPieces } from './claim-text.ts';

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

describe('quotedPieces', () => {
  it('keeps the quoted pieces of a passage with the attribution in the middle', () => {
    const exact = '"This is a big step," Rutte told reporters as the summit closed. "The threat has not gone away."';
    expect(quotedPieces(exact)).toBe('"This is a big step," … "The threat has not gone away."');
    expect(quotedPieces('“Go,” she said. “Now.”')).toBe('“Go,” … “Now.”');
  });
  it('leaves anything else as it is', () => {
    for (const text of [
      '"We are ready to buy," Zelensky said.',
      'the talks failed',
      '"Go," she said, adding that "now" was the time to act',
      '"Unbalanced," she said. "Still open',
      'He called it a "quantum leap" and a "necessary step"',
    ]) {
      expect(quotedPieces(text)).toBe(text);
    }
  });
  it('gives back the pieces claimText joined', () => {
    const joined = '"We will not be rushed," … "Talks take time."';
    expect(quotedPieces(joined)).toBe(joined);
  });
});
