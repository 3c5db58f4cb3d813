/**
 * Reading text inside our CLOSED shadow roots (the hovercard hides the reader's history from
 * page scripts, so Playwright's locators cannot see it). The DevTools protocol can: DOM.getDocument
 * with `pierce: true` returns closed shadow trees too.
 */
import type { Page } from '@playwright/test';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf);
  return parts.join(node.nodeType === 1 ? ' ' : '');
}

function find(node: CdpNode, tag: string, out: CdpNode[]): CdpNode[] {
  if (node.nodeName.toLowerCase() === tag) out.push(node);
  for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) find(c, tag, out);
  return out;
}

/** The visible-ish text inside every `<tag>` element's (closed or open) shadow root. */
export async function shadowText(page: Page, tag = 'onrecord-root'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return find(root, tag, [])
      .map(textOf)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  } finally {
    await cdp.detach();
  }
}
