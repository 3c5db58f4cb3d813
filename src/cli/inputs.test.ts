import { describe, expect, it } from 'vitest';
import { parseJsonl } from './inputs.ts';

describe('parseJsonl', () => {
  it('reads documents and says what is wrong with each other line', () => {
    const body = ['{"id": 1, "text": "Anna Berg said so."}', '{"id": 2}', '{"id": 3, "text": 42}', '{"id": 4, "text": null}', '[1]', 'nope', ''].join('\n');
    const { docs, problems } = parseJsonl(body, 'in.jsonl', false);
    expect(docs.map((d) => d.id)).toEqual([1]);
    expect(problems).toEqual([
      { where: 'in.jsonl:2', message: 'missing "text" (a string)' },
      { where: 'in.jsonl:3', message: '"text" must be a string, not number' },
      { where: 'in.jsonl:4', message: '"text" must be a string, not null' },
      { where: 'in.jsonl:5', message: 'expected a JSON object {"id": ..., "text": ...}' },
      { where: 'in.jsonl:6', message: 'not valid JSON' },
    ]);
  });
});
