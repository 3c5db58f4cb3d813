/**
 * Runtime validation of `PageMeta` and the engine's `Analysis` as they arrive from a content
 * script. Checks types, sizes, and that every span lies inside the analysed text, so the store
 * never keeps an offset that points nowhere.
 */
import type {
  Analysis,
  Claim,
  Mention,
  OutletCredit,
  Person,
  SourceKind,
  TextSpan,
} from '../core/types.ts';
import { LIMITS } from './contract.ts';
import type { PageMeta } from './views.ts';
import {
  ValidationError,
  arr,
  bool,
  int,
  intOrNull,
  obj,
  oneOf,
  str,
  strOrNull,
} from './guards.ts';

const MENTION_KINDS = ['name', 'surname', 'pronoun'] as const;
export const SOURCE_KINDS: readonly SourceKind[] = [
  'named-person',
  'organization',
  'unnamed',
  'passive',
  'outlet',
];

/** Only http(s) URLs are pages we analyse; anything else (javascript:, data:) is refused. */
export function httpUrl(value: unknown, path: string): string {
  const s = str(value, path, LIMITS.url);
  if (!/^https?:\/\//i.test(s)) throw new ValidationError(path, 'expected an http(s) URL');
  return s;
}

export function validatePageMeta(value: unknown, path = 'page'): PageMeta {
  const o = obj(value, path);
  return {
    url: httpUrl(o.url, `${path}.url`),
    canonicalUrl: o.canonicalUrl === null ? null : httpUrl(o.canonicalUrl, `${path}.canonicalUrl`),
    title: str(o.title, `${path}.title`, LIMITS.title),
    outlet: strOrNull(o.outlet, `${path}.outlet`, LIMITS.name),
    publishedAt: strOrNull(o.publishedAt, `${path}.publishedAt`, 64),
    textLength: int(o.textLength, `${path}.textLength`, LIMITS.textLength),
    textHash: str(o.textHash, `${path}.textHash`, LIMITS.hash),
  };
}

function span(value: unknown, path: string, length: number, max: number): TextSpan {
  const o = obj(value, path);
  const start = int(o.start, `${path}.start`, length);
  const end = int(o.end, `${path}.end`, length);
  if (end < start) throw new ValidationError(path, 'end before start');
  return { start, end, text: str(o.text, `${path}.text`, max) };
}

function spanOrNull(value: unknown, path: string, length: number, max: number): TextSpan | null {
  return value === null ? null : span(value, path, length, max);
}

function mention(value: unknown, path: string, length: number): Mention {
  const o = obj(value, path);
  return { ...span(o, path, length, LIMITS.name), kind: oneOf(o.kind, `${path}.kind`, MENTION_KINDS) };
}

function person(value: unknown, path: string, length: number): Person {
  const o = obj(value, path);
  return {
    name: str(o.name, `${path}.name`, LIMITS.name),
    title: strOrNull(o.title, `${path}.title`, LIMITS.name),
    titleSpan: spanOrNull(o.titleSpan, `${path}.titleSpan`, length, LIMITS.name),
    organization: strOrNull(o.organization, `${path}.organization`, LIMITS.name),
    country: strOrNull(o.country, `${path}.country`, LIMITS.name),
    mentions: arr(o.mentions, `${path}.mentions`, LIMITS.mentions, (v, p) => mention(v, p, length)),
  };
}

function piece(value: unknown, path: string, length: number): [number, number] {
  const a = arr(value, path, 2, (v, p) => int(v, p, length));
  const [start, end] = a;
  if (a.length !== 2 || start === undefined || end === undefined || end < start) {
    throw new ValidationError(path, 'expected [start, end]');
  }
  return [start, end];
}

function claim(value: unknown, path: string, length: number, people: number): Claim {
  const o = obj(value, path);
  const sourcePerson = intOrNull(o.sourcePerson, `${path}.sourcePerson`);
  if (sourcePerson !== null && sourcePerson >= people) {
    throw new ValidationError(`${path}.sourcePerson`, 'no such person');
  }
  return {
    source: spanOrNull(o.source, `${path}.source`, length, LIMITS.shortText),
    sourcePerson,
    sourceKind: oneOf(o.sourceKind, `${path}.sourceKind`, SOURCE_KINDS),
    cue: span(o.cue, `${path}.cue`, length, LIMITS.shortText),
    content: span(o.content, `${path}.content`, length, LIMITS.longText),
    contentSpans: arr(o.contentSpans, `${path}.contentSpans`, LIMITS.pieces, (v, p) =>
      piece(v, p, length),
    ),
    direct: bool(o.direct, `${path}.direct`),
    outlet: strOrNull(o.outlet, `${path}.outlet`, LIMITS.name),
  };
}

function outletCredit(value: unknown, path: string, length: number): OutletCredit {
  const o = obj(value, path);
  return { ...span(o, path, length, LIMITS.name), outlet: str(o.outlet, `${path}.outlet`, LIMITS.name) };
}

/** Validates an `Analysis`; returns a fresh copy holding only the known fields. */
export function validateAnalysis(value: unknown, path = 'analysis'): Analysis {
  const o = obj(value, path);
  const length = int(o.length, `${path}.length`, LIMITS.textLength);
  const people = arr(o.people, `${path}.people`, LIMITS.people, (v, p) => person(v, p, length));
  return {
    length,
    people,
    claims: arr(o.claims, `${path}.claims`, LIMITS.claims, (v, p) =>
      claim(v, p, length, people.length),
    ),
    outlets: arr(o.outlets, `${path}.outlets`, LIMITS.outlets, (v, p) => outletCredit(v, p, length)),
  };
}
