/**
 * Turns engine analyses into the objects of the `onrecord` contract (see README, "Command
 * line"). Documents of one run are linked: the same person gets the same `personKey` in every
 * document, two different people never share one (identity's `linkDocuments`).
 */
import type { Analysis } from '../core/types.ts';
import { linkDocuments } from '../identity/index.ts';

export interface AnalysedDocument {
  id: unknown;
  /** Set for HTML input: the article text the offsets refer to. */
  htmlText?: string;
  publishedAt?: string | null;
  analysis: Analysis;
}

export interface OutputSpan {
  start: number;
  end: number;
  text: string;
}

export interface OutputDocument {
  id: unknown;
  text?: string;
  people: Array<{
    personKey: string;
    name: string;
    title: string | null;
    organization: string | null;
    country: string | null;
    mentions: Array<OutputSpan & { kind: string }>;
  }>;
  claims: Array<{
    source: OutputSpan | null;
    sourcePerson: number | null;
    sourceKind: string;
    cue: OutputSpan;
    content: OutputSpan;
    contentSpans: Array<[number, number]>;
    direct: boolean;
    outlet: string | null;
  }>;
  outlets: Array<OutputSpan & { outlet: string }>;
}

const span = (s: OutputSpan): OutputSpan => ({ start: s.start, end: s.end, text: s.text });

/** Builds the output objects for all documents of one run, linking people across them. */
export function toOutput(docs: readonly AnalysedDocument[]): OutputDocument[] {
  const keys = linkDocuments(
    docs.map((d) => ({ publishedAt: d.publishedAt ?? null, people: d.analysis.people })),
  );
  return docs.map((d, di) => {
    const out: OutputDocument = {
      id: d.id,
      people: d.analysis.people.map((p, pi) => ({
        personKey: keys[di]?.[pi] ?? `person-${di}-${pi}`,
        name: p.name,
        title: p.title,
        organization: p.organization,
        country: p.country,
        mentions: p.mentions.map((m) => ({ ...span(m), kind: m.kind })),
      })),
      claims: d.analysis.claims.map((c) => ({
        source: c.source ? span(c.source) : null,
        sourcePerson: c.sourcePerson,
        sourceKind: c.sourceKind,
        cue: span(c.cue),
        content: span(c.content),
        contentSpans: c.contentSpans.map(([s, e]) => [s, e] as [number, number]),
        direct: c.direct,
        outlet: c.outlet,
      })),
      outlets: d.analysis.outlets.map((o) => ({ ...span(o), outlet: o.outlet })),
    };
    // "text" only for HTML input, placed right after "id" as in the contract.
    if (d.htmlText === undefined) return out;
    const { id, ...rest } = out;
    return { id, text: d.htmlText, ...rest };
  });
}
