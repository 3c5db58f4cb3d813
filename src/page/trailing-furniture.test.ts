/**
 * The tail Readability keeps inside an article's container on real pages: a "Trending" list of
 * other headlines, and an author box. Pages we wrote with those structures, read through the same
 * path as the CLI and the content script.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticleText } from './extract.ts';

const PARAS = [
  'Port authority chief Dana Holt said on Tuesday that the new terminal would open in the spring, two years later than planned, after a long dispute over the cost of dredging the harbour.',
  'State senators Ana Ruiz and Tom Kell, who sit on the transport committee, said they would ask for the contracts to be published in full before the budget vote next month.',
  'The delay has angered shipping companies, which had moved part of their traffic to the northern ports in the expectation that the terminal would be ready this year.',
  '"We were promised a date and we planned around it," said Li Wei, the founder of Acme Freight, who added that his company had already hired forty new drivers.',
];

function read(tail: string): string {
  const html = `<!doctype html><html><head><title>Port terminal delayed</title><meta property="og:type" content="article"></head><body>
    <div class="site-header"><a href="/">Home</a></div>
    <article><h1>Port terminal delayed by two years</h1>
      ${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
      ${tail}
    </article></body></html>`;
  const { document } = parseHTML(html);
  return extractArticleText(document as unknown as Document, 'https://news.example/port').text;
}

describe('trailing furniture', () => {
  it('leaves out a "Trending" list of other headlines at the end of the article', () => {
    const text = read(`<p>Trending</p><p>'Western' actor Rex Lane's ranch sold at auction</p><p>Iowa man finds a river flooding his basement</p><p>Storm closes the coast road for a week</p>`);
    for (const p of PARAS) expect(text).toContain(p);
    expect(text).not.toContain('Trending');
    expect(text).not.toContain('Rex Lane');
  });

  it('leaves out an author box ("<name>" then "<name> is a reporter for …")', () => {
    const text = read('<p>Sam Jones</p><p>Sam Jones is a reporter for the Harbour Times.</p>');
    expect(text).toContain(PARAS[3]);
    expect(text).not.toContain('Sam Jones');
  });

  it('keeps prose after a heading that only looks like one, and a last paragraph naming a person', () => {
    const long = 'The committee will meet again next week, and officials said the terminal plans would be reviewed line by line before any new money is voted, whatever the shipping companies say.';
    const kept = read(`<p>Related coverage</p><p>${long}</p><p>Dana Holt is a former harbour pilot.</p>`);
    expect(kept).toContain(long);
    expect(kept).toContain('Dana Holt is a former harbour pilot.');
  });
});
