/**
 * An article whose whole body lives in a web component's open shadow root (pages/shadow-article
 * .html): detection finds it there, every highlight lands inside that shadow root and nowhere
 * else (not on the light-DOM teaser below it, which names an official too), hover works on it,
 * and neither the light DOM nor the shadow tree is changed.
 */
import type { Page } from '@playwright/test';
import { shadowText } from './support/closed-shadow.ts';
import { test, expect } from './support/test.ts';

interface PaintedText {
  name: string;
  text: string;
  /** Whether the range lies in the story's shadow root. */
  inStory: boolean;
}

/** Every range of every `onrecord-*` highlight, with its text and the tree it lies in. */
async function painted(page: Page): Promise<PaintedText[]> {
  return page.evaluate(() => {
    const story = document.getElementById('story-host')!.shadowRoot!;
    const out: PaintedText[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('onrecord-')) return;
      h.forEach((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push({
          name,
          text: live.toString().replace(/\s+/g, ' '),
          inStory:
            r.startContainer.getRootNode() === story && r.endContainer.getRootNode() === story,
        });
      });
    });
    return out;
  });
}

test('an article inside an open shadow root is found, painted there only, and hoverable', async ({
  page,
  fixtureUrl,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(fixtureUrl('pages/shadow-article.html'));
  await expect
    .poll(async () => (await painted(page)).filter((p) => p.name === 'onrecord-official').length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);

  const all = await painted(page);
  const officials = all.filter((p) => p.name === 'onrecord-official').map((p) => p.text);
  expect(officials).toEqual(expect.arrayContaining(['Ingrid Halvorsen', 'Halvorsen']));
  const claims = all
    .filter((p) => p.name === 'onrecord-claim')
    .map((p) => p.text)
    .join(' | ');
  expect(claims).toContain('the agreement would give stocks in the North Sea time to recover');
  expect(all.filter((p) => p.name === 'onrecord-cue').map((p) => p.text)).toContain('said');
  // Inside the story's shadow root and nowhere else: not the teaser, not the site bar.
  expect(all.filter((p) => !p.inStory)).toEqual([]);
  expect(all.map((p) => p.text).join(' | ')).not.toContain('Oskar Brandt');

  // Hover the name inside the shadow root: the card opens for her.
  const at = await page.evaluate(() => {
    const root = document.getElementById('story-host')!.shadowRoot!;
    const p = [...root.querySelectorAll('p')].find((x) => x.textContent!.includes('Ingrid'))!;
    const t = p.firstChild as Text;
    const i = t.data.indexOf('Ingrid Halvorsen');
    const r = document.createRange();
    r.setStart(t, i);
    r.setEnd(t, i + 'Ingrid Halvorsen'.length);
    p.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await expect.poll(() => shadowText(page)).toContain('Fisheries Minister');
  expect(await shadowText(page)).toContain('Ingrid Halvorsen');
  await page.keyboard.press('Escape');

  // The page's DOM and text, light and shadow, are what the page built.
  const same = await page.evaluate(() => {
    const w = window as unknown as { __initial: { body: string; shadow: string } };
    return {
      body: document.body.innerHTML === w.__initial.body,
      shadow: document.getElementById('story-host')!.shadowRoot!.innerHTML === w.__initial.shadow,
    };
  });
  expect(same).toEqual({ body: true, shadow: true });
  expect(errors).toEqual([]);
});
