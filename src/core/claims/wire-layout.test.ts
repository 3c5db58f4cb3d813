/**
 * Wire-story layout as a page reader delivers it: headline and standfirst above the dateline,
 * a participle continuing the lead's cue, and the "said on <occasion> that …" shape.
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Claim } from '../types.ts';

const STORY = [
  'Port workers end strike after pay deal',
  'Unions accepted a three-year offer; ships were moving again by nightfall.',
  'ROTTERDAM, March 3 (Reuters) - Dutch Transport Minister Anneke Visser said on Monday that the port would reopen at once, calling the agreement "a fair result for everyone".',
  'Port director Erik Jansen, speaking to the council, said on the sidelines of the meeting that the strike had cost the port millions.',
  '',
].join('\n');

function byCue(claims: Claim[], cue: string): Claim {
  const found = claims.find((c) => c.cue.text === cue);
  if (!found) throw new Error(`no claim with cue ${cue} in ${JSON.stringify(claims.map((c) => c.cue.text))}`);
  return found;
}

describe('a wire story under a headline and standfirst', () => {
  const claims = analyze(STORY).claims;

  it('reads the dateline below the standfirst as the article credit, not as part of a source', () => {
    const said = byCue(claims, 'said');
    expect(said.source?.text).toBe('Dutch Transport Minister Anneke Visser');
    expect(claims.every((c) => c.outlet === 'Reuters')).toBe(true);
  });

  it('gives a continuing participle the source of the cue it continues', () => {
    const calling = byCue(claims, 'calling');
    expect(calling.source?.text).toBe('Dutch Transport Minister Anneke Visser');
  });

  it('starts the content after "on the sidelines of the meeting that", not at the occasion', () => {
    const said = claims.filter((c) => c.cue.text === 'said')[1];
    expect(said?.content.text).toBe('the strike had cost the port millions');
  });
});

describe('"told <whom> that …"', () => {
  const claim = (text: string): Claim => {
    const found = analyze(text).claims.find((c) => c.cue.text.endsWith('told'));
    if (!found) throw new Error(`no "told" claim in ${text}`);
    return found;
  };

  it('starts the content after whom it was told to', () => {
    expect(claim('Hayashi told a news conference in Tokyo that Japan would keep pressing.\n').content.text).toBe('Japan would keep pressing');
  });

  it('keeps a quotation and a "that" inside the content where they are', () => {
    expect(claim('Putney later told CNN that the video was not from an angle that would show a gun.\n').content.text).toBe(
      'the video was not from an angle that would show a gun',
    );
    expect(claim('Mook told CBS, “We are focused on the chance that she has to speak to voters.”\n').content.text).toBe(
      '“We are focused on the chance that she has to speak to voters.”',
    );
  });
});
