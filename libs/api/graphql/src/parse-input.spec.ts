import { z } from 'zod';
import { DomainError } from '@boards/domain';
import { parseInput } from './parse-input';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name'),
  age: z.number().int('Enter a whole number'),
});

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(schema, { name: ' Ann ', age: 3 })).toEqual({ name: 'Ann', age: 3 });
  });

  it('names the first bad field and lists every one', () => {
    let thrown: unknown;
    try {
      parseInput(schema, { name: '', age: 1.5 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Enter a name',
      details: { field: 'name', fields: { name: 'Enter a name', age: 'Enter a whole number' } },
    });
  });
});
