/**
 * Keeping people's lookup keys in step with the identity layer. `keys` are computed by
 * identity's `nameKeys`, and that algorithm improves between releases; rows keyed by an older
 * algorithm would no longer be found by new lookups (a silent split of every known person).
 * So the store remembers a signature of the algorithm (its output on fixed probe names) and,
 * when it changes, recomputes every person's keys from their name and aliases, once.
 */
import { nameKeys } from '../identity/index.ts';
import { guard } from './errors.ts';
import { fingerprint } from './hash.ts';
import type { OnRecordDb } from './schema.ts';

export const KEYS_SETTING = 'store.identityKeysSignature';

const PROBES = [
  'Dmytro Kuleba',
  'Joseph R. Biden Jr.',
  'Ursula von der Leyen',
  'Kim Jong Un',
  'Recep Tayyip Erdoğan',
  'Luiz Inácio Lula da Silva',
  'Mr. Rutte',
  'Shigeru Ishiba',
  'Bill Clinton',
  'Володимир Зеленський',
];

/** A signature of the current key algorithm. */
export function keysSignature(): string {
  return fingerprint(JSON.stringify(PROBES.map(nameKeys)));
}

/** Recomputes all keys if the algorithm changed since the last run; returns whether it did. */
export async function ensureKeysCurrent(db: OnRecordDb): Promise<boolean> {
  const signature = keysSignature();
  return guard(() =>
    db.transaction('rw', [db.people, db.settings], async () => {
      const stored = await db.settings.get(KEYS_SETTING);
      if (stored?.value === signature) return false;
      await db.people.toCollection().modify((p) => {
        p.keys = [...new Set([p.name, ...p.aliases].flatMap(nameKeys))];
      });
      await db.settings.put({ key: KEYS_SETTING, value: signature });
      return true;
    }),
  );
}
