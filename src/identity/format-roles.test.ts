import { describe, expect, it } from 'vitest';
import { formatRoles } from './format-roles.ts';

const R = (title: string, organization: string | null, country: string | null, date: string) => ({
  title,
  organization,
  country,
  date,
});

describe('formatRoles', () => {
  it('adds the country as an adjective and the year', () => {
    expect(formatRoles([R('Prime Minister', null, 'Estonia', '2023-06-01')])).toEqual([
      'Estonian Prime Minister (2023)',
    ]);
  });
  it('lists newest first and merges the same role over years', () => {
    expect(
      formatRoles([
        R('Prime Minister', null, 'Estonia', '2021-03-01'),
        R('High Representative', 'EU', null, '2025-01-10'),
        R('Prime Minister', null, 'Estonia', '2023-06-01'),
      ]),
    ).toEqual(['High Representative, EU (2025)', 'Estonian Prime Minister (2021\u20132023)']);
  });
  it('keeps "Former X" distinct from "X"', () => {
    expect(
      formatRoles([
        R('NATO Secretary General', 'NATO', null, '2012-05-01'),
        R('Former NATO Secretary General', 'NATO', null, '2023-06-01'),
      ]),
    ).toEqual(['Former NATO Secretary General (2023)', 'NATO Secretary General (2012)']);
  });
  it('does not repeat a country or organisation the title already names', () => {
    expect(formatRoles([R('Ukrainian Foreign Minister', null, 'Ukraine', '2023-01-01')])).toEqual([
      'Ukrainian Foreign Minister (2023)',
    ]);
    expect(formatRoles([R('Former Prime Minister', null, 'Estonia', '2024-09-01')])).toEqual([
      'Former Estonian Prime Minister (2024)',
    ]);
  });
  it('falls back to "of <country>" and omits unknown dates', () => {
    expect(formatRoles([R('President', null, 'Atlantis', '')])).toEqual(['President of Atlantis']);
  });
  it('returns nothing for no roles', () => {
    expect(formatRoles([])).toEqual([]);
  });
});
