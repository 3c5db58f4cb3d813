/**
 * Page furniture Readability keeps at the end of an article because it sits inside the article's
 * container: a "Trending" / "Related" list of other headlines, and an author box ("Phil Helsel"
 * on a line, then "Phil Helsel is a reporter for NBC News."). On our real-page gold both put
 * people into the article who are not in it (the reporter, an actor from a trending headline).
 * Given the kept text nodes in document order, returns those that belong to such a tail.
 */
import { isBlockTag, tagOf } from './dom-kinds.ts';

/** A heading that opens a list of other pages' headlines. */
const LIST_HEADING =
  /^(trending( now| stories)?|related( stories| articles| coverage| content)?|more (stories|from [\p{L} .'-]{1,40}|on this( story| topic)?)|most (read|popular|viewed)|recommended( for you)?|you (may|might) also like|read (more|next)|top stories|popular now)\s*:?$/iu;

/** Longest line in a headline list; a longer one is article prose. */
const MAX_LIST_LINE = 140;

/** Fewest headline lines after the heading. */
const MIN_LIST_LINES = 2;

interface Line {
  text: string;
  nodes: Text[];
}

function blockOf(node: Text): Element | null {
  let el = node.parentElement;
  while (el && !isBlockTag(tagOf(el)) && el.parentElement) el = el.parentElement;
  return el;
}

/** The kept text as lines, one per block element. */
function linesOf(kept: readonly Text[]): Line[] {
  const lines: Line[] = [];
  let block: Element | null | undefined;
  for (const node of kept) {
    const b = blockOf(node);
    const last = lines[lines.length - 1];
    if (last && b === block) {
      last.text += node.data;
      last.nodes.push(node);
    } else {
      lines.push({ text: node.data, nodes: [node] });
      block = b;
    }
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines.filter((l) => l.text !== '');
}

/** Where a trailing headline list starts (its heading), or -1. */
function listStart(lines: Line[]): number {
  for (let i = lines.length - 1 - MIN_LIST_LINES; i >= 0; i--) {
    if (!LIST_HEADING.test((lines[i] as Line).text)) continue;
    const rest = lines.slice(i + 1);
    return rest.every((l) => l.text.length <= MAX_LIST_LINE) ? i : -1;
  }
  return -1;
}

/** Where a trailing author box starts ("<Name>" then "<Name> is a …"), or -1. */
function authorBoxStart(lines: Line[]): number {
  for (let i = Math.max(0, lines.length - 4); i < lines.length - 1; i++) {
    const name = (lines[i] as Line).text;
    const next = (lines[i + 1] as Line).text;
    const words = name.split(' ');
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (next.startsWith(`${name} is `) || next.startsWith(`${name} covers `) || next.startsWith(`${name} writes `)) return i;
  }
  return -1;
}

/** The kept text nodes that belong to a trailing headline list or author box. */
export function trailingFurniture(kept: readonly Text[]): Set<Text> {
  const lines = linesOf(kept);
  const starts = [listStart(lines), authorBoxStart(lines)].filter((i) => i > 0);
  if (starts.length === 0) return new Set();
  const from = Math.min(...starts);
  return new Set(lines.slice(from).flatMap((l) => l.nodes));
}
