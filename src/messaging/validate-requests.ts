/**
 * Validators for every incoming message, one per direction. Each returns a fresh, typed copy of
 * the message holding only the fields the contract names, or throws `ValidationError`. Unknown
 * tags return `null` so the router can answer `unknown-type` instead of `invalid-message`.
 */
import {
  LIMITS,
  type CoreWorkerRequest,
  type SiteSettings,
  type TabRequest,
  type WorkerRequest,
} from './contract.ts';
import { validateCollectionRequest } from './collection-bridge.ts';
import { bool, int, obj, str, tagOf, ValidationError, type Obj } from './guards.ts';
import { validateAnalysis, validatePageMeta } from './validate-analysis.ts';

function optionalInt(o: Obj, key: string, max: number): number | undefined {
  return o[key] === undefined ? undefined : int(o[key], `message.${key}`, max);
}

function optionalBool(o: Obj, key: string): boolean | undefined {
  return o[key] === undefined ? undefined : bool(o[key], `message.${key}`);
}

/** A host name as `URL.hostname` gives it (lower-case letters, digits, dots, dashes, IPv6). */
export function host(value: unknown, path: string): string {
  const h = str(value, path, LIMITS.host);
  if (!/^[a-z0-9.\-[\]:]*$/.test(h)) throw new ValidationError(path, 'not a host name');
  return h;
}

function validateCoreWorkerRequest(raw: unknown): CoreWorkerRequest | null {
  const type = tagOf(raw);
  const o = obj(raw, 'message');
  switch (type) {
    case 'content/start':
      return { type };
    case 'engine/analyze':
      return { type, text: str(o.text, 'message.text', LIMITS.textLength) };
    case 'page/analyzed': {
      const page = validatePageMeta(o.page);
      const analysis = validateAnalysis(o.analysis);
      return { type, page, analysis };
    }
    case 'people/card': {
      const excludeUrl =
        o.excludeUrl === null ? null : str(o.excludeUrl, 'message.excludeUrl', LIMITS.url);
      const req: CoreWorkerRequest = {
        type,
        personId: int(o.personId, 'message.personId'),
        excludeUrl,
      };
      const limit = optionalInt(o, 'limit', 50);
      return limit === undefined ? req : { ...req, limit };
    }
    case 'people/search': {
      const query = str(o.query, 'message.query', LIMITS.query);
      const limit = optionalInt(o, 'limit', LIMITS.listLimit);
      return limit === undefined ? { type, query } : { type, query, limit };
    }
    case 'settings/get-for-site':
      return { type, host: host(o.host, 'message.host') };
    case 'settings/get':
      return { type };
    case 'settings/set-site':
      return { type, host: host(o.host, 'message.host'), enabled: bool(o.enabled, 'message.enabled') };
    case 'settings/set-global': {
      const paused = optionalBool(o, 'paused');
      const storeInPrivate = optionalBool(o, 'storeInPrivate');
      return {
        type,
        ...(paused === undefined ? {} : { paused }),
        ...(storeInPrivate === undefined ? {} : { storeInPrivate }),
      };
    }
    default:
      return null;
  }
}

/**
 * Validates a message sent to the worker. Returns `null` for an unknown `type`; throws
 * `ValidationError` for a known type with a bad shape.
 */
export function validateWorkerRequest(raw: unknown): WorkerRequest | null {
  const type = tagOf(raw);
  if (type.startsWith('collection/')) return validateCollectionRequest(raw);
  return validateCoreWorkerRequest(raw);
}

export function validateSiteSettings(value: unknown, path: string): SiteSettings {
  const o = obj(value, path);
  return {
    host: host(o.host, `${path}.host`),
    siteEnabled: bool(o.siteEnabled, `${path}.siteEnabled`),
    paused: bool(o.paused, `${path}.paused`),
    active: bool(o.active, `${path}.active`),
    storeInPrivate: bool(o.storeInPrivate, `${path}.storeInPrivate`),
  };
}

/** Validates a message sent to a content script. `null` for an unknown `type`. */
export function validateTabRequest(raw: unknown): TabRequest | null {
  const type = tagOf(raw);
  const o = obj(raw, 'message');
  switch (type) {
    case 'page/get-state': {
      const limit = optionalInt(o, 'limit', LIMITS.claims);
      return limit === undefined ? { type } : { type, limit };
    }
    case 'collection/save-claim':
      return { type, claimIndex: int(o.claimIndex, 'message.claimIndex', LIMITS.claims) };
    case 'collection/save-selection':
      return { type };
    case 'settings/changed':
      return { type, settings: validateSiteSettings(o.settings, 'message.settings') };
    default:
      return null;
  }
}
