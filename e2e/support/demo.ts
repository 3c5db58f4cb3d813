/**
 * The demo articles (e2e/fixtures/demo), oldest first, and what a reader should find in them.
 * `npm start` reads them in this order; specs use the same list. The expectations are the
 * facts the pages were written to contain, not whatever the engine happens to output.
 */
export interface DemoArticle {
  path: string;
  title: string;
  publishedAt: string;
  outlet: string;
  /** Officials named with a title in this article. */
  officials: string[];
}

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    path: 'demo/2023-07-vilnius-summit.html',
    title: 'Allies promise Ukraine long-term support as Vilnius summit opens',
    publishedAt: '2023-07-11',
    outlet: 'The Northern Ledger',
    officials: ['Jens Stoltenberg', 'Volodymyr Zelenskyy', 'Kaja Kallas', 'Gitanas Nauseda'],
  },
  {
    path: 'demo/2024-02-munich-air-defence.html',
    title: 'Zelensky presses allies for air defence at Munich conference',
    publishedAt: '2024-02-17',
    outlet: 'Harbour Times',
    // "Zelensky": the spelling variant of "Zelenskyy".
    officials: ['Volodymyr Zelensky', 'Jens Stoltenberg', 'Olaf Scholz', 'Kaja Kallas'],
  },
  {
    path: 'demo/2025-06-hague-summit.html',
    title: 'NATO allies back new spending goal at The Hague summit',
    publishedAt: '2025-06-25',
    outlet: 'The Northern Ledger',
    // "NATO Secretary General" again, now held by Mark Rutte; Kallas with a new title.
    officials: ['Mark Rutte', 'Volodymyr Zelenskyy', 'Kaja Kallas', 'Dick Schoof'],
  },
];

/** A page on the demo site that is not an article (the extension must stay idle there). */
export const DEMO_INDEX = 'demo/index.html';

/** The newest article: where the demo ends and earlier statements show. */
export const NEWEST = DEMO_ARTICLES[DEMO_ARTICLES.length - 1] as DemoArticle;
