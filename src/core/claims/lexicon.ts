/**
 * Small word lists and a crude lemmatiser for reporting language.
 *
 * The statistical taggers learn which words act as cues; these lists only give them (and the
 * rules that label a claim's source) a few hand-picked word classes that generalise to words the
 * training data never saw, and let a claim say what kind of source it has.
 */

/** Irregular forms of common reporting and cognition verbs, mapped to their base form. */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say',
  told: 'tell', tells: 'tell', telling: 'tell',
  wrote: 'write', written: 'write', writes: 'write', writing: 'write',
  thought: 'think', knew: 'know', known: 'know',
  spoke: 'speak', spoken: 'speak',
  made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give',
  felt: 'feel', found: 'find', held: 'hold', meant: 'mean', saw: 'see', seen: 'see',
  became: 'become', began: 'begin', begun: 'begin', brought: 'bring', came: 'come',
  heard: 'hear', kept: 'keep', left: 'leave', led: 'lead', put: 'put', read: 'read',
  sought: 'seek', swore: 'swear', sworn: 'swear', taught: 'teach', understood: 'understand',
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', am: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do',
  went: 'go', gone: 'go', goes: 'go', got: 'get', gotten: 'get',
  forecast: 'forecast', predicted: 'predict', tweeted: 'tweet', argued: 'argue',
  noted: 'note', stated: 'state', quoted: 'quote', added: 'add',
};

/**
 * A crude base form: irregular table first, then common inflectional suffixes. Good enough to
 * let "warned", "warns" and "warning" share one feature; not a real morphological analyser.
 */
export function lemma(lower: string): string {
  const irr = IRREGULAR[lower];
  if (irr !== undefined) return irr;
  const n = lower.length;
  if (n > 5 && lower.endsWith('ies')) return lower.slice(0, n - 3) + 'y';
  if (n > 5 && lower.endsWith('ied')) return lower.slice(0, n - 3) + 'y';
  if (n > 5 && lower.endsWith('ing')) return trimDouble(lower.slice(0, n - 3));
  if (n > 4 && lower.endsWith('ed')) return trimDouble(lower.slice(0, n - 2));
  if (n > 4 && (lower.endsWith('sses') || lower.endsWith('shes') || lower.endsWith('ches')))
    return lower.slice(0, n - 2);
  if (n > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us'))
    return lower.slice(0, n - 1);
  return lower;
}

function trimDouble(stem: string): string {
  const n = stem.length;
  if (n > 2 && stem[n - 1] === stem[n - 2] && !'lsz'.includes(stem[n - 1] as string))
    return stem.slice(0, n - 1);
  if (n > 2 && stem.endsWith('at')) return stem; // "stated" → "stat", close enough
  return stem;
}

/** Reporting verbs (base forms) that nearly always introduce speech or writing. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'state', 'announce', 'add', 'note', 'warn', 'suggest', 'claim', 'argue',
  'insist', 'explain', 'write', 'tweet', 'report', 'declare', 'assert', 'acknowledge', 'admit',
  'emphasize', 'emphasise', 'stress', 'highlight', 'remark', 'reply', 'respond', 'recall',
  'confirm', 'deny', 'predict', 'promise', 'pledge', 'vow', 'urge', 'ask', 'contend', 'maintain',
  'observe', 'point', 'concede', 'complain', 'allege', 'indicate', 'reveal', 'disclose',
  'mention', 'describe', 'call', 'believe', 'think', 'estimate', 'conclude', 'agree', 'continue',
  'testify', 'counter', 'quip', 'joke', 'boast', 'charge', 'speculate', 'caution', 'signal',
  'underscore', 'underline', 'affirm', 'reiterate', 'repeat', 'accuse', 'criticize', 'praise',
  'question', 'demand', 'propose', 'recommend', 'hint', 'imply', 'forecast', 'expect', 'fear',
  'hope', 'worry', 'wonder', 'learn', 'find', 'show', 'cite', 'quote', 'frame', 'acknowledg',
  'emphasiz', 'announc', 'argu', 'declar', 'assur', 'assure',
]);

/** Personal and relative pronouns that can stand as a claim's source. */
export const PRONOUNS = new Set([
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'his', 'her', 'their', 'him',
  'them', 'us', 'me', 'my', 'our', 'its', 'whom', 'whose',
]);

/** Person pronouns: a source that is one of these refers to a person. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'i', 'me', 'my', 'who']);

/** Nouns that make a source an unnamed one ("analysts", "a senior official"). */
export const UNNAMED_HEADS = new Set([
  'analyst', 'analysts', 'official', 'officials', 'observer', 'observers', 'source', 'sources',
  'expert', 'experts', 'diplomat', 'diplomats', 'aide', 'aides', 'critic', 'critics',
  'people', 'person', 'insider', 'insiders', 'witness', 'witnesses', 'resident', 'residents',
  'spokesman', 'spokeswoman', 'spokesperson', 'economist', 'economists', 'lawmaker',
  'lawmakers', 'investigator', 'investigators', 'supporter', 'supporters', 'opponent',
  'opponents', 'researcher', 'researchers', 'scientist', 'scientists', 'activist', 'activists',
  'voter', 'voters', 'others', 'someone', 'many', 'some', 'commentator', 'commentators',
  'officer', 'officers', 'police', 'strategist', 'strategists', 'advisers', 'adviser',
  'advisor', 'advisors', 'member', 'members', 'leader', 'leaders', 'ally', 'allies', 'reporter',
  'reporters', 'administration', 'observers', 'participant', 'participants', 'delegate',
  'delegates', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports',
]);

/** Words that make a source an organisation ("the ministry said"). */
export const ORGANIZATION_HEADS = new Set([
  'ministry', 'department', 'government', 'agency', 'office', 'committee', 'council',
  'commission', 'campaign', 'party', 'company', 'court', 'parliament', 'congress', 'senate',
  'house', 'kremlin', 'pentagon', 'white', 'nato', 'un', 'eu', 'alliance', 'army', 'military',
  'bank', 'fund', 'union', 'association', 'institute', 'foundation', 'center', 'centre',
  'group', 'board', 'authority', 'authorities', 'administration', 'embassy', 'fbi', 'cia',
  'police', 'coalition', 'organization', 'organisation', 'corporation', 'inc.', 'corp.',
  'university', 'secretariat', 'cabinet', 'presidency', 'spokesperson', 'bureau', 'service',
  'force', 'forces', 'movement', 'network', 'team', 'club', 'federation', 'assembly',
]);
