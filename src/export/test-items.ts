/**
 * Saved items for the export tests, written by hand to cover the awkward cases: a formula-like
 * quote, quotes and commas and newlines, non-Latin text, an RTL override, unknown fields.
 * Only tests import this file.
 */
import type { SavedItem } from '../store/index.ts';
import { SELECTION_SOURCE } from '../store/test-support.ts';

const base: SavedItem = {
  id: 1,
  quote: {
    type: 'TextQuoteSelector',
    exact: 'We will not retreat.',
    prefix: 'He said: "',
    suffix: '" The talks',
  },
  position: { type: 'TextPositionSelector', start: 120, end: 140 },
  url: 'https://news.example/2024/03/kyiv-talks',
  title: 'Kyiv rejects ceasefire terms',
  outlet: 'Example News',
  publishedAt: '2024-03-01T09:30:00Z',
  savedAt: '2024-03-05T12:00:00.000Z',
  personId: 7,
  personName: 'Dmytro Kuleba',
  personTitle: 'Foreign Minister',
  sourceText: 'Kuleba',
  sourceKind: 'named-person',
  cue: 'said',
  direct: true,
  outletCredit: 'Reuters',
  note: 'Compare with the March 2 briefing.',
  tags: ['ceasefire', 'ukraine'],
  anchorStatus: 'found',
  currentText: null,
  checkedAt: '2024-03-06T08:00:00.000Z',
  fingerprint: 'aaaaaaaaaaaaaaaa',
  deletedAt: null,
  updatedAt: '2024-03-05T12:05:00.000Z',
};

export const SAMPLE_ITEMS: SavedItem[] = [
  base,
  {
    ...base,
    id: 2,
    quote: {
      type: 'TextQuoteSelector',
      exact: '=HYPERLINK("http://evil.example","click"), they said, "quoted"\nline two',
      prefix: '',
      suffix: '',
    },
    position: { type: 'TextPositionSelector', start: 0, end: 70 },
    url: 'https://news.example/hostile',
    title: '+Title with "quotes", commas\u202e and an RTL override',
    outlet: '@outlet',
    publishedAt: '2023-11',
    personId: null,
    personName: null,
    personTitle: null,
    sourceText: 'officials',
    sourceKind: 'unnamed',
    cue: 'they said',
    direct: false,
    outletCredit: null,
    note: '-2+3',
    tags: [],
    anchorStatus: 'changed',
    currentText: 'Something else now',
    fingerprint: 'bbbbbbbbbbbbbbbb',
  },
  {
    ...base,
    id: 3,
    quote: {
      type: 'TextQuoteSelector',
      exact: 'Мы не отступим. Erdoğan’s reply followed.',
      prefix: '',
      suffix: '',
    },
    position: { type: 'TextPositionSelector', start: 5, end: 46 },
    url: 'https://news.example/selection',
    title: 'A selection with no known date',
    outlet: null,
    publishedAt: null,
    ...SELECTION_SOURCE,
    note: '',
    tags: ['to check'],
    anchorStatus: 'unchecked',
    checkedAt: null,
    fingerprint: 'cccccccccccccccc',
  },
];

export const EXPORTED_AT = '2024-04-01T10:00:00.000Z';
