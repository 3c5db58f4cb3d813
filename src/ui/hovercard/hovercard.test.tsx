// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { CardStatement, PersonCard } from '../../messaging/contract.ts';
import type { HovercardModel } from './card-model.ts';
import { Hovercard, otherTitles } from './hovercard.tsx';
import { createHovercard } from './mount-hovercard.ts';

const EVIL = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const MEGA = 'A'.repeat(2_000_000);

function statement(over: Partial<CardStatement> = {}): CardStatement {
  return {
    id: 1,
    quote: 'We will not retreat',
    cue: 'said',
    direct: true,
    sourceText: 'Berg',
    outlet: 'The Daily',
    outletCredit: null,
    articleId: 7,
    articleTitle: 'Talks collapse',
    url: 'https://daily.example/talks',
    publishedAt: '2025-03-02',
    ...over,
  };
}

function card(statements: CardStatement[], over: Partial<PersonCard['person']> = {}): PersonCard {
  return {
    person: {
      id: 1,
      name: 'Anna Berg',
      aliases: [],
      roles: [],
      roleHistory: [
        { title: 'Defence Minister', organization: null, country: null, date: '2023-01-05' },
        { title: 'Foreign Minister', organization: null, country: null, date: '2025-03-02' },
        { title: 'Defence Minister', organization: null, country: null, date: '2022-01-05' },
      ],
      userEdited: false,
      statementCount: 12,
      articleCount: 4,
      lastSeen: '2025-03-02',
      ...over,
    },
    statements,
  };
}

function model(over: Partial<HovercardModel> = {}): HovercardModel {
  return {
    kind: 'official',
    name: 'Anna Berg',
    titleHere: 'Foreign Minister',
    claim: null,
    outlet: null,
    stored: { state: 'ready', card: card([statement()]) },
    pageUrl: 'https://daily.example/this',
    save: 'hidden',
    ...over,
  };
}

function show(m: HovercardModel): HTMLElement {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  render(<Hovercard model={m} />, el);
  return el;
}

describe('Hovercard', () => {
  it('shows name, title here, other titles with dates, counts and earlier statements', () => {
    const el = show(model());
    const text = el.textContent ?? '';
    expect(text).toContain('Anna Berg');
    expect(text).toContain('Foreign Minister');
    expect(text).toContain('Defence Minister · 5 Jan 2023');
    expect(text).toContain('12 statements stored · 4 articles');
    expect(text).toContain('“We will not retreat”');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://daily.example/talks');
    expect(el.querySelector('a')?.getAttribute('rel')).toContain('noopener');
  });

  it('shows the host each earlier statement was read on beside the outlet the page gave', () => {
    const el = show({
      ...model(),
      stored: {
        state: 'ready',
        card: card([
          statement({ id: 1, outlet: 'Reuters', url: 'https://www.example.net/forged' }),
          statement({ id: 2, outlet: 'reuters.com', url: 'https://www.reuters.com/a' }),
        ]),
      },
    });
    const rows = [...el.querySelectorAll('.statement .meta')].map((m) => m.textContent);
    expect(rows[0]).toContain('Reuters');
    expect(rows[0]).toContain('example.net');
    // An outlet that only repeats the host is shown once.
    expect(rows[1]?.match(/reuters\.com/g)).toHaveLength(1);
  });

  it('renders hostile names, quotes and titles as inert text', () => {
    const el = show(
      model({
        name: EVIL,
        titleHere: `\u202eretsiniM`,
        stored: {
          state: 'ready',
          card: card([statement({ quote: EVIL, articleTitle: EVIL, url: 'javascript:alert(3)' })]),
        },
      }),
    );
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain('<script>alert(2)</script>');
    expect(el.textContent).not.toContain('\u202e');
    expect(el.querySelector('a')).toBeNull(); // javascript: is never a link
    expect(el.innerHTML).not.toContain('javascript:');
  });

  it('bounds megabyte strings', () => {
    const el = show(
      model({
        name: MEGA,
        titleHere: MEGA,
        claim: { sourceText: MEGA, cue: MEGA, quote: MEGA, direct: true, outlet: MEGA },
        kind: 'claim',
        save: 'idle',
        stored: {
          state: 'ready',
          card: card([statement({ quote: MEGA, articleTitle: MEGA, cue: MEGA, outlet: MEGA })]),
        },
      }),
    );
    expect(el.innerHTML.length).toBeLessThan(20_000);
    expect(el.textContent).toContain('…');
  });

  it('leaves out statements from this article and says when there are none', () => {
    const el = show(
      model({
        stored: { state: 'ready', card: card([statement({ url: 'https://daily.example/this' })]) },
      }),
    );
    expect(el.textContent).toContain('No earlier statements stored yet.');
  });

  it('shows the claim with a save button and its states', () => {
    const claim = {
      sourceText: 'Berg',
      cue: 'told reporters',
      quote: 'talks failed',
      direct: false,
      outlet: 'Reuters',
    };
    let el = show(model({ kind: 'claim', claim, save: 'idle' }));
    expect(el.textContent).toContain('Berg told reporters');
    expect(el.textContent).toContain('Credited to Reuters');
    expect(el.querySelector('button.save')?.textContent).toBe('Save claim');
    el = show(model({ kind: 'claim', claim, save: 'saved' }));
    expect((el.querySelector('button.save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('has loading, none and error states', () => {
    expect(show(model({ stored: { state: 'loading' } })).textContent).toContain('Looking up');
    expect(show(model({ stored: { state: 'none' } })).textContent).toContain('Nothing stored');
    expect(show(model({ stored: { state: 'error', message: 'x' } })).textContent).toContain(
      'unavailable',
    );
  });

  it('lists other titles newest first, once each, without the one given here', () => {
    expect(otherTitles(card([]), 'foreign minister')).toEqual([
      { title: 'Defence Minister', date: '2023-01-05' },
    ]);
  });

  it('words stored titles with their country, as the title here is worded', () => {
    const c = card([], {
      roleHistory: [
        { title: 'Prime Minister', organization: null, country: 'Estonia', date: '2023-07-11' },
        { title: 'Foreign Minister', organization: null, country: 'Estonia', date: '2021-01-26' },
      ],
    });
    expect(otherTitles(c, 'Estonian Prime Minister')).toEqual([
      { title: 'Estonian Foreign Minister', date: '2021-01-26' },
    ]);
  });
});

describe('createHovercard', () => {
  it('mounts in a shadow root, opens, closes and is torn down', () => {
    document.body.innerHTML = '<p id="p">Anna Berg spoke.</p>';
    const before = document.body.innerHTML;
    let saved: HovercardModel | null = null;
    const hc = createHovercard(document, { mode: 'open', onSave: (m) => (saved = m) });
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    const m = model({
      kind: 'claim',
      save: 'idle',
      claim: { sourceText: 'Berg', cue: 'said', quote: 'x', direct: false, outlet: null },
    });
    hc.show(range, m);
    expect(hc.isOpen).toBe(true);
    const root = hc.host.shadowRoot!;
    expect(root.textContent).toContain('Anna Berg');
    (root.querySelector('button.save') as HTMLButtonElement).click();
    expect(saved).toBe(m);
    hc.hide();
    expect(hc.isOpen).toBe(false);
    hc.destroy();
    expect(document.documentElement.querySelector('onrecord-root')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('shows a title read in an earlier article, and where, when this article gives none', () => {
    const el = show(
      model({
        titleHere: null,
        titleEarlier: { title: 'NATO Secretary General', source: 'From an earlier article: “<b>Allies</b>”, Daily Planet, 2023' },
      }),
    );
    const earlier = el.querySelector('[data-testid="title-earlier"]');
    expect(earlier?.textContent).toContain('NATO Secretary General');
    expect(earlier?.textContent).toContain('From an earlier article: “<b>Allies</b>”');
    expect(el.querySelector('b')).toBeNull(); // text, never markup
    expect(show(model()).querySelector('[data-testid="title-earlier"]')).toBeNull();
  });
});
