/**
 * W3C Web Annotation (JSON-LD) export: one `Annotation` per item, targeting the page with the
 * TextQuoteSelector and TextPositionSelector we saved, inside an `AnnotationCollection`, so
 * annotation tools (Hypothesis-style clients, IIIF/annotation servers) can read it.
 * https://www.w3.org/TR/annotation-model/
 */
import type { SavedItem } from '../store/index.ts';
import { speaker } from './text.ts';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'describing';
  value: string;
  format?: 'text/plain';
}

function describe(i: SavedItem): string {
  const parts = [
    speaker(i) && `Source: ${speaker(i)}`,
    i.cue && `Cue: ${i.cue}`,
    i.direct === null ? '' : i.direct ? 'Direct quotation' : 'Reported speech',
    i.outletCredit && `Credited to ${i.outletCredit}`,
  ];
  return parts.filter(Boolean).join('; ');
}

function annotation(i: SavedItem): Record<string, unknown> {
  const body: TextualBody[] = [];
  if (i.note)
    body.push({ type: 'TextualBody', purpose: 'commenting', value: i.note, format: 'text/plain' });
  for (const tag of i.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const description = describe(i);
  if (description)
    body.push({
      type: 'TextualBody',
      purpose: 'describing',
      value: description,
      format: 'text/plain',
    });
  return {
    id: `urn:on-record:item:${i.fingerprint}`,
    type: 'Annotation',
    motivation: i.note ? 'commenting' : 'highlighting',
    created: i.savedAt,
    modified: i.updatedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: i.url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: i.quote.exact,
          prefix: i.quote.prefix,
          suffix: i.quote.suffix,
        },
        { type: 'TextPositionSelector', start: i.position.start, end: i.position.end },
      ],
    },
  };
}

export function toWebAnnotation(items: readonly SavedItem[], exportedAt: string): string {
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:on-record:export:${exportedAt}`,
    type: 'AnnotationCollection',
    label: 'On Record collection',
    total: items.length,
    generated: exportedAt,
    generator: { type: 'Software', name: 'On Record' },
    first: { type: 'AnnotationPage', startIndex: 0, items: items.map(annotation) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
