import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

describe('firm names', () => {
  it('does not read names joined by "&" as people', () => {
    const text = 'Douglas & Lomason shares rose on Monday after the merger news.\n\n"We are pleased," said Maria Keller, an analyst at Edward D. Jones & Co.\n';
    const names = analyze(text).people.map((p) => p.name);
    expect(names).toEqual(['Maria Keller']);
  });
});

describe('names inside firm and institution names', () => {
  it('drops a name right after a kind of business, and its later bare mentions', () => {
    const text =
      'Daniel Okafor, the former operating chief of the crypto lender Vantage Digital, pleaded not guilty.\n\n' +
      'His lawyer, Marcus Feldman of the firm Feldman Reyes, argued for a delay. Vantage collapsed in May.\n\n' +
      'Feldman said he would appeal.\n';
    const people = analyze(text).people;
    expect(people.map((p) => p.name)).toEqual(['Daniel Okafor', 'Marcus Feldman']);
    expect(people[1]?.mentions.map((m) => m.text)).toEqual(['Marcus Feldman', 'Feldman', 'he']);
  });

  it('drops a name that begins an institution', () => {
    const text = 'Dr. María José Fernández, an epidemiologist at the Carlos III Health Institute in Madrid, said Spain was safe.\n';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['María José Fernández']);
  });

  it('reads the word after "University of <Place>," as the campus', () => {
    const text =
      'Researchers at the University of California, Davis said the findings were preliminary.\n\n' +
      '"We need more data," said Jay Lund, a professor at the university. Davis is a small city.\n';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Jay Lund']);
  });
});
