/**
 * Finds named people, their titles and their later mentions.
 *
 * Pipeline: the averaged-perceptron tagger marks names (tagger.ts); rules clean and extend the
 * name spans (name-spans.ts); spans are grouped into people (group.ts); each person gets the
 * title the article gives them (titles.ts) and the pronouns that clearly refer to them
 * (pronouns.ts). Linear in the length of the text.
 */
import type { Mention, Person } from '../types.ts';
import type { Tokens, SentenceRange } from '../tokenize.ts';
import { getModel } from './model.ts';
import { tagPeople } from './tag-people.ts';
import { findNameSpans, UNKNOWN, MALE, FEMALE } from './name-spans.ts';
import { groupSpans, type Draft } from './group.ts';
import { entityCover, findTitle, type TitleInfo } from './titles.ts';
import { titleAppointed } from './title-apposition.ts';
import { linkPronouns } from './pronouns.ts';
import { GAZ_MALE, GAZ_FEMALE } from './lexicon.ts';
import { F_ALL_CAPS } from './doc-view.ts';
import { spanText } from './token-text.ts';
import { dropFirmNames } from './firm-names.ts';
import { dropHeadlineGuesses } from './headline-names.ts';
import { dropPartyLabels } from './party-labels.ts';
import { dropTitleSpans } from './title-spans.ts';
import { joinNicknames } from './nicknames.ts';

export function* findPeople(
  text: string,
  toks: Tokens,
  sentences: SentenceRange[],
): Generator<number, Person[], void> {
  const tagging = tagPeople(text, toks, sentences, getModel());
  let step = tagging.next();
  while (!step.done) {
    yield 0.25 + 0.4 * step.value;
    step = tagging.next();
  }
  const tagged = step.value;
  const found = dropTitleSpans(
    text,
    toks,
    tagged.view.gaz,
    dropPartyLabels(text, toks, dropHeadlineGuesses(text, toks, tagged, findNameSpans(text, toks, tagged))),
  );
  const spans = joinNicknames(text, toks, dropFirmNames(text, toks, found));
  const drafts = groupSpans(text, toks, spans);
  const named = new Uint8Array(toks.count);
  for (const s of spans) named.fill(1, s.first, s.last + 1);
  const ctx = { text, toks, tagged, cover: entityCover(tagged), named };
  const titles: Array<TitleInfo | null> = [];
  const titleStart = new Map<number, number>();
  for (const d of drafts) {
    let info: TitleInfo | null = null;
    for (const s of d.spans) {
      const found = findTitle(ctx, s.first, s.last);
      if (found && found.from >= 0) titleStart.set(s.first, found.from);
      info = info ?? found;
    }
    titles.push(info);
    if (d.gender === UNKNOWN) {
      const g = tagged.view.gaz[d.full.first] as number;
      if (d.full.last > d.full.first && (g & GAZ_MALE) !== (g & GAZ_FEMALE) >> 1) d.gender = g & GAZ_MALE ? MALE : FEMALE;
    }
  }
  yield 0.7;
  const pronouns: number[][] = drafts.map(() => []);
  for (const p of linkPronouns(text, toks, sentences, drafts, titleStart)) pronouns[p.draft]?.push(p.token);
  // "Dana Holt … She is the county's water chief": a role given in a later sentence, to a
  // pronoun that stands for the person.
  drafts.forEach((_, i) => {
    if (titles[i]) return;
    for (const t of pronouns[i] ?? []) {
      const found = titleAppointed(ctx, t, tagged.view.sentLast[t] as number);
      if (found) {
        titles[i] = { ...found, from: -1 };
        break;
      }
    }
  });
  return drafts.map((d, i) => toPerson(text, toks, d, titles[i] ?? null, pronouns[i] ?? [], tagged.view.flags));
}

function toPerson(text: string, toks: Tokens, d: Draft, title: TitleInfo | null, pronouns: number[], flags: Uint16Array): Person {
  const mentions: Mention[] = [];
  const fullLen = d.full.last - d.full.first + 1;
  const sorted = [...d.spans].sort((a, b) => a.first - b.first);
  sorted.forEach((s, i) => {
    const len = s.last - s.first + 1;
    // The contract's `surname` is any later short mention: "Rutte", "Lula", and also "Xi" of
    // "Xi Jinping" or "Tedros" of "Tedros Adhanom Ghebreyesus", whose short name comes first.
    const surname = i > 0 && len < fullLen;
    mentions.push(mention(text, toks, s.first, s.last, surname ? 'surname' : 'name'));
  });
  for (const t of pronouns) mentions.push(mention(text, toks, t, t, 'pronoun'));
  mentions.sort((a, b) => a.start - b.start);
  // Prefer a name not written in capitals (a headline) when there is one of the same length.
  let full = d.full;
  for (const s of sorted) {
    if (s.last - s.first === full.last - full.first && (flags[full.first] as number) & F_ALL_CAPS && !((flags[s.first] as number) & F_ALL_CAPS)) full = s;
  }
  return {
    name: spanText(text, toks, full.first, full.last),
    title: title?.title ?? null,
    titleSpan: title?.titleSpan ?? null,
    organization: title?.organization ?? null,
    country: title?.country ?? null,
    mentions,
  };
}

function mention(text: string, toks: Tokens, a: number, b: number, kind: Mention['kind']): Mention {
  const start = toks.start[a] as number;
  const end = toks.end[b] as number;
  return { start, end, text: text.slice(start, end), kind };
}
