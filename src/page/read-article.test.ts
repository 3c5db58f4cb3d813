// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fragmentOf } from './chunk-parts.ts';
import { readArticle } from './read-article.ts';
import { analyze } from '../core/analyze.ts';
import type { ArticleText } from './read-article.ts';

function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Every character of the text maps back to the same character of a text node. */
function expectRoundTrip({ text, map }: ArticleText): void {
  let covered = 0;
  for (const piece of map.pieces(0, text.length)) {
    const fromNode = piece.node.data.slice(piece.from, piece.to);
    const fromText = text.slice(piece.textStart, piece.textStart + (piece.to - piece.from));
    // Collapsed whitespace is written as one space; everything else is verbatim.
    expect(fromText).toBe(fromNode.replace(/[\s\u00a0]/g, ' '));
    covered += piece.to - piece.from;
  }
  // Only the reader's own line breaks have no node.
  expect(covered).toBe(text.length - (text.match(/\n/g)?.length ?? 0));
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    const p = map.toPoint(i, 'start');
    expect(p).not.toBeNull();
    expect(map.toOffset(p!.node, p!.offset)).toBe(i);
  }
}

describe('readArticle', () => {
  it('makes paragraphs lines and normalises whitespace', () => {
    const root = setBody(`
      <h1>  Title
        here </h1>
      <p>First   <b>bold</b>\tword,&nbsp;then <a href="#">a link</a>.</p>
      <div><p>Second<br>line</p></div>
      <ul><li>one</li><li>two</li></ul>`);
    const read = readArticle(root);
    expect(read.text).toBe('Title here\nFirst bold word, then a link.\nSecond\nline\none\ntwo');
    expectRoundTrip(read);
  });

  it('joins inline elements without inventing spaces', () => {
    const read = readArticle(setBody('<p>Prime Min<i>ister</i> Kaja <span>Kallas</span>said</p>'));
    expect(read.text).toBe('Prime Minister Kaja Kallassaid');
    expectRoundTrip(read);
  });

  it('skips chrome, scripts, forms, editable regions, code and hidden elements', () => {
    const root = setBody(`
      <nav>Home | World</nav><header>Site header</header>
      <p>Kept one.</p>
      <script>var x = "no";</script><style>p{}</style><noscript>no</noscript><template><p>no</p></template>
      <form><label>Name</label><input value="no"><textarea>no</textarea></form>
      <div contenteditable="true">typed text</div><div contenteditable="false">Kept two.</div>
      <pre>code block</pre><p>Use <code>npm</code> here.</p>
      <div hidden>hidden</div><div style="display: none">none</div><div aria-hidden="true">aria</div>
      <aside>aside</aside><footer>footer</footer>
      <div class="comments-section">Reader comment</div><div id="share-tools">Share</div>
      <div class="related-stories">Related</div><!-- a comment -->
      <p>Kept three.</p>`);
    const read = readArticle(root);
    expect(read.text).toBe('Kept one.\nKept two.\nUse here.\nKept three.');
    expectRoundTrip(read);
  });

  it('keeps the header of an article but not page headers', () => {
    const root = setBody(
      '<header>Site</header><article><header><h1>Headline</h1></header><p>Body.</p></article>',
    );
    expect(readArticle(root).text).toBe('Headline\nBody.');
  });

  it('reads open shadow roots, following slots', () => {
    const root = setBody(
      '<p>Before.</p><x-card><span slot="t">Slotted name</span></x-card><p>After.</p>',
    );
    const host = root.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside shadow.</p><p><slot name="t"></slot> said so.</p>';
    const read = readArticle(root);
    expect(read.text).toBe('Before.\nInside shadow.\nSlotted name said so.\nAfter.');
    expectRoundTrip(read);
    const piece = read.map.pieces(read.text.indexOf('Inside'), read.text.indexOf('Inside') + 6)[0]!;
    expect(piece.node.getRootNode()).toBe(shadow);
  });

  it('notes the trees text was read from: shadow roots with text, not empty ones', () => {
    const root = setBody(
      '<p>Light.</p><x-card id="a"><b slot="s">Slotted</b></x-card><x-card id="b"></x-card>',
    );
    const withText = root.querySelector('#a')!.attachShadow({ mode: 'open' });
    withText.innerHTML = '<p>Shadow text.</p><slot name="s"></slot>';
    const empty = root.querySelector('#b')!.attachShadow({ mode: 'open' });
    empty.innerHTML = '<script>1</script>';
    const read = readArticle(root);
    expect(read.trees.shadowRoots).toEqual([withText]);
    expect(read.trees.documents).toEqual([document]);
    // A stand-in root of nodes added inside a shadow root (as the session reads late content).
    const added = document.createElement('p');
    added.textContent = 'Added later.';
    withText.appendChild(added);
    const late = readArticle(fragmentOf([added]));
    expect(late.text).toBe('Added later.');
    expect(late.trees.shadowRoots).toEqual([withText]);
  });

  it('leaves out excluded text nodes and stops at maxLength', () => {
    const root = setBody('<p>Alpha beta.</p><p>Gamma delta.</p><p>Epsilon.</p>');
    const first = root.querySelector('p')!.firstChild as Text;
    expect(readArticle(root, { exclude: (t) => t === first }).text).toBe('Gamma delta.\nEpsilon.');
    expect(readArticle(root, { maxLength: 10 }).text.length).toBeLessThan(30);
  });

  it("maps range boundaries across the reader's own line breaks", () => {
    const read = readArticle(setBody('<p>One.</p><p>Two.</p>'));
    expect(read.text).toBe('One.\nTwo.');
    const start = read.map.toPoint(4, 'start')!; // the "\n": snaps forward to "Two."
    expect(start.node.data).toBe('Two.');
    expect(start.offset).toBe(0);
    const end = read.map.toPoint(5, 'end')!; // after the "\n": snaps back to the end of "One."
    expect(end.node.data).toBe('One.');
    expect(end.offset).toBe(4);
  });

  it('survives deep nesting without recursion', () => {
    let html = '';
    for (let i = 0; i < 5000; i++) html += '<span>';
    html += 'deep text';
    const read = readArticle(setBody(`<div>${html}</div>`), { maxDepth: 10000 });
    expect(read.text).toBe('deep text');
  });
});

describe('names split across inline markup', () => {
  it('reads "<b>Karl</b> Brandt" and a link on the surname as one run of text, mapped to both nodes', () => {
    const body = setBody(
      '<article><p>Economy Minister <b>Karl</b> Brandt said the plan would pass.</p>' +
        '<p>Union leader Ines <a href="/ines-vogel">Vogel</a> disagreed.</p></article>',
    );
    const read = readArticle(body);
    expect(read.text).toContain('Economy Minister Karl Brandt said');
    expect(read.text).toContain('Union leader Ines Vogel disagreed');
    expectRoundTrip(read);
    const people = analyze(read.text).people.map((p) => [p.name, p.title]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['Karl Brandt', 'Economy Minister'],
        ['Ines Vogel', 'leader'],
      ]),
    );
    // The painted name spans both text nodes.
    const at = read.text.indexOf('Karl Brandt');
    const pieces = read.map.pieces(at, at + 'Karl Brandt'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['Karl', ' Brandt']);
  });
});
